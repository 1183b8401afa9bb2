#pragma once

#include <QImage>
#include <QMediaPlayer>
#include <QObject>
#include <QUrl>
#include <QVideoFrame>

class QAudioOutput;
class QVideoSink;

namespace hope::ui {

// One clip's playback: a QMediaPlayer with its sound and a video sink
// whose frames come out as images. Made only when the reader first plays,
// and only after MultimediaProbe found a backend.
class ClipPlayer final : public QObject
{
    Q_OBJECT

public:
    explicit ClipPlayer(QObject *parent = nullptr);
    ~ClipPlayer() override;

    void setSource(const QUrl &url);
    void play();
    void pause();
    // Seeks at once if the media is loaded and seekable, else as soon as
    // it is: on Qt 6.4 an early setPosition blocks or is lost.
    void seek(qint64 ms);
    void setVolume(float linear);
    void setMuted(bool muted);
    void setRate(qreal rate);

    [[nodiscard]] bool isPlaying() const;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] bool hasAudioDevice() const { return m_hasAudioDevice; }
    [[nodiscard]] qreal rate() const;
    [[nodiscard]] QMediaPlayer *mediaPlayer() const { return m_player; }
    // Average time to turn a decoded frame into an image, in ms.
    [[nodiscard]] double averageFrameConversionMs() const;
    [[nodiscard]] int framesConverted() const { return m_frames; }
    // Frames the sink handed over while the one before was still waiting
    // to be shown: the picture skipped them instead of holding GStreamer.
    [[nodiscard]] int framesSkipped() const { return m_skipped; }

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    // timeMs: where in the clip the frame belongs, -1 if unknown.
    void frameReady(const QImage &frame, qint64 timeMs);
    void loaded();
    void endReached();
    void failed(QMediaPlayer::Error error, const QString &detail);

private:
    void applyPendingSeek();
    void takeFrame(const QVideoFrame &frame);
    void deliverFrame();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoSink *m_sink = nullptr;
    bool m_loaded = false;
    bool m_hasAudioDevice = false;
    qint64 m_pendingSeek = -1;
    QVideoFrame m_pendingFrame;
    bool m_deliveryQueued = false;
    int m_frames = 0;
    int m_skipped = 0;
    qint64 m_conversionNs = 0;
};

}  // namespace hope::ui
