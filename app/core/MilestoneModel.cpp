#include "core/MilestoneModel.h"

#include "core/MilestoneCategory.h"
#include "core/ModelRoles.h"
#include "core/ReadingSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace hope::core {

MilestoneModel::MilestoneModel(QObject *parent) : QAbstractListModel(parent)
{}

void MilestoneModel::setArticle(const Article &article)
{
    beginResetModel();
    m_milestones = article.milestones;
    m_eras = article.eras;
    m_inView = QList<bool>(m_milestones.size(), false);
    endResetModel();
}

void MilestoneModel::follow(const ReadingSession *session)
{
    connect(session, &ReadingSession::articleChanged, this,
            [this, session] { setArticle(session->article()); });
    connect(session, &ReadingSession::languageChanged, this, &MilestoneModel::setLanguage);
    connect(session, &ReadingSession::scriptChanged, this,
            [this, session] { setTexts(session->article()); });
    setLanguage(session->language());
    if (session->hasArticle())
        setArticle(session->article());
}

void MilestoneModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    textsChanged();
}

void MilestoneModel::setTexts(const Article &article)
{
    if (article.milestones.size() != m_milestones.size()) {
        setArticle(article);
        return;
    }
    m_milestones = article.milestones;
    m_eras = article.eras;
    textsChanged();
}

void MilestoneModel::textsChanged()
{
    // Dates, categories and paragraphs stay: views that lay out by date
    // need not start again.
    if (!m_milestones.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                          Qt::AccessibleDescriptionRole, ModelRoles::MilestoneLabelRole,
                          ModelRoles::MilestoneTitleRole, ModelRoles::MilestoneDescriptionRole,
                          ModelRoles::MilestoneDateTextRole, ModelRoles::MilestoneCategoryNameRole,
                          ModelRoles::MilestoneDateBasisRole});
}

void MilestoneModel::setVisibleParagraphs(const QStringList &paragraphIds)
{
    const QSet<QString> visible(paragraphIds.cbegin(), paragraphIds.cend());
    int runStart = -1;
    const auto endRun = [this, &runStart](int end) {
        if (runStart >= 0)
            emit dataChanged(index(runStart), index(end - 1), {ModelRoles::MilestoneInViewRole});
        runStart = -1;
    };
    for (int row = 0; row < m_milestones.size(); ++row) {
        const QStringList &ids = m_milestones.at(row).paragraphIds;
        const bool inView = std::any_of(ids.cbegin(), ids.cend(), [&visible](const QString &id) {
            return visible.contains(id);
        });
        if (inView == m_inView.at(row)) {
            endRun(row);
            continue;
        }
        m_inView[row] = inView;
        if (runStart < 0)
            runStart = row;
    }
    endRun(int(m_milestones.size()));
}

int MilestoneModel::rowOf(const QString &milestoneId) const
{
    for (int row = 0; row < m_milestones.size(); ++row) {
        if (m_milestones.at(row).id == milestoneId)
            return row;
    }
    return -1;
}

QString MilestoneModel::accessibleDescription(const Milestone &m) const
{
    QStringList eras;
    const QDate when = m.markerDate();
    for (const Era &era : m_eras) {
        if (era.start.first() <= when && when <= era.end.last())
            eras << era.label.in(m_language);
    }
    const QString category = MilestoneCategories::name(m.category);
    if (eras.isEmpty())
        return QCoreApplication::translate("hope::core::MilestoneModel", "Category: %1. %2")
            .arg(category, m.description.in(m_language));
    return QCoreApplication::translate("hope::core::MilestoneModel", "Category: %1. Era: %2. %3")
        .arg(category, eras.join(QCoreApplication::translate("hope::core::MilestoneModel", ", ")),
             m.description.in(m_language));
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
            return m.date.toDisplayString(m_language, m.basis.bound) + QStringLiteral(" · ") +
                   m.title.in(m_language);
        case Qt::AccessibleTextRole:
            // The date in words ("May 2018", "2018年5月"): an ISO date is
            // read out as numbers and dashes.
            return QCoreApplication::translate("hope::core::MilestoneModel", "%1, %2")
                .arg(m.date.toDisplayString(m_language, m.basis.bound), m.title.in(m_language));
        case Qt::AccessibleDescriptionRole:
            return accessibleDescription(m);
        case ModelRoles::MilestoneDescriptionRole:
            return m.description.in(m_language);
        case ModelRoles::MilestoneIdRole:
            return m.id;
        case ModelRoles::MilestoneDateRole:
            return m.markerDate();
        case ModelRoles::MilestoneFirstDayRole:
            return m.basis.bound == DateBound::By ? QDate() : m.date.first();
        case ModelRoles::MilestoneLastDayRole:
            return m.date.last();
        case ModelRoles::MilestoneDateTextRole:
            return m.date.toDisplayString(m_language, m.basis.bound);
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
        case ModelRoles::MilestoneDateBasisRole:
            return DateBasisKinds::describe(m.basis.kind, m.basis.note.in(m_language),
                                            m.basis.source);
        default:
            return {};
    }
}

}  // namespace hope::core
