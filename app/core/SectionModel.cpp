#include "core/SectionModel.h"

#include "core/ModelRoles.h"

namespace hope::core {

SectionModel::SectionModel(QObject *parent) : QAbstractListModel(parent)
{}

void SectionModel::setArticle(const Article &article)
{
    beginResetModel();
    m_sections = article.sections;
    endResetModel();
}

void SectionModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_sections.isEmpty())
        emit dataChanged(index(0), index(int(m_sections.size()) - 1));
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSection &s = m_sections.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return s.number.isEmpty() ? s.label.in(m_language)
                                      : s.number + QStringLiteral("  ") + s.label.in(m_language);
        case Qt::ToolTipRole: {
            const QString heading = s.heading.in(m_language);
            return heading.isEmpty() ? s.label.in(m_language) : heading;
        }
        case ModelRoles::SectionIdRole:
            return s.id;
        case ModelRoles::SectionNumberRole:
            return s.number;
        case ModelRoles::SectionLabelRole:
            return s.label.in(m_language);
        case ModelRoles::SectionHeadingRole:
            return s.heading.in(m_language);
        default:
            return {};
    }
}

}  // namespace hope::core
