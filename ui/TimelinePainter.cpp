#include "ui/TimelinePainter.h"

#include "core/MilestoneCategory.h"
#include "core/ModelRoles.h"
#include "core/TimelineScale.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace hope::ui {

using namespace core;

TimelinePainter::TimelinePainter(QPainter *painter, const TimelineScene &scene)
    : m_p(painter), m_s(scene)
{}

void TimelinePainter::paint()
{
    m_p->setRenderHint(QPainter::Antialiasing);
    m_p->fillRect(m_s.rect, m_s.colours->paper);
    if (!m_s.strip)
        paintLegend();
    paintMore();
    m_p->save();
    m_p->setClipRect(
        QRectF(0, m_s.headerHeight, m_s.rect.width(), m_s.rect.height() - m_s.headerHeight));
    paintEras();
    paintAxis();
    paintLeaders();
    paintLabels();
    paintMarkers();
    m_p->restore();
    paintFocusRing();
}

QFont TimelinePainter::smallFont() const
{
    QFont small = m_s.font;
    small.setPixelSize(std::max(9, m_s.font.pixelSize() - 1));
    return small;
}

const TimelineLayout::Label *TimelinePainter::shownLabel(int row) const
{
    if (m_s.selection && row == m_s.selected)
        return m_s.selection->label.row >= 0 ? &m_s.selection->label : nullptr;
    if (m_s.selection && m_s.selection->hidden.contains(row))
        return nullptr;
    const TimelineLayout::Label &label = m_s.layout->label(row);
    return label.row >= 0 ? &label : nullptr;
}

bool TimelinePainter::markerOnStrip(int row) const
{
    const qreal x = m_s.layout->marker(row).centre.x();
    const qreal r = m_s.layout->geometry().markerRadius;
    return x >= -r && x <= m_s.rect.width() + r;
}

void TimelinePainter::paintLegend()
{
    // On two lines when one is not enough; each category's marker shape
    // and colour, as on the axis.
    const QFont small = smallFont();
    m_p->setFont(small);
    const QFontMetricsF metrics(small);
    const qreal lineHeight = m_s.headerHeight / 2.0;
    qreal x = m_s.sidePadding;
    qreal y = 0;
    QList<QPair<MilestoneCategory, QPointF>> legend;
    for (const MilestoneCategory c : MilestoneCategories::all()) {
        const qreal w = 12 + metrics.horizontalAdvance(MilestoneCategories::name(c));
        if (x + w > m_s.legendRight && x > m_s.sidePadding) {
            x = m_s.sidePadding;
            y += lineHeight;
        }
        legend << qMakePair(c, QPointF(x, y));
        x += w + 12;
    }
    // How an uncertain date is drawn: a bar under the marker spans the
    // month or year the article gives; an open marker stands at the latest
    // day something can have happened, when that is all that is known.
    const QString span = tr("bar: the month or year given");
    const QString open = tr("open: by then");
    QList<QPair<int, QPointF>> keys;
    for (const QString &text : {span, open}) {
        const qreal w = 18 + metrics.horizontalAdvance(text);
        if (x + w > m_s.legendRight && x > m_s.sidePadding) {
            x = m_s.sidePadding;
            y += lineHeight;
        }
        keys << qMakePair(int(keys.size()), QPointF(x, y));
        x += w + 12;
    }
    // All on one line: centre it in the header.
    const qreal yOffset = y == 0 ? lineHeight / 2 : 0;
    for (const auto &[key, at] : std::as_const(keys)) {
        const qreal cy = at.y() + yOffset + lineHeight / 2;
        if (key == 0) {
            QColor bar = m_s.colours->muted;
            m_p->fillRect(QRectF(at.x(), cy - 1.5, 14, 3), bar);
        } else {
            m_p->setPen(QPen(m_s.colours->muted, 1.5));
            m_p->setBrush(m_s.colours->paper);
            m_p->drawEllipse(QPointF(at.x() + 6, cy), 4, 4);
        }
        const QString &text = key == 0 ? span : open;
        m_p->setPen(m_s.colours->muted);
        m_p->drawText(QRectF(at.x() + 17, cy - lineHeight / 2, metrics.horizontalAdvance(text) + 2,
                             lineHeight),
                      Qt::AlignVCenter, text);
    }
    for (const auto &[c, at] : std::as_const(legend)) {
        const QString name = MilestoneCategories::name(c);
        const qreal cy = at.y() + yOffset + lineHeight / 2;
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(m_s.colours->category(c));
        m_p->drawPath(MilestoneCategories::markerPath(MilestoneCategories::shape(c),
                                                      QPointF(at.x() + 4, cy), 4.5));
        m_p->setPen(m_s.colours->muted);
        m_p->drawText(QRectF(at.x() + 11, cy - lineHeight / 2, metrics.horizontalAdvance(name) + 2,
                             lineHeight),
                      Qt::AlignVCenter, name);
    }
}

