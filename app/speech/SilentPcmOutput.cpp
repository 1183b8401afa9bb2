#include "speech/SilentPcmOutput.h"

#include <algorithm>

namespace hope::speech {

SilentPcmOutput::SilentPcmOutput(Clock clock) : m_clock(std::move(clock))
{
    m_elapsed.start();
}

qint64 SilentPcmOutput::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void SilentPcmOutput::play(const QByteArray &pcm, int sampleRate)
{
    m_durationMs = sampleRate > 0 ? qint64(pcm.size() / 2) * 1000 / sampleRate : 0;
    m_startPosition = 0;
    m_startedAt = now();
    m_running = true;
    m_stopped = false;
}

void SilentPcmOutput::pause()
{
    if (!m_running)
        return;
    m_startPosition = positionMs();
    m_running = false;
}

void SilentPcmOutput::resume()
{
    if (m_running || m_stopped)
        return;
    m_startedAt = now();
    m_running = true;
}

void SilentPcmOutput::stop()
{
    m_running = false;
    m_stopped = true;
    m_startPosition = 0;
    m_durationMs = 0;
}

qint64 SilentPcmOutput::positionMs() const
{
    const qint64 at = m_startPosition + (m_running ? now() - m_startedAt : 0);
    return std::clamp<qint64>(at, 0, m_durationMs);
}

bool SilentPcmOutput::isFinished() const
{
    return !m_stopped && m_running && positionMs() >= m_durationMs;
}

}  // namespace hope::speech
