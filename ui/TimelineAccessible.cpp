#include "ui/TimelineAccessible.h"

#include "ui/MilestoneAccessible.h"
#include "ui/TimelineWidget.h"

#include <QAbstractItemModel>
#include <QToolButton>

namespace hope::ui {

using namespace core;

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::List)
{}

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

int TimelineAccessible::milestoneCount() const
{
    const QAbstractItemModel *model = timeline()->model();
    return model ? model->rowCount() : 0;
}

int TimelineAccessible::childCount() const
{
    return milestoneCount() + int(timeline()->zoomButtons().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    // After the milestones, the zoom buttons, as themselves.
    if (index >= milestoneCount())
        return QAccessible::queryAccessibleInterface(
            timeline()->zoomButtons().at(index - milestoneCount()));
    auto it = m_children.constFind(index);
    if (it == m_children.cend()) {
        auto *iface = new MilestoneAccessible(const_cast<TimelineAccessible *>(this), index);
        it = m_children.insert(index, QAccessible::registerAccessibleInterface(iface));
    }
    return QAccessible::accessibleInterface(*it);
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *item = dynamic_cast<const MilestoneAccessible *>(child))
        return item->row() < milestoneCount() ? item->row() : -1;
    if (child) {
        const int button = int(timeline()->zoomButtons().indexOf(child->object()));
        if (button >= 0)
            return milestoneCount() + button;
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint local = timeline()->mapFromGlobal(QPoint(x, y));
    for (QToolButton *button : timeline()->zoomButtons()) {
        if (button->isVisible() && button->geometry().contains(local))
            return QAccessible::queryAccessibleInterface(button);
    }
    const int row = timeline()->rowAt(local);
    return row >= 0 ? child(row) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    return timeline()->hasFocus() && timeline()->selectedRow() >= 0
               ? child(timeline()->selectedRow())
               : nullptr;
}

}  // namespace hope::ui
