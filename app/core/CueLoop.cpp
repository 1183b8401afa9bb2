#include "core/CueLoop.h"

namespace hope::core {

void CueLoop::start(qint64 fromMs, qint64 toMs)
{
    m_rounds = 0;
    m_active = fromMs >= 0 && toMs > fromMs;
    m_from = m_active ? fromMs : 0;
    m_to = m_active ? toMs : 0;
}

void CueLoop::stop()
{
    m_active = false;
    m_rounds = 0;
}

bool CueLoop::covers(qint64 ms) const
{
    return m_active && ms >= m_from - kLeadInMs && ms < m_to;
}

std::optional<qint64> CueLoop::jumpFor(qint64 ms)
{
    if (!m_active || ms < m_to)
        return std::nullopt;
    ++m_rounds;
    return m_from;
}

}  // namespace hope::core
