#include "ui/TranscriptView.h"

#include "core/ReaderPalette.h"
#include "core/TranscriptModel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace hope::ui {

using namespace core;

TranscriptView::TranscriptView(TranscriptModel *model, QWidget *parent)
    : FittedListView(kMaxShownRows, parent), m_cues(model)
{
    setObjectName(QStringLiteral("transcript"));
    setModel(m_cues);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    // Reached with Tab like the chapters; a click seeks and leaves the
    // keys with the panel.
    setFocusPolicy(Qt::TabFocus);
    setColours(ReaderPalette::light());
    const auto activate = [this](const QModelIndex &index) {
        emit cueActivated(index.row());
    };
    connect(this, &QListView::clicked, this, activate);
    connect(this, &QListView::activated, this, activate);
}

void TranscriptView::setColours(const ReaderPalette &colours)
{
    setStyleSheet(QStringLiteral("QListView { border: 2px solid transparent; border-radius: 3px; }"
                                 "QListView:focus { border-color: %1; }")
                      .arg(colours.focusRing.name()));
}

void TranscriptView::setCurrentCue(int row)
{
    m_cues->setCurrentCue(row);
    if (row < 0 || row >= m_cues->rowCount())
        return;
    // Following the clip must not take the line a keyboard user is on.
    if (!hasFocus())
        setCurrentIndex(m_cues->index(row, 0));
    scrollTo(m_cues->index(row, 0), QAbstractItemView::EnsureVisible);
}

bool TranscriptView::copyCue(int row) const
{
    const QString text = m_cues->citation(row);
    if (text.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(text);
    return true;
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyCue(currentIndex().row());
        event->accept();
        return;
    }
    // The list's own keys move in it and choose; the rest (R, Space, the
    // frame keys) are the clip's, not a search for a line's first letter.
    switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Menu:
            QListView::keyPressEvent(event);
            return;
        default:
            event->ignore();
    }
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    QMenu menu(this);
    menu.addAction(tr("Play From Here"), this, [this, row] { emit cueActivated(row); });
    menu.addAction(tr("Repeat This Line"), this, [this, row] { emit repeatRequested(row); });
    menu.addSeparator();
    menu.addAction(tr("Copy With Time"), this, [this, row] { copyCue(row); });
    menu.exec(event->globalPos());
}

void TranscriptView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // As in the chapter list: following the clip moves no screen reader's
    // focus unless the list has it.
    if (hasFocus())
        QListView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous);
}

}  // namespace hope::ui