void TimelinePainter::paintEras()
{
    // Bands behind everything, each named on its own row below the axis.
    const TimelineLayout::Geometry &g = m_s.layout->geometry();
    const qreal right = m_s.scale->right();
    const QFont small = smallFont();
    m_p->setFont(small);
    for (int i = 0; i < m_s.eras->size() && i < m_s.eraBars.size(); ++i) {
        const Era &era = m_s.eras->at(i);
        const QRectF bar = m_s.eraBars.at(i);
        if (bar.isEmpty())
            continue;
        QColor band = i % 2 ? m_s.colours->eraB : m_s.colours->eraA;
        band.setAlpha(m_s.colours->eraTintAlpha);
        m_p->fillRect(
            QRectF(bar.left(), g.labelTop - 2, bar.width(), g.axisY + 24 - g.labelTop + 2), band);
        if (m_s.strip)
            continue;
        band.setAlpha(m_s.colours->eraBarAlpha);
        m_p->fillRect(bar, band);
        m_p->setPen(m_s.colours->ink);
        const bool runsOn = m_s.scale->dateToX(era.end.last()) > right + m_s.sidePadding;
        // An end the article does not state is marked as approximate; the
        // tooltip says how it was found.
        const bool endStated =
            era.basis.kind == DateBasisKind::Stated || era.basis.kind == DateBasisKind::Unspecified;
        QString text = era.label.in(m_s.language) + QStringLiteral(" · ") + era.start.toString() +
                       QStringLiteral("–") + (endStated ? QString() : QStringLiteral("≈")) +
                       era.end.toString() + (runsOn ? QStringLiteral(" →") : QString());
        text = QFontMetricsF(small).elidedText(text, Qt::ElideRight, bar.width() - 8);
        m_p->drawText(bar.adjusted(4, -2, -4, 2), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

void TimelinePainter::paintAxis()
{
    // Axis, month ticks, year ticks, and the labels the layout kept.
    const qreal axisY = m_s.layout->geometry().axisY;
    const qreal left = m_s.scale->left();
    const qreal right = m_s.scale->right();
    m_p->setPen(QPen(m_s.colours->axis, 1));
    m_p->drawLine(QPointF(left - m_s.sidePadding / 2.0, axisY),
                  QPointF(right + m_s.sidePadding / 2.0, axisY));
    const qreal days = std::max<qreal>(1, m_s.scale->viewStart().daysTo(m_s.scale->viewEnd()));
    if ((right - left) / (days / 30.4) >= 4) {
        const qreal tick = m_s.layout->showsMonthLabels() ? 5 : 3;
        for (const QDate &d : m_s.scale->monthTicks()) {
            const qreal mx = std::round(m_s.scale->dateToX(d)) + 0.5;
            m_p->drawLine(QPointF(mx, axisY), QPointF(mx, axisY + tick));
        }
    }
    m_p->setPen(QPen(m_s.colours->muted, 1));
    for (const QDate &d : m_s.scale->yearTicks()) {
        const qreal yx = std::round(m_s.scale->dateToX(d)) + 0.5;
        m_p->drawLine(QPointF(yx, axisY - 4), QPointF(yx, axisY + 6));
    }
    for (const TimelineLayout::AxisLabel &label : m_s.layout->axisLabels()) {
        m_p->setFont(label.year ? m_s.font : smallFont());
        m_p->setPen(label.year ? m_s.colours->ink : m_s.colours->muted);
        m_p->drawText(label.rect, Qt::AlignCenter, label.text);
    }
}

void TimelinePainter::paintLeaders()
{
    // Solid, thin lines: the dotted ones of a stack ran together.
    for (int row = 0; row < m_s.layout->size(); ++row) {
        const TimelineLayout::Label *label = shownLabel(row);
        if (!label || !markerOnStrip(row))
            continue;
        const bool selected = row == m_s.selected;
        m_p->setPen(QPen(selected ? m_s.colours->accent : m_s.colours->leader, selected ? 1.5 : 1));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawPolyline(label->leader);
    }
}

void TimelinePainter::paintLabels()
{
    QFont bold = m_s.font;
    bold.setBold(true);
    for (int row = 0; row < m_s.layout->size(); ++row) {
        const TimelineLayout::Label *label = shownLabel(row);
        if (!label || !markerOnStrip(row))
            continue;
        const bool selected = row == m_s.selected;
        const bool inView = m_s.model->index(row, 0).data(ModelRoles::MilestoneInViewRole).toBool();
        m_p->setFont(selected ? bold : m_s.font);
        m_p->setPen(selected
                        ? m_s.colours->accent
                        : (inView || row == m_s.hovered ? m_s.colours->ink : m_s.colours->muted));
        m_p->drawText(label->rect, Qt::AlignCenter, m_s.shownLabels.value(row));
    }
}

void TimelinePainter::paintMore()
{
    if (m_s.more.isEmpty())
        return;
    m_p->setFont(smallFont());
    m_p->setPen(m_s.colours->muted);
    m_p->drawText(m_s.more, Qt::AlignVCenter | Qt::AlignRight, m_s.moreText);
}

void TimelinePainter::paintMarkers()
{
    const qreal radius = m_s.layout->geometry().markerRadius;
    // Each marker's stem to its date on the axis, under the markers.
    m_p->setPen(QPen(m_s.colours->leader, 1));
    for (int row = 0; row < m_s.layout->size(); ++row) {
        if (markerOnStrip(row)) {
            const TimelineLayout::Marker &m = m_s.layout->marker(row);
            m_p->drawLine(m.centre + QPointF(0, radius), m.date);
        }
    }
    // A date known to the month or the year spans it on the axis: the
    // marker's place in the middle is not a day the article gives.
    const qreal axisY = m_s.layout->geometry().axisY;
    for (int row = 0; row < m_s.layout->size(); ++row) {
        const QModelIndex index = m_s.model->index(row, 0);
        const QDate first = index.data(ModelRoles::MilestoneFirstDayRole).toDate();
        const QDate last = index.data(ModelRoles::MilestoneLastDayRole).toDate();
        if (!first.isValid() || first >= last)
            continue;
        const qreal x0 = m_s.scale->dateToX(first);
        const qreal x1 = m_s.scale->dateToX(last.addDays(1));
        QColor colour = m_s.colours->category(
            MilestoneCategory(index.data(ModelRoles::MilestoneCategoryRole).toInt()));
        colour.setAlpha(170);
        m_p->fillRect(QRectF(x0, axisY - 1.5, std::max(2.0, x1 - x0), 3), colour);
        m_p->fillRect(QRectF(x0, axisY - 4, 1, 8), colour);
        m_p->fillRect(QRectF(std::max(x0 + 1, x1 - 1), axisY - 4, 1, 8), colour);
    }
    for (int row = 0; row < m_s.layout->size(); ++row) {
        if (!markerOnStrip(row))
            continue;
        const QModelIndex index = m_s.model->index(row, 0);
        const QPointF c = m_s.layout->marker(row).centre;
        const auto category =
            MilestoneCategory(index.data(ModelRoles::MilestoneCategoryRole).toInt());
        // Only a latest day is known: open, as on a chart an open end.
        const bool open = !index.data(ModelRoles::MilestoneFirstDayRole).toDate().isValid();
        const bool selected = row == m_s.selected;
        if (index.data(ModelRoles::MilestoneInViewRole).toBool()) {
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(m_s.colours->inViewHalo);
            m_p->drawEllipse(c, radius + 4, radius + 4);
        }
        const qreal r = selected || row == m_s.hovered ? radius + 1.5 : radius;
        if (open) {
            m_p->setPen(QPen(m_s.colours->category(category), 2));
            m_p->setBrush(m_s.colours->paper);
        } else {
            m_p->setPen(QPen(m_s.colours->paper, 1.5));
            m_p->setBrush(m_s.colours->category(category));
        }
        m_p->drawPath(MilestoneCategories::markerPath(MilestoneCategories::shape(category), c, r));
        if (selected) {
            m_p->setBrush(Qt::NoBrush);
            m_p->setPen(QPen(m_s.colours->accent, 2));
            m_p->drawEllipse(c, r + 3.5, r + 3.5);
        }
    }
}

void TimelinePainter::paintFocusRing()
{
    // Around the selected marker, or the whole strip.
    if (!m_s.focused)
        return;
    m_p->setPen(QPen(m_s.focusColour, 2, Qt::DashLine));
    m_p->setBrush(Qt::NoBrush);
    if (!m_s.focusRing.isEmpty()) {
        m_p->drawRoundedRect(m_s.focusRing, 5, 5);
    } else {
        m_p->drawRect(QRectF(m_s.rect).adjusted(1, 1, -1, -1));
    }
}

}  // namespace hope::ui
