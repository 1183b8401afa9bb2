#include "ui/FittedListView.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>

namespace hope::ui {

FittedListView::FittedListView(int maxRows, QWidget *parent) : QListView(parent), m_maxRows(maxRows)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
}

void FittedListView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (!model)
        return;
    // A bold current row, a new language or clip: the rows' heights change.
    // Queued, so the view has taken the change in first.
    const auto later = [this] {
        QTimer::singleShot(0, this, &FittedListView::fit);
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    fit();
}

void FittedListView::fit()
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    const bool all = m_maxRows <= 0 || rows <= m_maxRows;
    // Every row shown needs no scroll bar (one would narrow the rows, wrap
    // them further and need itself).
    setVerticalScrollBarPolicy(all ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    doItemsLayout();
    int height = 0;
    if (rows > 0) {
        const int last = all ? rows - 1 : m_maxRows - 1;
        const QRect first = visualRect(model()->index(0, 0, rootIndex()));
        const QRect end = visualRect(model()->index(last, 0, rootIndex()));
        height = end.bottom() - first.top() + 1;
    }
    // At least two lines' room, so an empty list still shows as a list.
    height = std::max(height, fontMetrics().height() * 2) + 2 * frameWidth() + 4;
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
}

QSize FittedListView::sizeHint() const
{
    return {QListView::sizeHint().width(), m_height};
}

QSize FittedListView::minimumSizeHint() const
{
    return {QListView::minimumSizeHint().width(), m_height};
}

void FittedListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Rows wrap onto more or fewer lines at the new width.
    if (event->size().width() != event->oldSize().width())
        fit();
}

void FittedListView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fit();
}

}  // namespace hope::ui
