#include "ui/MilestoneAccessible.h"

#include "core/ModelRoles.h"

#include "ui/TimelineAccessible.h"
#include "ui/TimelineWidget.h"

#include <QAbstractItemModel>

namespace hope::ui {

using namespace core;

MilestoneAccessible::MilestoneAccessible(TimelineAccessible *parent, int row)
    : m_parent(parent), m_row(row)
{}

bool MilestoneAccessible::isValid() const
{
    return m_parent && m_parent->isValid() && m_row < m_parent->childCount();
}

QWindow *MilestoneAccessible::window() const
{
    return m_parent->window();
}

QAccessibleInterface *MilestoneAccessible::parent() const
{
    return m_parent;
}

QString MilestoneAccessible::text(QAccessible::Text t) const
{
    const QAbstractItemModel *model = m_parent->timeline()->model();
    if (!model || m_row >= model->rowCount())
        return {};
    const QModelIndex index = model->index(m_row, 0);
    switch (t) {
        case QAccessible::Name:
            return index.data(Qt::AccessibleTextRole).toString();
        case QAccessible::Description: {
            // The ring a sighted reader sees round a milestone told of on
            // screen, in words.
            const QString description = index.data(Qt::AccessibleDescriptionRole).toString();
            return index.data(core::ModelRoles::MilestoneInViewRole).toBool()
                       ? tr("Told of in the text on screen.") + u' ' + description
                       : description;
        }
        default:
            return {};
    }
}

QRect MilestoneAccessible::rect() const
{
    const TimelineWidget *timeline = m_parent->timeline();
    const QRect local = timeline->markerRect(m_row);
    return QRect(timeline->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State MilestoneAccessible::state() const
{
    const TimelineWidget *timeline = m_parent->timeline();
    QAccessible::State s;
    s.selectable = true;
    s.focusable = true;
    s.selected = timeline->selectedRow() == m_row;
    s.focused = s.selected && timeline->hasFocus();
    const QRect r = timeline->markerRect(m_row);
    s.invisible = r.right() < 0 || r.left() > timeline->width();
    return s;
}

void *MilestoneAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this)
                                                : nullptr;
}

QStringList MilestoneAccessible::actionNames() const
{
    return {QStringLiteral("select"), QStringLiteral("open")};
}

QString MilestoneAccessible::localizedActionName(const QString &name) const
{
    if (name == u"select")
        return tr("Select");
    if (name == u"open")
        return tr("Open in the article");
    return {};
}

QString MilestoneAccessible::localizedActionDescription(const QString &name) const
{
    if (name == u"select")
        return tr("Shows the milestone in the card beside the timeline");
    if (name == u"open")
        return tr("Goes to the paragraphs that tell of the milestone");
    return {};
}

void MilestoneAccessible::doAction(const QString &name)
{
    TimelineWidget *timeline = m_parent->timeline();
    if (name == u"select")
        timeline->chooseRow(m_row);
    else if (name == u"open")
        timeline->openRow(m_row);
}

QStringList MilestoneAccessible::keyBindingsForAction(const QString &name) const
{
    if (name == u"open")
        return {QStringLiteral("Return")};
    return {};
}

}  // namespace hope::ui
