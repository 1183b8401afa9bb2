#pragma once

#include <QtGlobal>

namespace hope::core {

// Stepping a paused clip by one frame, as mpv's , and . do. The frames'
// grid (their length and where the first starts: a WebM's video may start
// a few milliseconds in) is learnt from the frames the player shows. A
// seek goes to the middle of the wanted frame, so rounding on either side
// (milliseconds here, nanoseconds in the player) cannot land on its
// neighbour.
class FrameStep final
{
public:
    // A frame the player showed. GStreamer cuts the first frame after a
    // seek to the seek's time (its start is the seek's, its length the
    // rest): such a frame tells neither the length nor the grid.
    void frameShown(qint64 startMs, qint64 durationUs);
    void reset() { *this = FrameStep(); }
    // 0 until a frame has said.
    [[nodiscard]] qint64 frameDurationUs() const { return m_durationUs; }
    [[nodiscard]] qint64 offsetUs() const { return m_offsetUs; }
    [[nodiscard]] bool isKnown() const { return m_durationUs > 0; }

    // The frame reported as starting at frameMs (its true start, or a
    // seek's time inside it), by number; its true start in ms.
    [[nodiscard]] qint64 frameIndex(qint64 frameMs) const;
    [[nodiscard]] qint64 frameStartMs(qint64 frameMs) const;
    // Where to seek for the frame direction (-1 or +1) away from the one
    // at frameMs, kept within the clip's clipMs; frameMs itself while the
    // grid is unknown.
    [[nodiscard]] qint64 target(qint64 frameMs, int direction, qint64 clipMs) const;

private:
    qint64 m_durationUs = 0;
    qint64 m_offsetUs = 0;
};

}  // namespace hope::core
