// ArticleView: the reading layout and the marking of a paragraph's pair.
// Apart from ArticleView.cpp to keep each file short.
#include "ui/ArticleView.h"

#include "core/FindMatches.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace hope::ui {

using namespace core;

void ArticleView::setReadingLayout(ReadingLayout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    if (m_article.sections.isEmpty())
        return;
    const ReadingPosition here = m_pending.value_or(readingPosition());
    rebuild();
    goTo(here);
}

QList<int> ArticleView::blocksOf(const QString &blockId) const
{
    return m_places.blocksOf(blockId);
}

int ArticleView::partnerAt(const QPoint &point) const
{
    if (!isBilingual(m_shown))
        return -1;
    const QPointF at =
        QPointF(point) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int position = document()->documentLayout()->hitTest(at, Qt::ExactHit);
    if (position < 0)
        return -1;
    return m_places.partner(document()->findBlock(position).blockNumber());
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    const int mark = partnerAt(event->position().toPoint());
    if (mark != m_hoverMark) {
        m_hoverMark = mark;
        updateExtraSelections();
    }
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    QTextBrowser::mousePressEvent(event);
    // A click keeps the pair marked once the pointer has left.
    m_clickMark = partnerAt(event->position().toPoint());
    updateExtraSelections();
}

void ArticleView::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    if (m_hoverMark >= 0) {
        m_hoverMark = -1;
        updateExtraSelections();
    }
}

ArticleView::MatchCounts ArticleView::matchCounts(const QString &text) const
{
    MatchCounts counts;
    if (text.isEmpty())
        return counts;
    // The find's own matches, each counted in the language of its block.
    const bool bilingual = isBilingual(m_shown);
    const FindMatches found(document(), findSpellings(text));
    for (const FindMatches::Match &match : found.matches()) {
        const int block = document()->findBlock(match.start).blockNumber();
        const bool english =
            bilingual ? m_places.isEnglishOfPair(block) : language() == Language::English;
        ++(english ? counts.english : counts.chinese);
    }
    return counts;
}

}  // namespace hope::ui
