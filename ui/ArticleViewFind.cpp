#include "ui/ArticleView.h"

#include "core/ChineseSetting.h"

#include <QMimeData>
#include <QScrollBar>

// Find and copy: what the reader searches for and takes away, as opposed
// to how the article is laid out and scrolled (ArticleView.cpp).

namespace hope::ui {

using namespace core;

bool ArticleView::findText(const QString &text, bool backward)
{
    if (text.isEmpty()) {
        clearFind();
        return false;
    }
    // The first and last places on screen.
    const int top = cursorForPosition(QPoint(0, 0)).position();
    const int bottom =
        cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    const auto onScreen = [&](int index) {
        return index >= 0 && m_matches.at(index).start >= top &&
               m_matches.at(index).start <= bottom;
    };
    // Matching ignores case, so typing another case is the same search.
    const bool sameSearch = m_findText.compare(text, Qt::CaseInsensitive) == 0;
    int index = -1;
    if (sameSearch && m_match >= 0 && onScreen(m_match)) {
        index = backward ? m_matches.previous(m_match) : m_matches.next(m_match);
    } else if (!sameSearch) {
        // Typing on keeps a match on screen where it is, if it still is one.
        const int from = m_match >= 0 && onScreen(m_match) ? m_matches.at(m_match).start : top;
        m_findText = text;
        m_matches = FindMatches(document(), findSpellings(text));
        index = m_matches.firstFrom(from);
    } else {
        index = backward ? m_matches.lastBefore(bottom) : m_matches.firstFrom(top);
    }
    showMatch(index);
    return index >= 0;
}

void ArticleView::showMatch(int index)
{
    m_match = index;
    updateExtraSelections();
    if (index < 0)
        return;
    // The match, not a held position, decides where the view goes.
    m_pending.reset();
    const FindMatches::Match match = m_matches.at(index);
    QTextCursor start(document());
    start.setPosition(match.start);
    // A match well inside the view stays where the reader sees it; any
    // other is brought to the middle, not to an edge.
    const int margin = viewport()->height() / 6;
    const QRect before = cursorRect(start);
    const bool wellInside =
        before.top() >= margin && before.bottom() <= viewport()->height() - margin;
    QTextCursor cursor = start;
    cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
    QScrollBar *bar = verticalScrollBar();
    const int value = bar->value();
    setTextCursor(cursor);
    if (wellInside) {
        bar->setValue(value);
        return;
    }
    const int y = cursorRect(start).center().y() + bar->value();
    bar->setValue(y - viewport()->height() / 2);
}

void ArticleView::clearFind()
{
    m_findText.clear();
    m_matches = {};
    m_match = -1;
    updateExtraSelections();
}

QList<QTextEdit::ExtraSelection> ArticleView::findSelections() const
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < m_matches.count(); ++i) {
        const FindMatches::Match match = m_matches.at(i);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(match.start);
        selection.cursor.setPosition(match.start + match.length, QTextCursor::KeepAnchor);
        // The match selected stands out from the others.
        if (i == m_match) {
            selection.format.setBackground(m_typography.colours.accent);
            selection.format.setForeground(m_typography.colours.onAccent);
        } else {
            selection.format.setBackground(m_typography.colours.findMatch);
        }
        selections << selection;
    }
    return selections;
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    const QTextCursor selection = textCursor();
    auto *data = new QMimeData;
    data->setText(ChineseSetting::sourceText(document(), selection.selectionStart(),
                                             selection.selectionEnd()));
    return data;
}

}  // namespace hope::ui
