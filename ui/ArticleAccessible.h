#pragma once

#include <QAccessibleWidget>

namespace hope::ui {

class ArticleView;

// The article as assistive technology reads it: a read-only document whose
// text, caret and selection are the view's, and whose text attributes
// carry the reading language ("language:zh-CN"), which Orca reads to
// choose its voice. Qt's own interface for a text view has no language
// and cannot be extended (it is private), so this one takes its place.
class ArticleAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ArticleAccessible(ArticleView *view);
    ~ArticleAccessible() override;
    Q_DISABLE_COPY_MOVE(ArticleAccessible)

    static QAccessibleInterface *factory(const QString &className, QObject *object);

    void *interface_cast(QAccessible::InterfaceType type) override;
    [[nodiscard]] QAccessible::State state() const override;
    // The links of the text, each an object of its own
    // (ArticleLinkAccessible), in reading order.
    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface *focusChild() const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    [[nodiscard]] int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    [[nodiscard]] int cursorPosition() const override;
    void setCursorPosition(int position) override;
    [[nodiscard]] QString text(QAccessible::Text t) const override;
    [[nodiscard]] QString text(int startOffset, int endOffset) const override;
    [[nodiscard]] int characterCount() const override;
    [[nodiscard]] QRect characterRect(int offset) const override;
    [[nodiscard]] int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    [[nodiscard]] QString attributes(int offset, int *startOffset, int *endOffset) const override;
    // Lines as they are laid out on screen, not paragraphs, and words
    // within their paragraph; the other boundaries are Qt's.
    [[nodiscard]] QString textBeforeOffset(int offset, QAccessible::TextBoundaryType type,
                                           int *startOffset, int *endOffset) const override;
    [[nodiscard]] QString textAfterOffset(int offset, QAccessible::TextBoundaryType type,
                                          int *startOffset, int *endOffset) const override;
    [[nodiscard]] QString textAtOffset(int offset, QAccessible::TextBoundaryType type,
                                       int *startOffset, int *endOffset) const override;

private:
    [[nodiscard]] ArticleView *view() const;
    void lineBounds(int offset, int *startOffset, int *endOffset) const;
    void wordBounds(int offset, int *startOffset, int *endOffset) const;
    void bounds(int offset, QAccessible::TextBoundaryType type, int *startOffset,
                int *endOffset) const;

    // The link objects made so far, by index; an index past the current
    // text's links is an invalid object until a text has that many again.
    mutable QList<QAccessible::Id> m_links;
};

}  // namespace hope::ui
