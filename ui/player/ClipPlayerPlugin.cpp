// The player module's entry point: QPluginLoader finds this factory, and
// what it makes is only ever seen through ClipPlayback.
#include "ui/ClipPlayback.h"
#include "ui/SpeechOutputFactory.h"
#include "ui/player/AudioSinkOutput.h"
#include "ui/player/ClipPlayer.h"
#include "ui/player/PlaybackElements.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QObject>

namespace hope::ui {

namespace {
core::PlayerError toPlayerError(QMediaPlayer::Error error)
{
    switch (error) {
        case QMediaPlayer::NoError:
            return core::PlayerError::None;
        case QMediaPlayer::ResourceError:
            return core::PlayerError::Resource;
        case QMediaPlayer::FormatError:
            return core::PlayerError::Format;
        case QMediaPlayer::NetworkError:
            return core::PlayerError::Network;
        case QMediaPlayer::AccessDeniedError:
            return core::PlayerError::AccessDenied;
    }
    return core::PlayerError::Other;
}
}  // namespace

class ClipPlayerPlugin final : public QObject, public ClipPlayerFactory, public SpeechOutputFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HopeClipPlayerFactory_iid)
    Q_INTERFACES(hope::ui::ClipPlayerFactory hope::ui::SpeechOutputFactory)

public:
    // One answer for the clip and for read-aloud: the same sound outputs.
    [[nodiscard]] bool hasAudioOutput() const override { return hasAudioDevice(); }

    [[nodiscard]] std::unique_ptr<speech::PcmOutput> createPcmOutput() override
    {
        return std::make_unique<AudioSinkOutput>();
    }

    [[nodiscard]] bool hasAudioDevice() const override
    {
        return !QMediaDevices::audioOutputs().isEmpty();
    }

    [[nodiscard]] QStringList missingElements() const override
    {
        return PlaybackElements::missing();
    }

    [[nodiscard]] ClipPlayback *create(ClipPlaybackListener *listener, QObject *parent) override
    {
        auto *p = new ClipPlayer(parent);
        connect(p, &ClipPlayer::positionChanged, p,
                [listener](qint64 ms) { listener->playbackPositionChanged(ms); });
        connect(p, &ClipPlayer::durationChanged, p,
                [listener](qint64 ms) { listener->playbackDurationChanged(ms); });
        connect(p, &ClipPlayer::playingChanged, p,
                [listener](bool playing) { listener->playbackPlayingChanged(playing); });
        connect(p, &ClipPlayer::readyChanged, p,
                [listener](bool ready) { listener->playbackReadyChanged(ready); });
        connect(p, &ClipPlayer::frameReady, p,
                [listener](const QImage &frame, qint64 timeMs, qint64 durationUs) {
                    listener->playbackFrame(frame, timeMs, durationUs);
                });
        connect(p, &ClipPlayer::endReached, p, [listener] { listener->playbackEnded(); });
        connect(p, &ClipPlayer::failed, p,
                [listener](QMediaPlayer::Error error, const QString &detail) {
                    listener->playbackFailed(toPlayerError(error), detail);
                });
        return p;
    }
};

}  // namespace hope::ui

#include "ClipPlayerPlugin.moc"
