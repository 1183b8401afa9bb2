#pragma once

#include "core/Annotation.h"
#include "core/ReaderPalette.h"

#include <QAbstractListModel>
#include <QCoreApplication>

namespace hope::core {

class AnnotationSet;

// The reader's highlights, notes and bookmarks in reading order, for the
// Notes panel: each row the words, the note, its place (and the pair's
// other language in a bilingual layout). Roles in ModelRoles.h.
class NotesModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit NotesModel(const AnnotationSet *set, QObject *parent = nullptr);

    void setArticle(const Article &article);
    // Bilingual layouts show the other language's paragraph under each row.
    void setPaired(bool paired);
    // The swatch beside a highlight.
    void setColours(const ReaderPalette &colours);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] int rowOf(const QString &id) const;
    // "01 Eagerly awaited, paragraph 3", in the language given.
    [[nodiscard]] static QString placeName(const Article &article, const QString &blockId,
                                           Language language);

private:
    void refresh();
    [[nodiscard]] QString pairText(const Annotation &a) const;

    const AnnotationSet *m_set;
    Article m_article;
    bool m_paired = false;
    ReaderPalette m_colours = ReaderPalette::light();
    // The set's items, in reading order.
    QList<Annotation> m_rows;
    QList<bool> m_detached;
};

}  // namespace hope::core
