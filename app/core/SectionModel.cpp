#include "core/SectionModel.h"

#include "core/ModelRoles.h"
#include "core/ReadingProgress.h"
#include "core/ReadingSession.h"

namespace hope::core {

SectionModel::SectionModel(QObject *parent) : QAbstractListModel(parent)
{}

void SectionModel::setArticle(const Article &article)
{
    beginResetModel();
    m_sections = article.sections;
    m_units.clear();
    for (const ArticleSection &section : std::as_const(m_sections)) {
        QPair<int, int> units;
        for (const ArticleBlock &block : section.blocks) {
            if (block.kind != BlockKind::Paragraph)
                continue;
            units.first += ReadingProgress::units(block.text.zh, Language::Chinese);
            units.second += ReadingProgress::units(block.text.en, Language::English);
        }
        m_units << units;
    }
    endResetModel();
}

void SectionModel::follow(const ReadingSession *session)
{
    connect(session, &ReadingSession::articleChanged, this,
            [this, session] { setArticle(session->article()); });
    connect(session, &ReadingSession::languageChanged, this, &SectionModel::setLanguage);
    connect(session, &ReadingSession::scriptChanged, this,
            [this, session] { setTexts(session->article()); });
    setLanguage(session->language());
    if (session->hasArticle())
        setArticle(session->article());
}

void SectionModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_sections.isEmpty())
        emit dataChanged(index(0), index(int(m_sections.size()) - 1));
}

void SectionModel::setTexts(const Article &article)
{
    if (article.sections.size() != m_sections.size()) {
        setArticle(article);
        return;
    }
    m_sections = article.sections;
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
        case ModelRoles::SectionReadingMinutesRole:
        case ModelRoles::SectionReadingTimeRole: {
            const QPair<int, int> units = m_units.value(index.row());
            const int minutes = ReadingProgress::usualMinutes(
                m_language == Language::Chinese ? units.first : units.second, m_language);
            if (role == ModelRoles::SectionReadingMinutesRole)
                return minutes;
            //: How long a section takes to read, beside it in the contents.
            return tr("%n min", nullptr, minutes);
        }
        default:
            return {};
    }
}

}  // namespace hope::core
