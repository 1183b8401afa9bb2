#pragma once

#include <QtGlobal>

#include <functional>

namespace hope::core {

// How fast this reader reads, in the text's own units (Chinese characters,
// English words) a minute. It starts from the usual rate and, once the
// reader has read for a while, follows their own: measured over windows
// of steady reading, leaving out long pauses and jumps or skimming.
class ReadingPace final
{
public:
    // Milliseconds from any fixed start; injectable for tests.
    using Clock = std::function<qint64()>;

    // Measured over windows at least this long, so that the steps of one
    // scroll gesture are read together.
    static constexpr qint64 kWindowMs = 30'000;
    // A window counts at most this long: a longer pause is not reading.
    static constexpr qint64 kLongestWindowMs = 3 * 60'000;
    // Own pace is used after this much counted reading.
    static constexpr qint64 kWarmUpMs = 2 * 60'000;
    // Faster than this multiple of the usual rate is skimming or a jump.
    static constexpr double kSkimFactor = 4.0;
    // Own pace is kept within this factor of the usual rate either way.
    static constexpr double kClampFactor = 3.0;

    explicit ReadingPace(Clock clock = {});

    // Starts afresh from a usual rate (a new article, another language).
    void reset(double usualRate);
    // The reader has now read this far (units from the start).
    void advanceTo(double unitsRead);

    [[nodiscard]] double usualRate() const { return m_usualRate; }
    [[nodiscard]] bool isOwnPace() const { return m_readMs >= kWarmUpMs; }
    [[nodiscard]] double unitsPerMinute() const;
    // Whole minutes to read this many units, rounded up; 0 for none.
    [[nodiscard]] int minutesFor(double units) const;

private:
    Clock m_clock;
    double m_usualRate = 300.0;
    bool m_started = false;
    qint64 m_markMs = 0;
    double m_markUnits = 0;
    qint64 m_readMs = 0;
    double m_readUnits = 0;
};

}  // namespace hope::core
