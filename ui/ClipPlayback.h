#pragma once

#include "core/ClipProblem.h"

#include <QImage>
#include <QStringList>
#include <QUrl>
#include <QtPlugin>

class QObject;

// What the reader and its player module agree on. The module (hope_player,
// ui/player/) is the only code that touches Qt Multimedia; it is loaded
// with QPluginLoader when the clip first plays, so start-up maps none of
// Qt Multimedia, PulseAudio, the codecs or what they pull in. Frames cross
// as QImage, times as milliseconds. None of these is a QObject, so nothing
// of the module's meta-objects needs to be known on this side.

namespace hope::ui {

// What a player tells its owner, on the GUI thread.
class ClipPlaybackListener
{
public:
    virtual void playbackPositionChanged(qint64 ms) = 0;
    virtual void playbackDurationChanged(qint64 ms) = 0;
    virtual void playbackPlayingChanged(bool playing) = 0;
    // Loaded and seekable: a seek now lands.
    virtual void playbackReadyChanged(bool ready) = 0;
    // timeMs: where in the clip the frame belongs, -1 if unknown;
    // durationUs: how long it shows, 0 if unknown (a frame step's size).
    virtual void playbackFrame(const QImage &frame, qint64 timeMs, qint64 durationUs) = 0;
    virtual void playbackEnded() = 0;
    virtual void playbackFailed(core::PlayerError error, const QString &detail) = 0;

protected:
    ~ClipPlaybackListener() = default;
};

// One clip's playback.
class ClipPlayback
{
public:
    virtual ~ClipPlayback() = default;

    // Lets it go on the next turn of the event loop (it may be in the
    // middle of telling its listener something), or with its parent.
    virtual void dispose() = 0;
    virtual void setSource(const QUrl &url) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    // Goes there at once; ClipSession holds a seek until the player is ready.
    virtual void seek(qint64 ms) = 0;
    virtual void setVolume(float linear) = 0;
    virtual void setMuted(bool muted) = 0;
    virtual void setRate(qreal rate) = 0;

    [[nodiscard]] virtual bool isPlaying() const = 0;
    [[nodiscard]] virtual float volume() const = 0;
    [[nodiscard]] virtual bool isMuted() const = 0;
    // Average time to turn a decoded frame into an image, in ms.
    [[nodiscard]] virtual double averageFrameConversionMs() const = 0;
    [[nodiscard]] virtual int framesConverted() const = 0;
};

// The module's one entry point.
class ClipPlayerFactory
{
public:
    virtual ~ClipPlayerFactory() = default;

    // Whether the machine has a sound output; without one the picture
    // still plays in real time.
    [[nodiscard]] virtual bool hasAudioDevice() const = 0;
    // The GStreamer elements every clip plays through that cannot be made
    // (or why GStreamer does not start); empty when a player can be made.
    // Asked before the first player: Qt's backend crashes without them.
    [[nodiscard]] virtual QStringList missingElements() const = 0;
    // Owned by parent; listener hears from it until it is disposed of.
    [[nodiscard]] virtual ClipPlayback *create(ClipPlaybackListener *listener, QObject *parent) = 0;
};

}  // namespace hope::ui

#define HopeClipPlayerFactory_iid "io.github.hopereader.HopeReader.ClipPlayerFactory/2"
Q_DECLARE_INTERFACE(hope::ui::ClipPlayerFactory, HopeClipPlayerFactory_iid)
