#pragma once

#include "speech/PcmOutput.h"

#include <QElapsedTimer>

#include <functional>

namespace hope::speech {

// Plays nothing, in real time: the highlight follows the words as if they
// were heard. For machines without a sound device, and for tests, which
// give it a clock of their own so that nothing depends on timing.
class SilentPcmOutput final : public PcmOutput
{
public:
    using Clock = std::function<qint64()>;

    // Without a clock, a monotonic one in milliseconds.
    explicit SilentPcmOutput(Clock clock = {});

    void play(const QByteArray &pcm, int sampleRate) override;
    void pause() override;
    void resume() override;
    void stop() override;
    [[nodiscard]] qint64 positionMs() const override;
    [[nodiscard]] bool isFinished() const override;
    [[nodiscard]] QString error() const override { return {}; }

private:
    [[nodiscard]] qint64 now() const;

    Clock m_clock;
    QElapsedTimer m_elapsed;
    qint64 m_durationMs = 0;
    // The clock's time when play (or resume) began, and the position then.
    qint64 m_startedAt = 0;
    qint64 m_startPosition = 0;
    bool m_running = false;
    bool m_stopped = true;
};

}  // namespace hope::speech
