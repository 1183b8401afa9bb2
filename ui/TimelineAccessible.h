#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace hope::ui {

class TimelineWidget;

// Exposes each milestone of the timeline to screen readers as a list item
// named like "2018-05 · Beijing 2022 Winter Olympics cloud data centre
// unveiled", described by its description.
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

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

}  // namespace hope::ui
