#include "core/TypographicFind.h"

#include <QTextDocument>

namespace hope::core {

namespace {

QString patternFor(const QString &typed)
{
    QString pattern;
    QString literal;
    // Escaped in runs, so a surrogate pair is never split by a backslash.
    const auto flush = [&] {
        pattern += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        QString alternatives;
        if (c == u'\'' || c == u'\u2018' || c == u'\u2019') {
            alternatives = QStringLiteral("['\u2018\u2019]");
        } else if (c == u'"' || c == u'\u201c' || c == u'\u201d') {
            alternatives = QStringLiteral("[\"\u201c\u201d]");
        } else if (c == u'\u2026' || QStringView(typed).sliced(i).startsWith(u"...")) {
            alternatives = QStringLiteral("(?:\\.\\.\\.|\u2026)");
            if (c == u'.')
                i += 2;
        }
        if (alternatives.isEmpty()) {
            literal += c;
        } else {
            flush();
            pattern += alternatives;
        }
    }
    flush();
    return pattern;
}

}  // namespace

TypographicFind::TypographicFind(const QString &typed)
    : m_expression(patternFor(typed)),
      m_whole(QRegularExpression::anchoredPattern(m_expression.pattern()),
              QRegularExpression::CaseInsensitiveOption)
{}

bool TypographicFind::matchesWhole(const QString &text) const
{
    return m_whole.match(text).hasMatch();
}

QTextCursor TypographicFind::find(QTextDocument *document, QTextCursor from, bool backward) const
{
    // QTextDocument::find makes the expression ignore case, as its plain
    // find does, since FindCaseSensitively is not set.
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!backward && from.hasSelection() && !matchesWhole(from.selectedText()))
        from.setPosition(from.selectionStart());
    QTextCursor found = document->find(m_expression, from, flags);
    if (found.isNull()) {
        // Wrap around, as every reader's find does.
        QTextCursor edge(document);
        if (backward)
            edge.movePosition(QTextCursor::End);
        found = document->find(m_expression, edge, flags);
    }
    return found;
}

}  // namespace hope::core
