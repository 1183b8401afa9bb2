#include "core/MilestoneModel.h"

#include "core/MilestoneCategory.h"
#include "core/ModelRoles.h"

namespace hope::core {

MilestoneModel::MilestoneModel(QObject *parent) : QAbstractListModel(parent)
{}

void MilestoneModel::setArticle(const Article &article)
{
    beginResetModel();
    m_milestones = article.milestones;
    m_inView = QList<bool>(m_milestones.size(), false);
    endResetModel();
}

void MilestoneModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_milestones.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void MilestoneModel::setVisibleParagraphs(const QStringList &paragraphIds)
{
    const QSet<QString> visible(paragraphIds.cbegin(), paragraphIds.cend());
    for (int row = 0; row < m_milestones.size(); ++row) {
        bool inView = false;
        for (const QString &id : m_milestones.at(row).paragraphIds)
            inView = inView || visible.contains(id);
        if (inView != m_inView.at(row)) {
            m_inView[row] = inView;
            emit dataChanged(index(row), index(row), {ModelRoles::MilestoneInViewRole});
        }
    }
}

int MilestoneModel::rowOf(const QString &milestoneId) const
{
    for (int row = 0; row < m_milestones.size(); ++row) {
        if (m_milestones.at(row).id == milestoneId)
            return row;
    }
    return -1;
}

int MilestoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_milestones.size());
}

QVariant MilestoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone &m = m_milestones.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case ModelRoles::MilestoneLabelRole:
            return m.label.in(m_language);
        case Qt::ToolTipRole:
            return m.date.toDisplayString(m_language) + QStringLiteral(" · ") +
                   m.title.in(m_language);
        case Qt::AccessibleTextRole:
            return m.date.toString() + QStringLiteral(" · ") + m.title.in(m_language);
        case Qt::AccessibleDescriptionRole:
        case ModelRoles::MilestoneDescriptionRole:
            return m.description.in(m_language);
        case ModelRoles::MilestoneIdRole:
            return m.id;
        case ModelRoles::MilestoneDateRole:
            return m.date.middle();
        case ModelRoles::MilestoneDateTextRole:
            return m.date.toDisplayString(m_language);
        case ModelRoles::MilestoneTitleRole:
            return m.title.in(m_language);
        case ModelRoles::MilestoneCategoryRole:
            return int(m.category);
        case ModelRoles::MilestoneCategoryNameRole:
            return MilestoneCategories::name(m.category);
        case Qt::DecorationRole:
        case ModelRoles::MilestoneColourRole:
            return MilestoneCategories::colour(m.category);
        case ModelRoles::MilestoneParagraphsRole:
            return m.paragraphIds;
        case ModelRoles::MilestoneInViewRole:
            return m_inView.value(index.row());
        default:
            return {};
    }
}

QHash<int, QByteArray> MilestoneModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ModelRoles::MilestoneIdRole, "milestoneId");
    names.insert(ModelRoles::MilestoneDateRole, "date");
    names.insert(ModelRoles::MilestoneDateTextRole, "dateText");
    names.insert(ModelRoles::MilestoneLabelRole, "label");
    names.insert(ModelRoles::MilestoneTitleRole, "title");
    names.insert(ModelRoles::MilestoneDescriptionRole, "description");
    names.insert(ModelRoles::MilestoneCategoryRole, "category");
    names.insert(ModelRoles::MilestoneCategoryNameRole, "categoryName");
    names.insert(ModelRoles::MilestoneColourRole, "colour");
    names.insert(ModelRoles::MilestoneParagraphsRole, "paragraphs");
    names.insert(ModelRoles::MilestoneInViewRole, "inView");
    return names;
}

}  // namespace hope::core
