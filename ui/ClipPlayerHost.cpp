#include "ui/ClipPlayerHost.h"

#include "core/BundleFile.h"
#include "core/ClipSession.h"
#include "ui/PlayerLoader.h"

#include <QTimer>

namespace hope::ui {

using namespace core;

namespace {
// A frame shown for a time must be this close to it.
constexpr qint64 kFrameNearMs = 1000;
// How long a picture for a paused seek may take before the panel says the
// file has none there (seconds even on a loaded machine).
constexpr int kFrameWaitMs = 8000;
}  // namespace

ClipPlayerHost::ClipPlayerHost(ClipSession *session, const MultimediaProbe &probe, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_probe(probe),
      m_loader(&PlayerLoader::standard()),
      m_frameWait(new QTimer(this))
{
    m_frameWait->setSingleShot(true);
    m_frameWait->setInterval(kFrameWaitMs);
    connect(m_frameWait, &QTimer::timeout, this, [this] {
        if (m_frameWanted < 0)
            return;
        m_session->setProblem(
            {ClipProblem::Kind::NoPictureAt, {}, {}, std::exchange(m_frameWanted, -1)});
    });
    connect(m_session, &ClipSession::seekRequested, this, [this](qint64 ms) {
        if (m_player)
            m_player->seek(ms);
    });
}

QUrl ClipPlayerHost::sourceUrl() const
{
    const QString &path = m_session->clip().sourcePath;
    // Resources play through GStreamer's appsrc.
    if (path.startsWith(u':'))
        return QUrl(QStringLiteral("qrc") + path);
    // The file as checked, links resolved.
    return QUrl::fromLocalFile(BundleFile::resolved(path));
}

void ClipPlayerHost::setVolume(float linear)
{
    m_volume = linear;
    if (m_player)
        m_player->setVolume(linear);
}

void ClipPlayerHost::setMuted(bool muted)
{
    m_muted = muted;
    if (m_player)
        m_player->setMuted(muted);
}

void ClipPlayerHost::setRate(qreal rate)
{
    m_rate = rate;
    if (m_player)
        m_player->setRate(rate);
}

bool ClipPlayerHost::ensure()
{
    if (m_player)
        return true;
    if (!m_session->clip().isValid())
        return false;
    ClipFacts found = m_probe.facts(m_session->clip(), false);
    if (const ClipProblem problem = ClipSession::diagnoseStart(found); !problem.isNone()) {
        m_session->setProblem(problem);
        return false;
    }
    // Only now, with everything else in place, is Qt Multimedia loaded.
    const PlayerLoader::Result &module = m_loader->load();
    if (!module.factory) {
        found.moduleError = module.error;
        m_session->setProblem(ClipSession::diagnoseStart(found));
        return false;
    }
    if (const QStringList missing = module.factory->missingElements(); !missing.isEmpty()) {
        m_session->setProblem({ClipProblem::Kind::BrokenGStreamer, {}, missing});
        return false;
    }
    m_player = module.factory->create(this, this);
    m_player->setVolume(m_volume);
    m_player->setMuted(m_muted);
    m_player->setRate(m_rate);
    m_hasAudioDevice = module.factory->hasAudioDevice();
    m_session->playerStarted();
    m_player->setSource(sourceUrl());
    return true;
}

void ClipPlayerHost::release()
{
    stopWaiting();
    // A player that failed is let go; pressing Play again tries afresh.
    if (!m_player)
        return;
    std::exchange(m_player, nullptr)->dispose();
    m_session->playerReleased();
    emit playingChanged(false);
}

void ClipPlayerHost::waitForFrame(qint64 ms)
{
    m_frameWanted = ms;
    m_frameWait->start();
}

void ClipPlayerHost::stopWaiting()
{
    m_frameWanted = -1;
    m_frameWait->stop();
}

void ClipPlayerHost::playbackPositionChanged(qint64 ms)
{
    m_session->playerPositionChanged(ms);
}

void ClipPlayerHost::playbackDurationChanged(qint64 ms)
{
    m_session->setMediaDuration(ms);
    emit durationChanged(ms);
}

void ClipPlayerHost::playbackPlayingChanged(bool playing)
{
    m_session->setPlaying(playing);
    emit playingChanged(playing);
}

void ClipPlayerHost::playbackReadyChanged(bool ready)
{
    m_session->setPlayerReady(ready);
}

void ClipPlayerHost::playbackFrame(const QImage &frame, qint64 timeMs, qint64 durationUs)
{
    m_frameTime = timeMs;
    m_grid.frameShown(timeMs, durationUs);
    if (m_frameWanted >= 0 && std::abs(timeMs - m_frameWanted) < kFrameNearMs)
        stopWaiting();
    emit frameReady(frame);
    emit frameTimeChanged(timeMs);
}

void ClipPlayerHost::playbackEnded()
{
    emit playingChanged(false);
    m_session->playerEnded();
    if (!m_session->problem().isNone())
        release();
}

void ClipPlayerHost::playbackFailed(PlayerError error, const QString &detail)
{
    if (!m_session->problem().isNone())
        return;  // one message, not a cascade
    const bool shown = m_frameTime >= 0;
    // GStreamer's discoverer is asked only if no picture ever came.
    m_session->setProblem(
        ClipSession::diagnoseFailure(m_probe.facts(m_session->clip(), !shown),
                                     PlayerReport{error, detail, shown, m_session->position()}));
    release();
}

}  // namespace hope::ui
