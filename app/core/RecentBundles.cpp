#include "core/RecentBundles.h"

#include "core/ModelRoles.h"

#include <QDir>
#include <QFileInfo>

namespace hope::core {

int RecentBundles::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

QVariant RecentBundles::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &path = m_paths.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return QFileInfo(path).fileName();
        case Qt::ToolTipRole:
        case ModelRoles::RecentPathRole:
            return QDir::toNativeSeparators(path);
        case ModelRoles::RecentExistsRole:
            return QFileInfo(path).isFile();
        default:
            return {};
    }
}

bool RecentBundles::acceptable(const QString &path)
{
    if (path.isEmpty() || path.size() > kMaxPathLength || !QDir::isAbsolutePath(path))
        return false;
    // A path from a settings file may hold anything: no control characters,
    // which a menu would show as they are.
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

void RecentBundles::setPaths(const QStringList &paths)
{
    QStringList kept;
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(path);
        if (acceptable(path) && !kept.contains(clean))
            kept << clean;
        if (kept.size() == kMaxEntries)
            break;
    }
    beginResetModel();
    m_paths = kept;
    endResetModel();
}

void RecentBundles::add(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!acceptable(clean))
        return;
    QStringList next = m_paths;
    next.removeAll(clean);
    next.prepend(clean);
    while (next.size() > kMaxEntries) next.removeLast();
    beginResetModel();
    m_paths = next;
    endResetModel();
    emit pathsChanged();
}

void RecentBundles::removeRow(int row)
{
    if (row < 0 || row >= m_paths.size())
        return;
    beginRemoveRows({}, row, row);
    m_paths.removeAt(row);
    endRemoveRows();
    emit pathsChanged();
}

void RecentBundles::removeMissing()
{
    bool removed = false;
    for (int row = int(m_paths.size()) - 1; row >= 0; --row) {
        if (QFileInfo(m_paths.at(row)).isFile())
            continue;
        beginRemoveRows({}, row, row);
        m_paths.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit pathsChanged();
}

void RecentBundles::clear()
{
    if (m_paths.isEmpty())
        return;
    beginResetModel();
    m_paths.clear();
    endResetModel();
    emit pathsChanged();
}

bool RecentBundles::hasMissing() const
{
    for (const QString &path : m_paths) {
        if (!QFileInfo(path).isFile())
            return true;
    }
    return false;
}

}  // namespace hope::core
