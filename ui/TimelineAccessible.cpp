#include "ui/TimelineAccessible.h"

#include "ui/MilestoneAccessible.h"
#include "ui/TimelineWidget.h"

#include <QAbstractItemModel>

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

int TimelineAccessible::childCount() const
{
    const QAbstractItemModel *model = timeline()->model();
    return model ? model->rowCount() : 0;
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
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
        return item->row() < childCount() ? item->row() : -1;
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const int row = timeline()->rowAt(timeline()->mapFromGlobal(QPoint(x, y)));
    return row >= 0 ? child(row) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    return timeline()->hasFocus() && timeline()->selectedRow() >= 0
               ? child(timeline()->selectedRow())
               : nullptr;
}

}  // namespace hope::ui
