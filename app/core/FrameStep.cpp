#include "core/FrameStep.h"

#include <algorithm>

namespace hope::core {

namespace {
// A frame's length varies by a microsecond at rates like 29.97 fps.
constexpr qint64 kJitterUs = 2;
// A start cut to the millisecond lies up to this much below its value.
constexpr qint64 kCutUs = 1000;
}  // namespace

void FrameStep::frameShown(qint64 startMs, qint64 durationUs)
{
    // 1 to 1000 frames a second; anything else is not a frame's length.
    if (startMs < 0 || durationUs < 1000 || durationUs > 1000000)
        return;
    // The longest frame is a whole one: a longer one than any before sets
    // the grid. Its start may be cut to the millisecond (up to 1 ms
    // early): the offset may come out a little below zero, never a
    // whole frame too late.
    if (durationUs > m_durationUs + kJitterUs) {
        m_durationUs = durationUs;
        m_offsetUs = (startMs * 1000 + kCutUs) % m_durationUs - kCutUs;
    }
}

qint64 FrameStep::frameIndex(qint64 frameMs) const
{
    if (m_durationUs <= 0)
        return 0;
    return std::max<qint64>(0, (frameMs * 1000 + kCutUs - m_offsetUs) / m_durationUs);
}

qint64 FrameStep::frameStartMs(qint64 frameMs) const
{
    if (m_durationUs <= 0)
        return frameMs;
    return (m_offsetUs + frameIndex(frameMs) * m_durationUs) / 1000;
}

qint64 FrameStep::target(qint64 frameMs, int direction, qint64 clipMs) const
{
    if (m_durationUs <= 0)
        return std::max<qint64>(0, frameMs);
    const qint64 last = std::max<qint64>(0, (clipMs * 1000 - 1 - m_offsetUs) / m_durationUs);
    const qint64 index =
        std::clamp<qint64>(frameIndex(frameMs) + (direction < 0 ? -1 : 1), 0, last);
    return (m_offsetUs + index * m_durationUs + m_durationUs / 2) / 1000;
}

}  // namespace hope::core
