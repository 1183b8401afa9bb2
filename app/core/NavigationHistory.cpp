#include "core/NavigationHistory.h"

namespace hope::core {

void NavigationHistory::recordJump(const QString &from, const QString &to)
{
    if (m_index >= 0)
        m_entries.resize(m_index + 1);
    if (m_entries.isEmpty())
        m_entries << from;
    else
        m_entries.last() = from;
    if (to != from)
        m_entries << to;
    m_index = m_entries.size() - 1;
}

QString NavigationHistory::back(const QString &here)
{
    if (!canGoBack())
        return {};
    m_entries[m_index] = here;
    return m_entries.at(--m_index);
}

QString NavigationHistory::forward(const QString &here)
{
    if (!canGoForward())
        return {};
    m_entries[m_index] = here;
    return m_entries.at(++m_index);
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = -1;
}

}  // namespace hope::core
