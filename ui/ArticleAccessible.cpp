#include "ui/ArticleAccessible.h"

#include "ui/ArticleLinkAccessible.h"
#include "ui/ArticleView.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace hope::ui {

namespace {
QString languageTag(core::Language language)
{
    return language == core::Language::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-GB");
}
}  // namespace

ArticleAccessible::ArticleAccessible(ArticleView *view)
    : QAccessibleWidget(view, QAccessible::Document)
{}

ArticleAccessible::~ArticleAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_links))
        QAccessible::deleteAccessibleInterface(id);
}

int ArticleAccessible::childCount() const
{
    return int(view()->links().size());
}

QAccessibleInterface *ArticleAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_links.size() <= index) {
        m_links.append(QAccessible::registerAccessibleInterface(
            new ArticleLinkAccessible(view(), int(m_links.size()))));
    }
    return QAccessible::accessibleInterface(m_links.at(index));
}

int ArticleAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *link = dynamic_cast<const ArticleLinkAccessible *>(child);
    return link && link->parent() == this && link->index() < childCount() ? link->index() : -1;
}

QAccessibleInterface *ArticleAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const int position = view()->cursorForPosition(local).position();
    for (const int at : {position, position - 1}) {
        const int index = core::LinkSpans::indexAt(view()->links(), at);
        if (index >= 0 && view()->linkRect(index).contains(local))
            return child(index);
    }
    return nullptr;
}

QAccessibleInterface *ArticleAccessible::focusChild() const
{
    const int index = view()->hasFocus() ? view()->focusedLink() : -1;
    return index >= 0 ? child(index) : nullptr;
}

QAccessibleInterface *ArticleAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"hope::ui::ArticleView" && object && object->isWidgetType())
        return new ArticleAccessible(static_cast<ArticleView *>(object));
    return nullptr;
}

ArticleView *ArticleAccessible::view() const
{
    return static_cast<ArticleView *>(widget());
}

void *ArticleAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State ArticleAccessible::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    s.readOnly = true;
    s.multiLine = true;
    s.selectableText = true;
    return s;
}

QString ArticleAccessible::text(QAccessible::Text t) const
{
    return QAccessibleWidget::text(t);
}

void ArticleAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = view()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int ArticleAccessible::selectionCount() const
{
    return view()->textCursor().hasSelection() ? 1 : 0;
}

void ArticleAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void ArticleAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = view()->textCursor();
    cursor.clearSelection();
    view()->setTextCursor(cursor);
}

void ArticleAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor(view()->document());
    cursor.setPosition(std::clamp(startOffset, 0, characterCount()));
    cursor.setPosition(std::clamp(endOffset, 0, characterCount()), QTextCursor::KeepAnchor);
    view()->setTextCursor(cursor);
}

int ArticleAccessible::cursorPosition() const
{
    return view()->textCursor().position();
}

void ArticleAccessible::setCursorPosition(int position)
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(std::clamp(position, 0, characterCount()));
    view()->setTextCursor(cursor);
}

QString ArticleAccessible::text(int startOffset, int endOffset) const
{
    // Character by character, not through a selection: a text cursor's
    // selection that crosses into a figure or the editor's note grows to
    // the whole frame, and a line gave back the whole note.
    const QTextDocument *document = view()->document();
    const int start = std::clamp(startOffset, 0, characterCount());
    const int end = std::clamp(endOffset, start, characterCount());
    QString text;
    text.reserve(end - start);
    for (int at = start; at < end; ++at) {
        const QChar c = document->characterAt(at);
        // Paragraph and line separators as the new lines a screen reader
        // expects; the marks where a frame (a figure, the editor's note)
        // begins and ends are new lines too, one for one, so offsets stay
        // the document's.
        const bool newLine = c == QChar::ParagraphSeparator || c == QChar::LineSeparator ||
                             c == QChar(0xfdd0) || c == QChar(0xfdd1);
        text += newLine ? QChar(u'\n') : c;
    }
    return text;
}

int ArticleAccessible::characterCount() const
{
    return view()->document()->characterCount() - 1;
}

QRect ArticleAccessible::characterRect(int offset) const
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(std::clamp(offset, 0, characterCount()));
    QRect r = view()->cursorRect(cursor);
    if (offset < characterCount()) {
        cursor.movePosition(QTextCursor::NextCharacter);
        const QRect next = view()->cursorRect(cursor);
        if (next.top() == r.top() && next.left() > r.left())
            r.setRight(next.left() - 1);
    }
    return QRect(view()->viewport()->mapToGlobal(r.topLeft()), r.size());
}

int ArticleAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(point);
    return view()->cursorForPosition(local).position();
}

void ArticleAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    setSelection(0, startIndex, endIndex);
    view()->ensureCursorVisible();
}

