#include "ui/TimelineWidget.h"

#include "core/MilestoneCategory.h"
#include "core/ModelRoles.h"
#include "ui/EmbeddedFonts.h"
#include "ui/TimelineAccessible.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>

#include <cmath>

namespace hope::ui {

using namespace core;

namespace {
constexpr int kHeaderHeight = 28;
constexpr int kLabelTop = 32;
constexpr int kLabelRows = 4;
constexpr int kRowHeight = 18;
constexpr int kAxisY = kLabelTop + kLabelRows * kRowHeight + 36;
constexpr int kMarkerRadius = 6;
constexpr int kStackStep = 13;
constexpr int kSidePadding = 28;
constexpr int kEraRowHeight = 16;
constexpr qreal kLabelGap = 8;
constexpr qreal kZoomStep = 1.5;

const QColor kPaper(0xfb, 0xf8, 0xf1);
const QColor kInk(0x2a, 0x27, 0x23);
const QColor kMuted(0x7a, 0x72, 0x68);
const QColor kRule(0xcf, 0xc5, 0xb4);
const QColor kAccent(0xb2, 0x45, 0x2c);
const QColor kInViewHalo(0xf2, 0xd4, 0x8a);

QAccessibleInterface *timelineAccessibleFactory(const QString &className, QObject *object)
{
    if (className == u"hope::ui::TimelineWidget" && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineWidget *>(object));
    return nullptr;
}
}  // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent),
      m_zoomIn(new QToolButton(this)),
      m_zoomOut(new QToolButton(this)),
      m_zoomReset(new QToolButton(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(timelineAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);

    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setFont(EmbeddedFonts::sans(12));
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_zoomReset}) {
        b->setAutoRaise(true);
        // The timeline itself takes the keys (+, -, 0); Tab should not
        // stop on each button.
        b->setFocusPolicy(Qt::NoFocus);
        b->setFont(EmbeddedFonts::sans(13));
    }
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("−"));
    connect(m_zoomIn, &QToolButton::clicked, this, &TimelineWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &TimelineWidget::zoomOut);
    connect(m_zoomReset, &QToolButton::clicked, this, &TimelineWidget::resetZoom);
    retranslateUi();
}

void TimelineWidget::retranslateUi()
{
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel, +)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel, −)"));
    m_zoomReset->setText(tr("Fit"));
    m_zoomReset->setToolTip(tr("Show the whole timeline again (0)"));
    setAccessibleName(tr("Timeline of Alibaba's Olympic milestones"));
    setAccessibleDescription(
        tr("Left and Right choose a milestone, Enter opens it in the article, + and − zoom."));
}

QSize TimelineWidget::sizeHint() const
{
    return {900, minimumSizeHint().height()};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {360, kAxisY + 26 + int(m_eras.size()) * kEraRowHeight + 6};
}

void TimelineWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_selected = -1;
            reloadItems();
            setupScale();
            relayout();
        });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            reloadItems();
            relayout();
        });
    }
    m_selected = -1;
    reloadItems();
    setupScale();
    relayout();
}

void TimelineWidget::setEras(const QList<Era> &eras, Language language)
{
    m_eras = eras;
    m_language = language;
    setupScale();
    relayout();
    updateGeometry();
}

QString TimelineWidget::selectedId() const
{
    return m_selected >= 0 && m_selected < m_items.size() ? m_items.at(m_selected).id : QString();
}

void TimelineWidget::reloadItems()
{
    m_items.clear();
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        Item item;
        item.id = index.data(ModelRoles::MilestoneIdRole).toString();
        item.date = index.data(ModelRoles::MilestoneDateRole).toDate();
        item.label = index.data(ModelRoles::MilestoneLabelRole).toString();
        item.colour = index.data(ModelRoles::MilestoneColourRole).value<QColor>();
        item.inView = index.data(ModelRoles::MilestoneInViewRole).toBool();
        m_items << item;
    }
}

