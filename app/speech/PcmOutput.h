#pragma once

#include <QByteArray>
#include <QString>

namespace hope::speech {

// Where read-aloud audio goes: a sound device (QAudioSink, in the player
// module, so that Qt Multimedia is loaded only to read aloud) or a clock
// with no device (SilentPcmOutput). The controller asks for the position
// as it needs it, so the output tells nobody anything and needs no
// meta-objects shared across the module boundary.
class PcmOutput
{
public:
    virtual ~PcmOutput() = default;

    // Plays 16-bit signed little-endian mono samples from their start,
    // instead of whatever was playing.
    virtual void play(const QByteArray &pcm, int sampleRate) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // How far into the samples given to play() the listener has heard.
    [[nodiscard]] virtual qint64 positionMs() const = 0;
    // All of it has been played (false while paused or stopped early).
    [[nodiscard]] virtual bool isFinished() const = 0;
    // Why it cannot play, in words for the user; empty while all is well.
    [[nodiscard]] virtual QString error() const = 0;
};

}  // namespace hope::speech
