#include "ui/SectionSidebar.h"

#include "core/ModelRoles.h"
#include "core/ReaderPalette.h"
#include "core/ReadingSession.h"
#include "ui/FocusVisible.h"
#include "ui/SectionDelegate.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QTextDocument>
#include <QToolTip>

namespace hope::ui {

SectionSidebar::SectionSidebar(QWidget *parent)
    : QListView(parent),
      m_delegate(new SectionDelegate(this)),
      m_focusVisible(new FocusVisible(this))
{
    setItemDelegate(m_delegate);
    setObjectName(QStringLiteral("sectionSidebar"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    // Narrow, an entry wraps (its delegate sets the lines); a new width
    // lays the entries out again.
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(1);
    setFrameShape(QFrame::NoFrame);
    setColours(core::ReaderPalette::light());

    connect(this, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { emit sectionRequested(sectionId(index)); });
}

QSize SectionSidebar::sizeHint() const
{
    int height = 0;
    for (int row = 0; model() && row < model()->rowCount(); ++row)
        height += sizeHintForRow(row) + 2 * spacing();
    // The list's padding (its style sheet's) and frame.
    return {QListView::sizeHint().width(), height + 2 * frameWidth() + 8 + 4};
}

QSize SectionSidebar::minimumSizeHint() const
{
    // A few entries at least; more scroll.
    return {QListView::minimumSizeHint().width(),
            std::min(sizeHint().height(), 4 * fontMetrics().height() * 2)};
}

void SectionSidebar::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Entries wrap onto more or fewer lines at a new width.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

QString SectionSidebar::sectionId(const QModelIndex &index)
{
    return index.data(core::ModelRoles::SectionIdRole).toString();
}

void SectionSidebar::setColours(const core::ReaderPalette &colours)
{
    // The entry being read stays marked in the same colour whether or not
    // the list has focus; the focus itself shows as a frame.
    setStyleSheet(QStringLiteral("QListView { background: %1; padding: 4px; }"
                                 "QListView::item { padding: 6px 8px; border-radius: 3px;"
                                 " color: %2; }"
                                 "QListView::item:hover { background: %3; }"
                                 "QListView::item:selected { background: %4; color: %5; }"
                                 "QListView[focusVisible=\"true\"]:focus { border: 2px solid %4; }")
                      .arg(colours.panel.name(), colours.ink.name(), colours.panelHover.name(),
                           colours.accent.name(), colours.onAccent.name()));
    m_delegate->setColours(colours.ink, colours.onAccent, colours.muted, colours.onAccent);
}

void SectionSidebar::follow(const core::ReadingSession *session)
{
    connect(session, &core::ReadingSession::currentSectionChanged, this,
            &SectionSidebar::setCurrentSection);
    // A new article starts at its first section without a change to say.
    connect(session, &core::ReadingSession::articleChanged, this,
            [this, session] { setCurrentSection(session->currentSection()); });
}

void SectionSidebar::setCurrentSection(const QString &sectionId)
{
    if (!model() || sectionId.isEmpty())
        return;
    const QModelIndexList found = model()->match(
        model()->index(0, 0), core::ModelRoles::SectionIdRole, sectionId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    const QModelIndex index = found.first();
    if (currentIndex() != index)
        setCurrentIndex(index);
    scrollTo(index);
}

void SectionSidebar::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid()) {
        emit enterPressed();
        emit sectionRequested(sectionId(currentIndex()));
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

bool SectionSidebar::viewportEvent(QEvent *event)
{
    // The item view would hand the heading to QToolTip as it is, and
    // QToolTip guesses rich text: a bundle's heading is shown as text.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), viewport(),
                               visualRect(index));
        return true;
    }
    return QListView::viewportEvent(event);
}

void SectionSidebar::currentChanged(const QModelIndex &current, const QModelIndex &previous)
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
