#pragma once

#include <QRegularExpression>
#include <QString>
#include <QTextCursor>

class QTextDocument;

namespace hope::core {

// Find as a reader expects it in typeset text: a straight apostrophe or
// quote typed finds the curly ones (and the reverse), three dots find an
// ellipsis. Everything else is matched literally, ignoring case, as
// QTextDocument's plain find does.
class TypographicFind final
{
public:
    explicit TypographicFind(const QString &typed);

    [[nodiscard]] const QRegularExpression &expression() const { return m_expression; }
    // True if the whole text is one match, as a selection a find left.
    [[nodiscard]] bool matchesWhole(const QString &text) const;
    // The next (or previous) match from the cursor, wrapping around; a null
    // cursor if there is none. Typing on extends a match in place: a
    // selection that is not itself a match is searched from its start.
    [[nodiscard]] QTextCursor find(QTextDocument *document, QTextCursor from, bool backward) const;

private:
    QRegularExpression m_expression;
    QRegularExpression m_whole;
};

}  // namespace hope::core
