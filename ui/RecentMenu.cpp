#include "ui/RecentMenu.h"

#include "core/ModelRoles.h"
#include "core/RecentBundles.h"

#include <QDir>

namespace hope::ui {

using core::ModelRoles::RecentExistsRole;
using core::ModelRoles::RecentPathRole;

RecentMenu::RecentMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::rebuild);
}

void RecentMenu::setModel(core::RecentBundles *model)
{
    m_model = model;
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0) {
        addAction(tr("No Recent Bundles"))->setEnabled(false);
        return;
    }
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString path = index.data(RecentPathRole).toString();
        const bool exists = index.data(RecentExistsRole).toBool();
        // A file's name may hold an & (a mnemonic to the menu): doubled.
        QString name = index.data(Qt::DisplayRole).toString();
        name.replace(u'&', QStringLiteral("&&"));
        const QString text = row < 9 ? QStringLiteral("&%1  %2").arg(row + 1).arg(name)
                                     : QStringLiteral("%1  %2").arg(row + 1).arg(name);
        QAction *action = addAction(text);
        action->setToolTip(exists ? path : tr("%1 (not found)").arg(path));
        action->setEnabled(exists);
        connect(action, &QAction::triggered, this,
                [this, path = QDir::fromNativeSeparators(path)] { emit openRequested(path); });
    }
    addSeparator();
    QAction *missing = addAction(tr("Remove &Missing"));
    missing->setEnabled(m_model->hasMissing());
    connect(missing, &QAction::triggered, m_model, &core::RecentBundles::removeMissing);
    QAction *clearList = addAction(tr("&Clear List"));
    connect(clearList, &QAction::triggered, m_model, &core::RecentBundles::clear);
}

}  // namespace hope::ui
