#pragma once

#include "core/Article.h"
#include "core/VocabularyFile.h"

#include <QAbstractListModel>

namespace hope::core {

// The words a reader kept for the article, in the order kept, for
// View > Vocabulary and the exports. It owns the list; each word once.
// Roles in ModelRoles.h.
class VocabularyModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit VocabularyModel(QObject *parent = nullptr);

    // The article the places are named in.
    void setArticle(const Article &article);
    void setWords(QList<VocabularyWord> words);
    [[nodiscard]] const QList<VocabularyWord> &words() const { return m_words; }
    // False if the word is kept already, or the list is full.
    bool add(VocabularyWord word);
    [[nodiscard]] bool contains(const QString &word) const;
    bool remove(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

signals:
    // The list changed by add or remove (not by setWords): to be saved.
    void edited();

private:
    Article m_article;
    QList<VocabularyWord> m_words;
};

}  // namespace hope::core
