#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace hope::ui {

class ArticleView;

// One link of the article as a screen reader meets it: an object of role
// link, a child of the document, named by its own words ("in thirty
// days"), described by what it does ("Read about the milestone: …"), with
// a press action and the hyperlink's range and target. It takes the focus
// when Tab reaches its words, so Orca says the words and "link" rather
// than a notification. Lives as long as the view's accessible document;
// invalid for an index past the links of the current text.
class ArticleLinkAccessible final : public QAccessibleInterface,
                                    public QAccessibleActionInterface,
                                    public QAccessibleHyperlinkInterface
{
public:
    ArticleLinkAccessible(ArticleView *view, int index);

    [[nodiscard]] int index() const { return m_index; }

    [[nodiscard]] bool isValid() const override;
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override;
    [[nodiscard]] QAccessibleInterface *parent() const override;
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    [[nodiscard]] QRect rect() const override;
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::Link; }
    [[nodiscard]] QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    [[nodiscard]] QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    [[nodiscard]] QStringList keyBindingsForAction(const QString &actionName) const override;

    [[nodiscard]] QString anchor() const override;
    [[nodiscard]] QString anchorTarget() const override;
    [[nodiscard]] int startIndex() const override;
    [[nodiscard]] int endIndex() const override;

private:
    const QPointer<ArticleView> m_view;
    const int m_index;
};

}  // namespace hope::ui
