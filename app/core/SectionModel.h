#pragma once

#include "core/Article.h"

#include <QAbstractListModel>

namespace hope::core {

class ReadingSession;

// The article's sections, named in the reading language: the lead, the
// numbered parts and the closing.
class SectionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SectionModel(QObject *parent = nullptr);

    // Shows the session's article in its language from now on: the way the
    // reader uses it. setArticle and setLanguage stay for tests and tools.
    void follow(const ReadingSession *session);
    void setArticle(const Article &article);
    void setLanguage(Language language);
    // The same sections in another script: rows, and what a view selected
    // among them, stay.
    void setTexts(const Article &article);
    [[nodiscard]] Language language() const { return m_language; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<ArticleSection> m_sections;
    // Reading units of each section, in Chinese and in English.
    QList<QPair<int, int>> m_units;
    Language m_language = Language::Chinese;
};

}  // namespace hope::core
