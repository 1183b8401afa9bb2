#include "ui/ChapterListView.h"

#include "core/ReaderPalette.h"

#include "core/ChapterModel.h"
#include "core/ModelRoles.h"

#include <QEvent>
#include <QResizeEvent>

namespace hope::ui {

using namespace core;

ChapterListView::ChapterListView(ChapterModel *model, QWidget *parent)
    : QListView(parent), m_chapters(model)
{
    setObjectName(QStringLiteral("chapterList"));
    setModel(m_chapters);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    // Reached with Tab, with a ring to show it; a click plays the chapter
    // and leaves the keys with the panel.
    setFocusPolicy(Qt::TabFocus);
    setColours(core::ReaderPalette::light());
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A narrow panel wraps a long title onto a second line, never cuts it.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    connect(m_chapters, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
    connect(m_chapters, &QAbstractItemModel::layoutChanged, this, [this] { updateGeometry(); });
    connect(m_chapters, &QAbstractItemModel::rowsInserted, this, [this] { updateGeometry(); });
    connect(m_chapters, &QAbstractItemModel::rowsRemoved, this, [this] { updateGeometry(); });
    // The current chapter is set in bold, which can change a row's height.
    connect(m_chapters, &QAbstractItemModel::dataChanged, this, [this] { updateGeometry(); });
    const auto activate = [this](const QModelIndex &index) {
        emit chapterActivated(index.data(ModelRoles::ChapterIdRole).toString());
    };
    connect(this, &QListView::clicked, this, activate);
    connect(this, &QListView::activated, this, activate);
}

int ChapterListView::contentHeight() const
{
    int height = 0;
    for (int row = 0; row < m_chapters->rowCount(); ++row) height += sizeHintForRow(row);
    // At least a row's room, so an empty list still shows as a list.
    return std::max(height, fontMetrics().height() * 2) + 2 * frameWidth() + 4;
}

QSize ChapterListView::sizeHint() const
{
    return {QListView::sizeHint().width(), contentHeight()};
}

QSize ChapterListView::minimumSizeHint() const
{
    return {QListView::minimumSizeHint().width(), contentHeight()};
}

void ChapterListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Wrapped titles take more or fewer lines at the new width.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

void ChapterListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QListView::changeEvent(event);
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
