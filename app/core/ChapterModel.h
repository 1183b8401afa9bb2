#pragma once

#include "core/Article.h"

#include <QAbstractListModel>

namespace hope::core {

// The clip's chapters, named in the reading language, with the one playing
// marked.
class ChapterModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ChapterModel(QObject *parent = nullptr);

    void setClip(const ClipInfo &clip);
    void setLanguage(Language language);
    void setCurrentChapter(int row);
    [[nodiscard]] int currentChapter() const { return m_current; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<ClipChapter> m_chapters;
    Language m_language = Language::Chinese;
    int m_current = -1;
};

}  // namespace hope::core
