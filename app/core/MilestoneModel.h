#pragma once

#include "core/Article.h"

#include <QAbstractListModel>
#include <QSet>

namespace hope::core {

class ReadingSession;

// The article's milestones in date order, in the reading language.
class MilestoneModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit MilestoneModel(QObject *parent = nullptr);

    // Shows the session's article in its language from now on: the way the
    // reader uses it. setArticle and setLanguage stay for tests and tools.
    void follow(const ReadingSession *session);
    void setArticle(const Article &article);
    void setLanguage(Language language);
    // The same milestones in another script: rows, selection and what is
    // in view stay.
    void setTexts(const Article &article);
    // Marks the milestones told of in these paragraphs (those on screen).
    // Says so with one dataChanged per run of changed rows, for the in-view
    // role only, and not at all when nothing changed: it runs on every
    // scroll step.
    void setVisibleParagraphs(const QStringList &paragraphIds);

    [[nodiscard]] int rowOf(const QString &milestoneId) const;
    [[nodiscard]] const Milestone &milestone(int row) const { return m_milestones.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    void textsChanged();
    // What a screen reader says of a milestone: its category and era, in
    // words, then its description.
    [[nodiscard]] QString accessibleDescription(const Milestone &m) const;

    QList<Milestone> m_milestones;
    QList<Era> m_eras;
    QList<bool> m_inView;
    Language m_language = Language::Chinese;
};

}  // namespace hope::core
