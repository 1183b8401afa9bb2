#pragma once

#include <QAccessibleInterface>
#include <QCoreApplication>

namespace hope::ui {

class TimelineAccessible;

// One milestone of the timeline, as a screen reader sees it.
class MilestoneAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(hope::ui::MilestoneAccessible)

public:
    MilestoneAccessible(TimelineAccessible *parent, int row);

    [[nodiscard]] int row() const { return m_row; }

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
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    [[nodiscard]] QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // "select" chooses it (the card shows it); "open" also takes the
    // reader to its paragraphs, as Enter and a double-click do.
    [[nodiscard]] QStringList actionNames() const override;
    [[nodiscard]] QString localizedActionName(const QString &name) const override;
    [[nodiscard]] QString localizedActionDescription(const QString &name) const override;
    void doAction(const QString &name) override;
    [[nodiscard]] QStringList keyBindingsForAction(const QString &name) const override;

private:
    TimelineAccessible *m_parent;
    int m_row;
};

}  // namespace hope::ui
