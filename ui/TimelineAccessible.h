#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace hope::ui {

class TimelineWidget;

// Exposes each milestone of the timeline to screen readers as a list item
// named like "May 2018, Beijing 2022 Winter Olympics cloud data centre
// unveiled", described by its category, era and description, with actions
// to select it and to open it in the article; then the zoom buttons.
class TimelineAccessible final : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineWidget *timeline);
    ~TimelineAccessible() override;

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface *focusChild() const override;

    [[nodiscard]] TimelineWidget *timeline() const;
    [[nodiscard]] int milestoneCount() const;

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

}  // namespace hope::ui