void ArticleAccessible::lineBounds(int offset, int *startOffset, int *endOffset) const
{
    // The line as laid out, with the spaces it ends with (a line that wraps
    // ends where the next begins) and, for a paragraph's last line, the mark
    // that ends the paragraph (or begins or ends a figure or the editor's
    // note), read as a new line.
    const int at = std::clamp(offset, 0, characterCount());
    const QTextBlock block = view()->document()->findBlock(at);
    const QTextLayout *layout = block.layout();
    const int inBlock = at - block.position();
    const QTextLine line = layout ? layout->lineForTextPosition(inBlock) : QTextLine();
    if (!line.isValid()) {
        *startOffset = block.position();
        *endOffset = std::min(block.position() + block.length(), characterCount());
        return;
    }
    const bool last = line.lineNumber() == layout->lineCount() - 1;
    *startOffset = block.position() + line.textStart();
    *endOffset = std::min(last ? block.position() + block.length()
                               : block.position() + line.textStart() + line.textLength(),
                          characterCount());
}

void ArticleAccessible::wordBounds(int offset, int *startOffset, int *endOffset) const
{
    // The words the caret moves by (Chinese by the converter's words),
    // within their paragraph, each with the spaces and punctuation after
    // it, up to where the next begins: AT-SPI's word-start boundary, by
    // which Orca says the word Ctrl+Arrow passed over.
    const int at = std::clamp(offset, 0, characterCount());
    const QTextBlock block = view()->document()->findBlock(at);
    const core::WordBreaks words = view()->wordBreaksAt(at);
    const qsizetype inBlock = at - block.position();
    auto [start, end] = words.pieceAt(inBlock);
    // On the spaces or punctuation after a word: that word's.
    if (const qsizetype before = words.previousWordStart(start + 1); before >= 0)
        start = before;
    const qsizetype next = words.nextWordStart(start);
    end = next >= 0 ? next : std::max<qsizetype>(end, block.length() - 1);
    *startOffset = block.position() + int(start);
    *endOffset = block.position() + int(end);
}

void ArticleAccessible::bounds(int offset, QAccessible::TextBoundaryType type, int *startOffset,
                               int *endOffset) const
{
    if (type == QAccessible::LineBoundary)
        lineBounds(offset, startOffset, endOffset);
    else
        wordBounds(offset, startOffset, endOffset);
}

QString ArticleAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType type,
                                        int *startOffset, int *endOffset) const
{
    if (type != QAccessible::LineBoundary && type != QAccessible::WordBoundary)
        return QAccessibleTextInterface::textAtOffset(offset, type, startOffset, endOffset);
    bounds(offset, type, startOffset, endOffset);
    return text(*startOffset, *endOffset);
}

QString ArticleAccessible::textBeforeOffset(int offset, QAccessible::TextBoundaryType type,
                                            int *startOffset, int *endOffset) const
{
    if (type != QAccessible::LineBoundary && type != QAccessible::WordBoundary)
        return QAccessibleTextInterface::textBeforeOffset(offset, type, startOffset, endOffset);
    int start = 0;
    int end = 0;
    bounds(offset, type, &start, &end);
    if (start <= 0) {
        *startOffset = *endOffset = 0;
        return {};
    }
    return textAtOffset(start - 1, type, startOffset, endOffset);
}

QString ArticleAccessible::textAfterOffset(int offset, QAccessible::TextBoundaryType type,
                                           int *startOffset, int *endOffset) const
{
    if (type != QAccessible::LineBoundary && type != QAccessible::WordBoundary)
        return QAccessibleTextInterface::textAfterOffset(offset, type, startOffset, endOffset);
    int start = 0;
    int end = 0;
    bounds(offset, type, &start, &end);
    if (end >= characterCount()) {
        *startOffset = *endOffset = characterCount();
        return {};
    }
    return textAtOffset(end, type, startOffset, endOffset);
}

QString ArticleAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = offset;
    const QTextDocument *document = view()->document();
    const QTextBlock block = document->findBlock(std::clamp(offset, 0, characterCount()));
    if (!block.isValid())
        return {};
    // The run of text with one format that holds the offset.
    QTextCharFormat format = block.charFormat();
    *startOffset = block.position();
    *endOffset = block.position() + block.length() - 1;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.contains(offset)) {
            format = fragment.charFormat();
            *startOffset = fragment.position();
            *endOffset = fragment.position() + fragment.length();
            break;
        }
    }
    const QFont font = format.font();
    QStringList attributes;
    attributes << QStringLiteral("language:") + languageTag(view()->languageAt(offset));
    const QString family = font.families().value(0);
    if (!family.isEmpty())
        attributes << QStringLiteral("font-family:\"%1\"").arg(family);
    if (font.pixelSize() > 0)
        attributes << QStringLiteral("font-size:%1pt").arg(qRound(font.pixelSize() * 0.75));
    attributes << (font.bold() ? QStringLiteral("font-weight:bold")
                               : QStringLiteral("font-weight:normal"));
    attributes << (font.italic() ? QStringLiteral("font-style:italic")
                                 : QStringLiteral("font-style:normal"));
    if (format.isAnchor())
        attributes << QStringLiteral("link:true");
    return attributes.join(u';') + u';';
}

}  // namespace hope::ui
