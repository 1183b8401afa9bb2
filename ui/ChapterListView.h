#pragma once

#include <QListView>

namespace hope::core {
class ChapterModel;
}  // namespace hope::core

namespace hope::core {
struct ReaderPalette;
}  // namespace hope::core

namespace hope::ui {

// The clip's chapters as a list: shows the one playing, and asks for a
// chapter by its id when one is clicked or chosen with Enter.
class ChapterListView final : public QListView
{
    Q_OBJECT

public:
    explicit ChapterListView(core::ChapterModel *model, QWidget *parent = nullptr);

    // Marks the chapter and brings it into view; empty: none.
    void setColours(const core::ReaderPalette &colours);
    void setCurrentChapter(const QString &chapterId);
    void scrollToCurrent();

    // Tall enough for every chapter: the clip panel scrolls as a whole
    // rather than hiding chapters in a list too short for them.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void chapterActivated(const QString &chapterId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    [[nodiscard]] int contentHeight() const;
    [[nodiscard]] int rowOf(const QString &chapterId) const;

    core::ChapterModel *m_chapters = nullptr;
};

}  // namespace hope::ui