void TimelineWidget::setupScale()
{
    QDate first;
    QDate last;
    for (const Item &item : std::as_const(m_items)) {
        first = first.isValid() ? std::min(first, item.date) : item.date;
        last = last.isValid() ? std::max(last, item.date) : item.date;
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    QDate fullFirst = first;
    QDate fullLast = last;
    for (const Era &era : std::as_const(m_eras)) {
        fullFirst = std::min(fullFirst, era.start.first());
        fullLast = std::max(fullLast, era.end.last());
    }
    // The default view frames the milestones; eras that run on (the
    // partnership, to 2028) are reached by zooming out or panning.
    m_scale = TimelineScale(QDate(fullFirst.year(), 1, 1).addMonths(-6),
                            QDate(fullLast.year(), 12, 31).addMonths(6), first.addMonths(-5),
                            last.addMonths(5));
    m_scale.setPixelRange(kSidePadding, width() - kSidePadding);
}

void TimelineWidget::relayout()
{
    m_scale.setPixelRange(kSidePadding, std::max(kSidePadding + 1, width() - kSidePadding));
    // Markers that would overlap stand in a little column.
    for (int i = 0; i < m_items.size(); ++i) {
        m_items[i].stack = 0;
        for (int j = i - 1; j >= 0; --j) {
            const qreal dx =
                std::abs(m_scale.dateToX(m_items.at(i).date) - m_scale.dateToX(m_items.at(j).date));
            if (dx < 2 * kMarkerRadius + 2) {
                m_items[i].stack = std::max(m_items.at(i).stack, m_items.at(j).stack + 1);
            }
        }
    }
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    QList<TimelineLabelLayout::Request> requests;
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        const QFontMetricsF &metrics = i == m_selected ? fmBold : fm;
        requests << TimelineLabelLayout::Request{
            m_scale.dateToX(item.date), std::ceil(metrics.horizontalAdvance(item.label)) + 2,
            std::ceil(metrics.horizontalAdvance(item.label.left(2) + QStringLiteral("…"))) + 2};
    }
    // Labels of markers outside the view are not laid out.
    const TimelineLabelLayout layout(0, width(), kLabelRows, kRowHeight, kLabelGap);
    QList<int> shown;
    QList<TimelineLabelLayout::Request> visible;
    int first = -1;
    for (int i = 0; i < requests.size(); ++i) {
        const qreal x = requests.at(i).anchorX;
        m_items[i].placement = {};
        m_items[i].shownLabel.clear();
        if (x < m_scale.left() - 1 || x > m_scale.right() + 1)
            continue;
        if (i == m_selected)
            first = int(visible.size());
        shown << i;
        visible << requests.at(i);
    }
    const QList<TimelineLabelLayout::Placement> placements = layout.place(visible, first);
    for (int k = 0; k < shown.size(); ++k) {
        Item &item = m_items[shown.at(k)];
        item.placement = placements.at(k);
        if (item.placement.row < 0)
            continue;
        item.placement.rect.translate(0, kLabelTop);
        const QFontMetricsF &metrics = shown.at(k) == m_selected ? fmBold : fm;
        item.shownLabel =
            item.placement.shortened
                ? metrics.elidedText(item.label, Qt::ElideRight, item.placement.rect.width() - 2)
                : item.label;
    }
    const bool zoomed = m_scale.zoom() > 1.001 || m_scale.zoom() < 0.999;
    m_zoomReset->setEnabled(zoomed);
    m_zoomIn->setEnabled(m_scale.zoom() < TimelineScale::kMaxZoom - 0.001);
    update();
}

QPointF TimelineWidget::markerCentre(int row) const
{
    const Item &item = m_items.at(row);
    return {m_scale.dateToX(item.date), qreal(kAxisY - item.stack * kStackStep)};
}

QRect TimelineWidget::markerRect(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const QPointF c = markerCentre(row);
    const int r = kMarkerRadius + 2;
    return QRect(qRound(c.x()) - r, qRound(c.y()) - r, 2 * r + 1, 2 * r + 1);
}

QRectF TimelineWidget::labelRect(int row) const
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).placement.row < 0)
        return {};
    return m_items.at(row).placement.rect;
}

QString TimelineWidget::labelText(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).shownLabel : QString();
}

int TimelineWidget::rowAt(const QPoint &pos) const
{
    // Markers first, then labels, the one drawn on top first.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (markerRect(row).contains(pos) && markerRect(row).left() >= 0)
            return row;
    }
    for (int row = 0; row < m_items.size(); ++row) {
        if (labelRect(row).contains(pos))
            return row;
    }
    return -1;
}

