#pragma once

#include "ui/ClipPlayback.h"

#include <QImage>
#include <QMediaPlayer>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <QVideoFrame>

class QAudioOutput;
class QVideoSink;

namespace hope::ui {

// One clip's playback: a QMediaPlayer with its sound and a video sink
// whose frames come out as images. Lives in the player module; made only
// when the reader first plays, and only after MultimediaProbe found a
// backend.
//
// The video sink lives in a thread of its own. Qt 6.4's GStreamer sink
// hands each frame over through an event to the sink's thread while
// GStreamer's streaming thread waits for it, at most 300 ms; should that
// event be handled just as the wait runs out, the frame is marked an error
// and the whole pipeline stops ("Internal data stream error"). In the GUI
// thread any long step (a first GL set-up, typesetting on a busy machine)
// could land there; in a thread that does nothing else, the handover is
// always at once.
class ClipPlayer final : public QObject, public ClipPlayback
{
    Q_OBJECT

public:
    explicit ClipPlayer(QObject *parent = nullptr);
    ~ClipPlayer() override;

    void dispose() override;
    void setSource(const QUrl &url) override;
    void play() override;
    void pause() override;
    // Goes there at once: only once readyChanged(true) said it may (on Qt
    // 6.4 an earlier setPosition blocks or is lost).
    void seek(qint64 ms) override;
    void setVolume(float linear) override;
    void setMuted(bool muted) override;
    void setRate(qreal rate) override;

    [[nodiscard]] bool isPlaying() const override;
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] float volume() const override;
    [[nodiscard]] bool isMuted() const override;
    [[nodiscard]] qreal rate() const;
    [[nodiscard]] double averageFrameConversionMs() const override;
    [[nodiscard]] int framesConverted() const override { return m_frames; }
    // Frames the sink handed over while the one before was still waiting
    // to be shown: the picture skipped them instead of holding GStreamer.
    [[nodiscard]] int framesSkipped() const;

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    // timeMs: where in the clip the frame belongs, -1 if unknown.
    // durationUs: 0 when the stream does not say.
    void frameReady(const QImage &frame, qint64 timeMs, qint64 durationUs);
    // Loaded and seekable, or no longer.
    void readyChanged(bool ready);
    void endReached();
    void failed(QMediaPlayer::Error error, const QString &detail);

private:
    void updateReady();
    void takeFrame(const QVideoFrame &frame);
    void deliverFrame();

    QThread m_videoThread;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoSink *m_sink = nullptr;  // in m_videoThread
    bool m_loaded = false;
    bool m_ready = false;
    // Between the video thread, which hands frames over, and this one.
    mutable QMutex m_frameMutex;
    QVideoFrame m_pendingFrame;
    bool m_deliveryQueued = false;
    int m_skipped = 0;
    int m_frames = 0;
    qint64 m_conversionNs = 0;
};

}  // namespace hope::ui
