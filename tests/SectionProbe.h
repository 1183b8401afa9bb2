#pragma once

#include "core/Article.h"
#include "ui/ArticleView.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

// Where a section of the article view really starts, measured from what
// is printed and laid out, not through the view's own bookkeeping, so a
// test of the view's scrolling cannot agree with itself by construction.
namespace SectionProbe {

// The block a section starts with, found by its printed text: the title,
// a heading, or the closing's ornament.
inline QTextBlock start(const hope::core::Article &article, const hope::ui::ArticleView &view,
                        int index)
{
    const hope::core::ArticleSection &section = article.sections.at(index);
    const hope::core::Language language = view.language();
    const QString text = index == 0                                ? article.meta.title.in(language)
                         : !section.heading.in(language).isEmpty() ? section.heading.in(language)
                                                                   : QStringLiteral("＊　＊　＊");
    // Chinese text shows a half-width , : ; in its full-width form, and a
    // word joiner may keep its last character off a line of its own.
    QString pattern;
    for (const QChar c : text) {
        if (!pattern.isEmpty())
            pattern += QStringLiteral("\u2060?");
        if (c == u',')
            pattern += QStringLiteral("[,\uff0c]");
        else if (c == u':')
            pattern += QStringLiteral("[:\uff1a]");
        else if (c == u';')
            pattern += QStringLiteral("[;\uff1b]");
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return view.document()->find(QRegularExpression(pattern)).block();
}

// Where that block starts, in document pixels, by the document's layout.
inline qreal top(const hope::ui::ArticleView &view, const QTextBlock &block)
{
    return view.document()->documentLayout()->blockBoundingRect(block).top();
}

// Empty when section index starts at the top of the view: the title at the
// very top for the lead; for the others the block's laid-out top within a
// pixel of the view's top edge, or, for a last section too short to get
// there, the view at its end. Either way its first line is on screen.
inline QString notAtTheTop(const hope::core::Article &article, const hope::ui::ArticleView &view,
                           int index)
{
    const QTextBlock block = start(article, view, index);
    if (!block.isValid())
        return QStringLiteral("section %1 has no start block").arg(index);
    const QScrollBar *bar = view.verticalScrollBar();
    const QRect firstLine = view.cursorRect(QTextCursor(block));
    if (!view.viewport()->rect().contains(firstLine))
        return QStringLiteral("section %1: its first line is at y %2, out of the view")
            .arg(index)
            .arg(firstLine.top());
    const qreal at = index == 0 ? 0.0 : top(view, block);
    if (at <= bar->maximum()) {
        if (std::abs(at - bar->value()) > 1.0)
            return QStringLiteral("section %1 starts at %2, the view is at %3")
                .arg(index)
                .arg(at)
                .arg(bar->value());
    } else if (bar->value() != bar->maximum()) {
        return QStringLiteral(
                   "section %1 (at %2) cannot reach the top, but the view is at "
                   "%3, not at its end %4")
            .arg(index)
            .arg(at)
            .arg(bar->value())
            .arg(bar->maximum());
    }
    return {};
}

}  // namespace SectionProbe
