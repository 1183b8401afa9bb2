#include "core/ChapterModel.h"

#include "core/MediaTime.h"
#include "core/ModelRoles.h"

#include <QFont>

namespace hope::core {

ChapterModel::ChapterModel(QObject *parent) : QAbstractListModel(parent)
{}

void ChapterModel::setClip(const ClipInfo &clip)
{
    beginResetModel();
    m_chapters = clip.chapters;
    m_current = -1;
    endResetModel();
}

void ChapterModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_chapters.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void ChapterModel::setCurrentChapter(int row)
{
    if (row < -1 || row >= m_chapters.size() || row == m_current)
        return;
    const int previous = m_current;
    m_current = row;
    for (const int r : {previous, row}) {
        if (r >= 0)
            emit dataChanged(index(r), index(r));
    }
}

int ChapterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chapters.size());
}

QVariant ChapterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClipChapter &c = m_chapters.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return MediaTime::format(c.startMs) + QStringLiteral("  ") + c.title.in(m_language);
        case Qt::FontRole: {
            if (index.row() != m_current)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case ModelRoles::ChapterIdRole:
            return c.id;
        case ModelRoles::ChapterStartRole:
            return c.startMs;
        case ModelRoles::ChapterTitleRole:
            return c.title.in(m_language);
        case ModelRoles::ChapterCurrentRole:
            return index.row() == m_current;
        default:
            return {};
    }
}

}  // namespace hope::core
