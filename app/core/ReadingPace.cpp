#include "core/ReadingPace.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace hope::core {

namespace {
qint64 steadyMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
}  // namespace

ReadingPace::ReadingPace(Clock clock) : m_clock(clock ? std::move(clock) : Clock(steadyMs))
{}

void ReadingPace::reset(double usualRate)
{
    m_usualRate = usualRate > 0 ? usualRate : 300.0;
    m_started = false;
    m_readMs = 0;
    m_readUnits = 0;
}

void ReadingPace::advanceTo(double unitsRead)
{
    const qint64 now = m_clock();
    if (!m_started) {
        m_started = true;
        m_markMs = now;
        m_markUnits = unitsRead;
        return;
    }
    const qint64 elapsed = now - m_markMs;
    const double units = unitsRead - m_markUnits;
    if (units < 0) {
        // Going back to read again: start measuring from there.
        m_markMs = now;
        m_markUnits = unitsRead;
        return;
    }
    if (elapsed < kWindowMs)
        return;
    const qint64 counted = std::min(elapsed, kLongestWindowMs);
    const double rate = units * 60'000.0 / double(counted);
    if (rate <= kSkimFactor * m_usualRate) {
        m_readMs += counted;
        m_readUnits += units;
    }
    m_markMs = now;
    m_markUnits = unitsRead;
}

double ReadingPace::unitsPerMinute() const
{
    if (!isOwnPace())
        return m_usualRate;
    const double own = m_readUnits * 60'000.0 / double(m_readMs);
    return std::clamp(own, m_usualRate / kClampFactor, m_usualRate * kClampFactor);
}

int ReadingPace::minutesFor(double units) const
{
    if (units <= 0)
        return 0;
    return int(std::ceil(units / unitsPerMinute() - 1e-9));
}

}  // namespace hope::core
