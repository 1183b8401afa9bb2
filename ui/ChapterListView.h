#pragma once

#include "ui/FittedListView.h"

namespace hope::core {
class ChapterModel;
}  // namespace hope::core

namespace hope::core {
struct ReaderPalette;
}  // namespace hope::core

namespace hope::ui {

// The clip's chapters as a list: shows the one playing, and asks for a
// chapter by its id when one is clicked or chosen with Enter.
class ChapterListView final : public FittedListView
{
    Q_OBJECT

public:
    explicit ChapterListView(core::ChapterModel *model, QWidget *parent = nullptr);

    // Marks the chapter and brings it into view; empty: none.
    void setColours(const core::ReaderPalette &colours);
    void setCurrentChapter(const QString &chapterId);
    void scrollToCurrent();

signals:
    void chapterActivated(const QString &chapterId);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    [[nodiscard]] int rowOf(const QString &chapterId) const;

    core::ChapterModel *m_chapters = nullptr;
};

}  // namespace hope::ui
