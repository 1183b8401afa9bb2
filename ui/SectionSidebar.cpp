#include "SectionSidebar.h"

#include <QKeyEvent>

SectionSidebar::SectionSidebar(QWidget *parent) : QListView(parent)
{
    setObjectName(QStringLiteral("sectionSidebar"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(1);
    setFrameShape(QFrame::NoFrame);
    // The entry being read stays visibly marked while the article has focus.
    QPalette p = palette();
    for (const auto role : {QPalette::Highlight, QPalette::HighlightedText})
        p.setColor(QPalette::Inactive, role, p.color(QPalette::Active, role));
    setPalette(p);

    connect(this, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { emit sectionRequested(index.row()); });
}

void SectionSidebar::setCurrentSection(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    if (currentIndex() != index)
        setCurrentIndex(index);
    scrollTo(index);
}

void SectionSidebar::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()) {
        emit sectionRequested(currentIndex().row());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}