void TimelineWidget::setSelectedRow(int row)
{
    if (row < -1 || row >= m_items.size())
        row = -1;
    if (row >= 0)
        m_scale.ensureVisible(m_items.at(row).date, 40);
    if (row == m_selected) {
        relayout();
        return;
    }
    m_selected = row;
    relayout();
    notifyAccessibility(row);
}

void TimelineWidget::selectAndAnnounce(int row)
{
    const int before = m_selected;
    setSelectedRow(row);
    if (m_selected != before)
        emit selectionChanged(selectedId());
}

void TimelineWidget::notifyAccessibility(int row)
{
    if (row < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(row);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(row);
        QAccessible::updateAccessibility(&focus);
    }
}

void TimelineWidget::zoomIn()
{
    const qreal x = m_selected >= 0 ? markerCentre(m_selected).x() : width() / 2.0;
    m_scale.zoomAt(x, kZoomStep);
    relayout();
}

void TimelineWidget::zoomOut()
{
    const qreal x = m_selected >= 0 ? markerCentre(m_selected).x() : width() / 2.0;
    m_scale.zoomAt(x, 1.0 / kZoomStep);
    relayout();
}

void TimelineWidget::resetZoom()
{
    m_scale.reset();
    relayout();
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = kHeaderHeight - 4;
    int x = width() - 6;
    for (QToolButton *b : {m_zoomReset, m_zoomOut, m_zoomIn}) {
        const int w = std::max(h, b->sizeHint().width());
        x -= w;
        b->setGeometry(x, 2, w, h);
        x -= 2;
    }
    relayout();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && m_model) {
            const QModelIndex index = m_model->index(row, 0);
            // Bundle text: escaped, so a tooltip never guesses it is markup.
            QToolTip::showText(help->globalPos(),
                               Qt::convertFromPlainText(
                                   index.data(Qt::ToolTipRole).toString() + u'\n' +
                                   index.data(ModelRoles::MilestoneCategoryNameRole).toString()),
                               this, markerRect(row));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    notifyAccessibility(m_selected);
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
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
        emit milestoneActivated(m_items.at(row).id);
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
    const int count = int(m_items.size());
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

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kPaper);
    const qreal left = m_scale.left();
    const qreal right = m_scale.right();
    const QFontMetricsF fm(font());
    QFont small = font();
    small.setPixelSize(std::max(9, font().pixelSize() - 1));

    // Legend, on two lines when one is not enough.
    p.setFont(small);
    const QFontMetricsF smallMetrics(small);
    const qreal legendRight = m_zoomIn->x() - 12;
    const qreal lineHeight = kHeaderHeight / 2.0;
    qreal x = kSidePadding;
    qreal y = 0;
    QList<QPair<MilestoneCategory, QPointF>> legend;
    for (const MilestoneCategory c : MilestoneCategories::all()) {
        const qreal w = 12 + smallMetrics.horizontalAdvance(MilestoneCategories::name(c));
        if (x + w > legendRight && x > kSidePadding) {
            x = kSidePadding;
            y += lineHeight;
        }
        legend << qMakePair(c, QPointF(x, y));
        x += w + 12;
    }
    // All on one line: centre it in the header.
    const qreal yOffset = y == 0 ? lineHeight / 2 : 0;
    for (const auto &[c, at] : std::as_const(legend)) {
        const QString name = MilestoneCategories::name(c);
        const qreal cy = at.y() + yOffset + lineHeight / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(MilestoneCategories::colour(c));
        p.drawEllipse(QPointF(at.x() + 4, cy), 3.5, 3.5);
        p.setPen(kMuted);
        p.drawText(QRectF(at.x() + 11, cy - lineHeight / 2,
                          smallMetrics.horizontalAdvance(name) + 2, lineHeight),
                   Qt::AlignVCenter, name);
    }

    p.save();
    p.setClipRect(QRectF(0, kHeaderHeight, width(), height() - kHeaderHeight));

    // Era bands behind everything, each named on its own row below the axis.
    const int eraTop = kAxisY + 24;
    for (int i = 0; i < m_eras.size(); ++i) {
        const Era &era = m_eras.at(i);
        const qreal x0 = std::max(left - kSidePadding, m_scale.dateToX(era.start.first()));
        const qreal x1 = std::min(right + kSidePadding, m_scale.dateToX(era.end.last().addDays(1)));
        if (x1 <= x0)
            continue;
        QColor band = i % 2 ? QColor(0x1f, 0x5f, 0xa8) : kAccent;
        band.setAlpha(18);
        p.fillRect(QRectF(x0, kLabelTop - 2, x1 - x0, eraTop - kLabelTop + 2), band);
        band.setAlpha(60);
        const QRectF bar(x0, eraTop + i * kEraRowHeight + 2, x1 - x0, kEraRowHeight - 4);
        p.fillRect(bar, band);
        p.setPen(kInk);
        p.setFont(small);
        const bool runsOn = m_scale.dateToX(era.end.last()) > right + kSidePadding;
        QString text = era.label.in(m_language) + QStringLiteral(" · ") + era.start.toString() +
                       QStringLiteral("–") + era.end.toString() +
                       (runsOn ? QStringLiteral(" →") : QString());
        text = QFontMetricsF(small).elidedText(text, Qt::ElideRight, bar.width() - 8);
        p.drawText(bar.adjusted(4, -2, -4, 2), Qt::AlignVCenter | Qt::AlignLeft, text);
    }

    // Axis, year labels and month ticks.
    p.setPen(QPen(kRule, 1));
    p.drawLine(QPointF(left - kSidePadding / 2.0, kAxisY),
               QPointF(right + kSidePadding / 2.0, kAxisY));
    const QList<QDate> months = m_scale.monthTicks();
    const qreal monthPx =
        (right - left) / std::max<qreal>(1, m_scale.viewStart().daysTo(m_scale.viewEnd()) / 30.4);
    if (monthPx >= 4) {
        for (const QDate &d : months) {
            const qreal mx = std::round(m_scale.dateToX(d)) + 0.5;
            p.drawLine(QPointF(mx, kAxisY), QPointF(mx, kAxisY + 3));
        }
    }
    p.setFont(font());
    qreal lastYearRight = -1e9;
    for (const QDate &d : m_scale.yearTicks()) {
        const qreal yx = std::round(m_scale.dateToX(d)) + 0.5;
        p.setPen(QPen(kMuted, 1));
        p.drawLine(QPointF(yx, kAxisY - 4), QPointF(yx, kAxisY + 6));
        const QString year = QString::number(d.year());
        const qreal w = fm.horizontalAdvance(year);
        if (yx - w / 2 < lastYearRight + 6 || yx - w / 2 < 0 || yx + w / 2 > width())
            continue;
        p.setPen(kMuted);
        p.drawText(QRectF(yx - w / 2 - 1, kAxisY + 6, w + 2, 16), Qt::AlignCenter, year);
        lastYearRight = yx + w / 2;
    }

    // Leader lines, markers, labels.
    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < m_items.size(); ++row) {
        const Item &item = m_items.at(row);
        const QPointF c = markerCentre(row);
        if (c.x() < -kMarkerRadius || c.x() > width() + kMarkerRadius)
            continue;
        const bool selected = row == m_selected;
        if (item.placement.row >= 0) {
            const QRectF lr = item.placement.rect;
            p.setPen(QPen(selected ? kAccent : kRule, 1, Qt::DotLine));
            p.drawLine(QPointF(c.x(), lr.bottom()), QPointF(c.x(), c.y() - kMarkerRadius - 1));
            p.setFont(selected ? bold : font());
            p.setPen(selected ? kAccent : (item.inView || row == m_hovered ? kInk : kMuted));
            p.drawText(lr, Qt::AlignCenter, item.shownLabel);
        }
        if (item.inView) {
            p.setPen(Qt::NoPen);
            p.setBrush(kInViewHalo);
            p.drawEllipse(c, kMarkerRadius + 4, kMarkerRadius + 4);
        }
        const qreal r = selected || row == m_hovered ? kMarkerRadius + 1.5 : kMarkerRadius;
        p.setPen(QPen(kPaper, 1.5));
        p.setBrush(item.colour);
        p.drawEllipse(c, r, r);
        if (selected) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(kAccent, 2));
            p.drawEllipse(c, r + 3.5, r + 3.5);
        }
    }
    p.restore();

    // The focus ring: around the selected marker, or the whole strip.
    if (hasFocus()) {
        QPen focusPen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        p.setPen(focusPen);
        p.setBrush(Qt::NoBrush);
        if (m_selected >= 0)
            p.drawRoundedRect(QRectF(markerRect(m_selected)).adjusted(-5, -5, 5, 5), 5, 5);
        else
            p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

}  // namespace hope::ui
