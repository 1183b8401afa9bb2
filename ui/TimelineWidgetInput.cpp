// TimelineWidget's input: zoom, tooltips, mouse, wheel and keys. The
// model wiring, layout and painting are in TimelineWidget.cpp.
#include "ui/TimelineWidget.h"

#include "core/ModelRoles.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>

namespace hope::ui {

using namespace core;

namespace {
constexpr qreal kZoomStep = 1.5;
}  // namespace

void TimelineWidget::zoomIn()
{
    const qreal x = m_selected >= 0 ? m_layout.marker(m_selected).centre.x() : width() / 2.0;
    m_scale.zoomAt(x, kZoomStep);
    relayout();
}

void TimelineWidget::zoomOut()
{
    const qreal x = m_selected >= 0 ? m_layout.marker(m_selected).centre.x() : width() / 2.0;
    m_scale.zoomAt(x, 1.0 / kZoomStep);
    relayout();
}

void TimelineWidget::resetZoom()
{
    m_scale.reset();
    relayout();
}

int TimelineWidget::eraAt(QPoint pos) const
{
    if (isStrip())
        return -1;
    for (int i = 0; i < m_eras.size(); ++i) {
        if (eraBar(i).contains(pos))
            return i;
    }
    return -1;
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (const QRect more = moreRect(); row < 0 && more.contains(help->pos()) && m_model) {
            // The milestones the count stands for, by name.
            QStringList names;
            for (const int r : std::as_const(m_unlabelled))
                names << m_model->index(r, 0).data(Qt::ToolTipRole).toString();
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(names.join(u'\n')), this,
                               more);
        } else if (row >= 0 && m_model) {
            const QModelIndex index = m_model->index(row, 0);
            // Bundle text: escaped, so a tooltip never guesses it is markup.
            QToolTip::showText(help->globalPos(),
                               Qt::convertFromPlainText(
                                   index.data(Qt::ToolTipRole).toString() + u'\n' +
                                   index.data(ModelRoles::MilestoneCategoryNameRole).toString()),
                               this, markerRect(row));
        } else if (const int era = eraAt(help->pos()); era >= 0) {
            // Its dates and how they were found, as the card does for a
            // milestone.
            const Era &e = m_eras.at(era);
            QString text = e.label.in(m_language) + u'\n' + e.start.toDisplayString(m_language) +
                           QStringLiteral(" – ") + e.end.toDisplayString(m_language);
            const QString basis =
                DateBasisKinds::describe(e.basis.kind, e.basis.note.in(m_language), e.basis.source);
            if (!basis.isEmpty())
                text += u'\n' + basis;
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), this,
                               eraBar(era).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        selectAndAnnounce(row);
        return;
    }
    m_dragging = true;
    m_dragLastX = event->position().x();
    setCursor(Qt::ClosedHandCursor);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_scale.panBy(m_dragLastX - event->position().x());
        m_dragLastX = event->position().x();
        relayout();
        return;
    }
    const int row = rowAt(event->position().toPoint());
    if (row != m_hovered) {
        m_hovered = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton) {
        selectAndAnnounce(row);
        emit milestoneActivated(selectedId());
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        m_scale.zoomAt(event->position().x(), std::pow(kZoomStep, delta.y() / 120.0));
        relayout();
        event->accept();
        return;
    }
    // Without Ctrl the wheel pans, but only when there is somewhere to go.
    const int d = delta.x() != 0 ? delta.x() : delta.y();
    const QDate before = m_scale.viewStart();
    m_scale.panBy(-d / 120.0 * width() / 8.0);
    if (m_scale.viewStart() == before) {
        event->ignore();
        return;
    }
    relayout();
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const int count = this->count();
    switch (event->key()) {
        case Qt::Key_Left:
            if (count)
                selectAndAnnounce(m_selected < 0 ? count - 1 : std::max(0, m_selected - 1));
            break;
        case Qt::Key_Right:
            if (count)
                selectAndAnnounce(m_selected < 0 ? 0 : std::min(count - 1, m_selected + 1));
            break;
        case Qt::Key_Home:
            if (count)
                selectAndAnnounce(0);
            break;
        case Qt::Key_End:
            if (count)
                selectAndAnnounce(count - 1);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_selected >= 0)
                emit milestoneActivated(selectedId());
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            break;
        case Qt::Key_Minus:
            zoomOut();
            break;
        case Qt::Key_0:
            resetZoom();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

}  // namespace hope::ui
