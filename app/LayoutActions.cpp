#include "app/LayoutActions.h"

#include <QActionGroup>
#include <QMenu>

namespace hope::app {

using namespace core;

LayoutActions::LayoutActions(QMenu *parent) : QObject(parent), m_menu(parent->addMenu(QString()))
{
    m_menu->setObjectName(QStringLiteral("layoutMenu"));
    auto *group = new QActionGroup(this);
    int key = Qt::Key_1;
    for (const ReadingLayout layout : kReadingLayouts) {
        QAction *action = m_menu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(layout));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(key++)));
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, layout] { emit layoutRequested(layout); });
        m_actions << action;
    }
    retranslate();
}

QAction *LayoutActions::action(ReadingLayout layout) const
{
    return m_actions.value(int(layout));
}

void LayoutActions::setCurrent(ReadingLayout layout)
{
    if (QAction *a = action(layout))
        a->setChecked(true);
}

void LayoutActions::retranslate()
{
    m_menu->setTitle(tr("La&yout"));
    m_actions.at(0)->setText(tr("&Chinese"));
    m_actions.at(1)->setText(tr("&English"));
    m_actions.at(2)->setText(tr("&Side by Side"));
    m_actions.at(3)->setText(tr("&Interleaved"));
}

}  // namespace hope::app
