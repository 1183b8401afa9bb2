#include "ui/ChapterListView.h"

#include "core/ReaderPalette.h"

#include "core/ChapterModel.h"
#include "core/ModelRoles.h"

namespace hope::ui {

using namespace core;

ChapterListView::ChapterListView(ChapterModel *model, QWidget *parent)
    : FittedListView(0, parent), m_chapters(model)
{
    setObjectName(QStringLiteral("chapterList"));
    // Tall enough for every chapter (FittedListView): the clip panel
    // scrolls as a whole rather than hiding chapters in a short list.
    setModel(m_chapters);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    // Reached with Tab, with a ring to show it; a click plays the chapter
    // and leaves the keys with the panel.
    setFocusPolicy(Qt::TabFocus);
    setColours(core::ReaderPalette::light());
    const auto activate = [this](const QModelIndex &index) {
        emit chapterActivated(index.data(ModelRoles::ChapterIdRole).toString());
    };
    connect(this, &QListView::clicked, this, activate);
    connect(this, &QListView::activated, this, activate);
}

int ChapterListView::rowOf(const QString &chapterId) const
{
    for (int row = 0; row < m_chapters->rowCount(); ++row) {
        if (m_chapters->index(row, 0).data(ModelRoles::ChapterIdRole).toString() == chapterId)
            return row;
    }
    return -1;
}

void ChapterListView::setColours(const core::ReaderPalette &colours)
{
    setStyleSheet(QStringLiteral("QListView { border: 2px solid transparent; border-radius: 3px; }"
                                 "QListView:focus { border-color: %1; }")
                      .arg(colours.focusRing.name()));
}

void ChapterListView::setCurrentChapter(const QString &chapterId)
{
    const int row = chapterId.isEmpty() ? -1 : rowOf(chapterId);
    m_chapters->setCurrentChapter(row);
    if (row >= 0) {
        setCurrentIndex(m_chapters->index(row, 0));
        scrollTo(m_chapters->index(row, 0));
    }
}

void ChapterListView::scrollToCurrent()
{
    if (m_chapters->currentChapter() >= 0)
        scrollTo(m_chapters->index(m_chapters->currentChapter(), 0));
}

void ChapterListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // QListView tells assistive technology that the focus moved to the new
    // current item whether or not the list has the focus: following the
    // reader would then pull a screen reader away from the text. Unfocused,
    // the item is only marked (selected), which moves no focus.
    if (hasFocus())
        QListView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous);
}

}  // namespace hope::ui
