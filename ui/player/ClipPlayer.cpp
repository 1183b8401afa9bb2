#include "ui/player/ClipPlayer.h"

#include <QAudioOutput>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QVideoFrame>
#include <QVideoSink>

namespace hope::ui {

ClipPlayer::ClipPlayer(QObject *parent)
    : QObject(parent), m_player(new QMediaPlayer(this)), m_audio(new QAudioOutput(this))
{
    m_videoThread.setObjectName(QStringLiteral("hope-video-sink"));
    m_videoThread.start();
    // Made in its thread: Qt's GStreamer renderer takes the thread of the
    // sink it is made for. The media player above came first, so Qt's
    // multimedia back end itself starts in this thread.
    auto *anchor = new QObject;
    anchor->moveToThread(&m_videoThread);
    QMetaObject::invokeMethod(
        anchor,
        [this, anchor] {
            m_sink = new QVideoSink;
            anchor->deleteLater();
        },
        Qt::BlockingQueuedConnection);

    m_player->setAudioOutput(m_audio);
    m_player->setVideoSink(m_sink);

    // Called in the video thread, so it must not wait on this one.
    connect(
        m_sink, &QVideoSink::videoFrameChanged, m_sink,
        [this](const QVideoFrame &frame) { takeFrame(frame); }, Qt::DirectConnection);
    connect(m_player, &QMediaPlayer::positionChanged, this, &ClipPlayer::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &ClipPlayer::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) {
                emit playingChanged(s == QMediaPlayer::PlayingState);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        switch (s) {
            case QMediaPlayer::LoadedMedia:
            case QMediaPlayer::BufferedMedia:
                m_loaded = true;
                updateReady();
                break;
            case QMediaPlayer::EndOfMedia:
                emit endReached();
                break;
            case QMediaPlayer::InvalidMedia:
                // Qt reports the error itself first; this only covers a
                // backend that goes invalid without saying why.
                if (m_player->error() == QMediaPlayer::NoError)
                    emit failed(QMediaPlayer::ResourceError, m_player->errorString());
                break;
            default:
                break;
        }
    });
    // From a file, Qt 6.4 reports the media loaded before it knows the
    // media is seekable, and drops a seek made in between.
    connect(m_player, &QMediaPlayer::seekableChanged, this, &ClipPlayer::updateReady);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &detail) {
                if (error != QMediaPlayer::NoError)
                    emit failed(error, detail);
            });
}

ClipPlayer::~ClipPlayer()
{
    // Qt 6.4's GStreamer player, destroyed with media loaded, tears its
    // pipeline down while its pads still call back into it, and now and
    // then crashes (QGstreamerMediaPlayer::decoderPadRemoved). Let the media
    // go first, while the player is whole, and hear nothing more from it.
    m_player->disconnect(this);
    m_player->stop();
    m_player->setSource(QUrl());
    // No frame comes after the pipeline stopped; the player lets go of the
    // sink before the sink goes, in its own thread.
    m_sink->disconnect();
    delete m_player;
    m_player = nullptr;
    {
        QMutexLocker lock(&m_frameMutex);
        m_pendingFrame = QVideoFrame();
    }
    QMetaObject::invokeMethod(
        m_sink, [sink = m_sink] { delete sink; }, Qt::BlockingQueuedConnection);
    m_sink = nullptr;
    m_videoThread.quit();
    m_videoThread.wait();
}

void ClipPlayer::dispose()
{
    // Whoever listened hears nothing more.
    disconnect();
    pause();
    deleteLater();
}

void ClipPlayer::setSource(const QUrl &url)
{
    m_loaded = false;
    updateReady();
    m_player->setSource(url);
}

void ClipPlayer::play()
{
    m_player->play();
}

void ClipPlayer::pause()
{
    m_player->pause();
}

void ClipPlayer::seek(qint64 ms)
{
    m_player->setPosition(ms);
}

void ClipPlayer::updateReady()
{
    const bool ready = m_loaded && m_player->isSeekable();
    if (ready != std::exchange(m_ready, ready))
        emit readyChanged(ready);
}

void ClipPlayer::setVolume(float linear)
{
    m_audio->setVolume(linear);
}

void ClipPlayer::setMuted(bool muted)
{
    m_audio->setMuted(muted);
}

float ClipPlayer::volume() const
{
    return m_audio->volume();
}

bool ClipPlayer::isMuted() const
{
    return m_audio->isMuted();
}

void ClipPlayer::setRate(qreal rate)
{
    m_player->setPlaybackRate(rate);
}

bool ClipPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 ClipPlayer::position() const
{
    return m_player->position();
}

qint64 ClipPlayer::duration() const
{
    return m_player->duration();
}

qreal ClipPlayer::rate() const
{
    return m_player->playbackRate();
}

double ClipPlayer::averageFrameConversionMs() const
{
    return m_frames > 0 ? double(m_conversionNs) / m_frames / 1e6 : 0.0;
}

int ClipPlayer::framesSkipped() const
{
    QMutexLocker lock(&m_frameMutex);
    return m_skipped;
}

void ClipPlayer::takeFrame(const QVideoFrame &frame)
{
    // In the video thread, inside Qt's render step (see the class comment).
    // Only keep the frame; it is converted on this object's own turn of the
    // event loop (on xcb with GL, QVideoFrame::toImage() first sets up an
    // OpenGL pipeline on Mesa's software renderer, seconds on a busy
    // machine), and if frames come faster than they are shown, the newest
    // is shown and at most two of GStreamer's buffers are held.
    QMutexLocker lock(&m_frameMutex);
    if (m_pendingFrame.isValid())
        ++m_skipped;
    m_pendingFrame = frame;
    if (!std::exchange(m_deliveryQueued, true))
        QMetaObject::invokeMethod(this, &ClipPlayer::deliverFrame, Qt::QueuedConnection);
}

void ClipPlayer::deliverFrame()
{
    QVideoFrame frame;
    {
        QMutexLocker lock(&m_frameMutex);
        m_deliveryQueued = false;
        frame = std::exchange(m_pendingFrame, QVideoFrame());
    }
    if (!frame.isValid())
        return;
    QElapsedTimer timer;
    timer.start();
    const QImage image = frame.toImage();
    m_conversionNs += timer.nsecsElapsed();
    ++m_frames;
    if (image.isNull())
        return;
    const qint64 start = frame.startTime();
    const qint64 end = frame.endTime();
    emit frameReady(image, start >= 0 ? start / 1000 : -1,
                    start >= 0 && end > start ? end - start : 0);
}

}  // namespace hope::ui
