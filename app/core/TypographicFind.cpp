#include "core/TypographicFind.h"

#include <QTextDocument>

namespace hope::core {

namespace {

QString patternFor(const QString &typed)
{
    // One atom a character (or a set of its typographic variants), with an
    // optional word joiner between atoms: the reader binds a paragraph's
    // last two characters with one, which a search must look through.
    QStringList atoms;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c == u'\'' || c == u'\u2018' || c == u'\u2019') {
            atoms << QStringLiteral("['\u2018\u2019]");
        } else if (c == u'"' || c == u'\u201c' || c == u'\u201d') {
            atoms << QStringLiteral("[\"\u201c\u201d]");
        } else if (c == u'\u2026' || QStringView(typed).sliced(i).startsWith(u"...")) {
            atoms << QStringLiteral("(?:\\.\\.\\.|\u2026)");
            if (c == u'.')
                i += 2;
        } else if (c == u',' || c == u'\uff0c') {
            // Shown full-width in Chinese text, whichever the source has.
            atoms << QStringLiteral("[,\uff0c]");
        } else if (c == u':' || c == u'\uff1a') {
            atoms << QStringLiteral("[:\uff1a]");
        } else if (c == u';' || c == u'\uff1b') {
            atoms << QStringLiteral("[;\uff1b]");
        } else if (c.isHighSurrogate() && i + 1 < typed.size()) {
            // Escaped whole, so a surrogate pair is never split.
            atoms << QRegularExpression::escape(typed.mid(i, 2));
            ++i;
        } else {
            atoms << QRegularExpression::escape(QString(c));
        }
    }
    return atoms.join(QStringLiteral("\\x{2060}?"));
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
