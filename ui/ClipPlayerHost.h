#pragma once

#include "core/FrameStep.h"
#include "ui/ClipPlayback.h"
#include "ui/MultimediaProbe.h"

#include <QObject>

class QTimer;

namespace hope::core {
class ClipSession;
}  // namespace hope::core

namespace hope::ui {

class PlayerLoader;

// The player's lifetime: loads the player module when first needed, makes
// the player, tells the session what the player says, and when it fails
// gathers what can be found out and lets the session judge why.
class ClipPlayerHost final : public QObject, private ClipPlaybackListener
{
    Q_OBJECT

public:
    ClipPlayerHost(core::ClipSession *session, const MultimediaProbe &probe,
                   QObject *parent = nullptr);

    void setLoader(PlayerLoader *loader) { m_loader = loader; }
    // Makes the player for the session's clip if it can; if not, the
    // session has the reason.
    bool ensure();
    // Kept for a player made later, and given to the one there is.
    void setVolume(float linear);
    void setMuted(bool muted);
    void setRate(qreal rate);
    void release();
    [[nodiscard]] ClipPlayback *player() const { return m_player; }
    [[nodiscard]] bool hasAudioDevice() const { return m_hasAudioDevice; }
    // Where in the clip the frame last shown belongs; -1 before any.
    [[nodiscard]] qint64 frameTime() const { return m_frameTime; }
    // The frames' length and grid, as the frames shown have told.
    [[nodiscard]] const core::FrameStep &frameGrid() const { return m_grid; }
    void forgetFrame()
    {
        m_frameTime = -1;
        m_grid.reset();
    }
    // A paused seek: if no picture for ms comes in time, the session says so.
    void waitForFrame(qint64 ms);
    // Whether a frame asked for has not come yet (and the panel will say
    // so if it does not).
    [[nodiscard]] bool isWaitingForFrame() const { return m_frameWanted >= 0; }
    void stopWaiting();

signals:
    void frameReady(const QImage &frame);
    // The frame on screen now belongs at ms.
    void frameTimeChanged(qint64 ms);
    void playingChanged(bool playing);
    void durationChanged(qint64 ms);

private:
    void playbackPositionChanged(qint64 ms) override;
    void playbackDurationChanged(qint64 ms) override;
    void playbackPlayingChanged(bool playing) override;
    void playbackReadyChanged(bool ready) override;
    void playbackFrame(const QImage &frame, qint64 timeMs, qint64 durationUs) override;
    void playbackEnded() override;
    void playbackFailed(core::PlayerError error, const QString &detail) override;
    [[nodiscard]] QUrl sourceUrl() const;

    core::ClipSession *m_session = nullptr;
    MultimediaProbe m_probe;
    PlayerLoader *m_loader = nullptr;
    ClipPlayback *m_player = nullptr;
    QTimer *m_frameWait = nullptr;
    qint64 m_frameWanted = -1;  // a paused seek's time, until its frame shows
    qint64 m_frameTime = -1;
    core::FrameStep m_grid;
    bool m_hasAudioDevice = true;
    float m_volume = 1.0f;
    bool m_muted = false;
    qreal m_rate = 1.0;
};

}  // namespace hope::ui
