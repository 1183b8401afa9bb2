#pragma once

#include <QList>
#include <QString>

namespace hope::core {

// Back and forward over jumps in the article, as a browser keeps them.
// A location is an opaque string (the view uses a block id), so history
// survives a change of language or window size.
class NavigationHistory final
{
public:
    // Records a jump from `from` (where the reader was) to `to`. Anything
    // forward of the current entry is dropped.
    void recordJump(const QString &from, const QString &to);
    [[nodiscard]] bool canGoBack() const { return m_index > 0; }
    [[nodiscard]] bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    // `here` updates the current entry, so coming forward again returns to
    // where the reader actually was. Returns the location to go to.
    QString back(const QString &here);
    QString forward(const QString &here);
    void clear();

private:
    QList<QString> m_entries;
    qsizetype m_index = -1;
};

}  // namespace hope::core
