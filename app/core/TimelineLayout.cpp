#include "core/TimelineLayout.h"

#include "core/TimelineScale.h"

#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hope::core {

TimelineLayout::TimelineLayout(const QList<Entry> &entries, const TimelineScale &scale, qreal width,
                               const QFontMetricsF &axisMetrics, Language language,
                               const Geometry &geometry)
    : m_geometry(geometry), m_width(width)
{
    placeMarkers(entries, scale);
    placeLabels(entries, scale);
    placeAxisLabels(scale, axisMetrics, language);
}

TimelineLayout::Entry TimelineLayout::measure(QDate date, const QString &text,
                                              const QFontMetricsF &bold)
{
    return {date, std::ceil(bold.horizontalAdvance(text)) + 2,
            std::ceil(bold.horizontalAdvance(text.left(2) + QStringLiteral("…"))) + 2};
}

QString TimelineLayout::monthName(int month, Language language)
{
    const QLocale locale = language == Language::Chinese
                               ? QLocale(QLocale::Chinese, QLocale::China)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.monthName(month, QLocale::ShortFormat);
}

void TimelineLayout::placeMarkers(const QList<Entry> &entries, const TimelineScale &scale)
{
    // Markers nearer than the gap are spread out as a block, centred on
    // their dates on average; blocks that then touch are merged, until
    // none do (pooling adjacent violators, in one pass from the left).
    const qreal gap = m_geometry.markerGap;
    struct Block
    {
        int first;
        int count;
        qreal sum;  // of each member's date x less its offset in the block
        [[nodiscard]] qreal left() const { return sum / count; }
    };
    QList<qreal> xs;
    QList<Block> blocks;
    for (int i = 0; i < entries.size(); ++i) {
        const qreal x = scale.dateToX(entries.at(i).date);
        xs << x;
        blocks << Block{i, 1, x};
        while (blocks.size() > 1) {
            const Block &b = blocks.at(blocks.size() - 1);
            const Block &a = blocks.at(blocks.size() - 2);
            if (a.left() + a.count * gap <= b.left())
                break;
            // b's members stand a.count places further along in the merged block.
            Block merged{a.first, a.count + b.count, a.sum + b.sum - b.count * a.count * gap};
            blocks.removeLast();
            blocks.last() = merged;
        }
    }
    m_markers = QList<Marker>(entries.size());
    for (const Block &block : std::as_const(blocks)) {
        for (int k = 0; k < block.count; ++k) {
            const int i = block.first + k;
            m_markers[i] =
                Marker{QPointF(block.left() + k * gap, m_geometry.axisY - m_geometry.markerLift),
                       QPointF(xs.at(i), m_geometry.axisY)};
        }
    }
}

void TimelineLayout::placeLabels(const QList<Entry> &entries, const TimelineScale &scale)
{
    m_labels = QList<Label>(entries.size());
    m_widths.clear();
    QList<int> shown;
    QList<TimelineLabelLayout::Request> requests;
    for (int i = 0; i < entries.size(); ++i) {
        const qreal x = m_markers.at(i).centre.x();
        // Labels of markers outside the view are not laid out.
        const bool inView = x >= scale.left() - 1 && x <= scale.right() + 1;
        m_widths << (inView ? entries.at(i).width : -1);
        if (!inView)
            continue;
        shown << i;
        requests << TimelineLabelLayout::Request{anchor(i), entries.at(i).width,
                                                 entries.at(i).minWidth};
    }
    const TimelineLabelLayout layout(0, m_width, m_geometry.labelRows, m_geometry.rowHeight,
                                     m_geometry.labelGap, TimelineLabelLayout::Leaders::KeptClear);
    const QList<TimelineLabelLayout::Placement> placements = layout.place(requests);
    for (int k = 0; k < shown.size(); ++k) {
        const TimelineLabelLayout::Placement &p = placements.at(k);
        if (p.row < 0)
            continue;
        Label &label = m_labels[shown.at(k)];
        label.row = p.row;
        label.rect = p.rect.translated(0, m_geometry.labelTop);
        label.shortened = p.shortened;
        label.leader = leaderFor(shown.at(k), label.rect);
    }
}

qreal TimelineLayout::anchor(int row) const
{
    return std::clamp(m_markers.at(row).centre.x(), 1.0, std::max(1.0, m_width - 1));
}

QPolygonF TimelineLayout::leaderFor(int row, const QRectF &labelRect) const
{
    // Straight down to the top of its marker: the markers stand apart, so
    // no line needs to turn, and none runs along the axis.
    const qreal x = anchor(row);
    const QPointF c = m_markers.at(row).centre;
    const qreal r = m_geometry.markerRadius + 1;
    const qreal dx = std::clamp(x - c.x(), -r, r);
    return QPolygonF(
        {QPointF(x, labelRect.bottom()), QPointF(x, c.y() - std::sqrt(r * r - dx * dx))});
}

void TimelineLayout::placeAxisLabels(const TimelineScale &scale, const QFontMetricsF &metrics,
                                     Language language)
{
    m_axisLabels.clear();
    const qreal top = m_geometry.axisY + 6;
    const auto labelAt = [&](QDate d, const QString &text, bool year) {
        const qreal x = std::round(scale.dateToX(d)) + 0.5;
        const qreal w = metrics.horizontalAdvance(text);
        return AxisLabel{d, text, QRectF(x - w / 2 - 1, top, w + 2, m_geometry.axisLabelHeight),
                         year};
    };
    const auto fits = [this](const QRectF &r, qreal gap) {
        if (r.left() < 0 || r.right() > m_width)
            return false;
        for (const AxisLabel &other : std::as_const(m_axisLabels)) {
            if (r.left() < other.rect.right() + gap && r.right() + gap > other.rect.left())
                return false;
        }
        return true;
    };
    for (const QDate &d : scale.yearTicks()) {
        const AxisLabel label = labelAt(d, QString::number(d.year()), true);
        if (fits(label.rect, 6))
            m_axisLabels << label;
    }
    // Months are named once each has room for the widest name.
    qreal widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, metrics.horizontalAdvance(monthName(month, language)));
    const qreal days = std::max<qreal>(1, scale.viewStart().daysTo(scale.viewEnd()));
    const qreal monthPx = (scale.right() - scale.left()) / (days / 30.44);
    m_monthLabels = monthPx >= widest + 12;
    if (!m_monthLabels)
        return;
    for (const QDate &d : scale.monthTicks()) {
        const AxisLabel label = labelAt(d, monthName(d.month(), language), false);
        if (fits(label.rect, 6))
            m_axisLabels << label;
    }
}

TimelineLayout::Selection TimelineLayout::selection(int row) const
{
    if (row < 0 || row >= m_labels.size() || m_widths.at(row) < 0)
        return {};
    if (m_labels.at(row).row >= 0)
        return {m_labels.at(row), {}};
    const qreal gap = m_geometry.labelGap;
    const qreal w = std::min(m_widths.at(row), m_width);
    const qreal anchorX = anchor(row);
    const qreal x = std::clamp(anchorX - w / 2, 0.0, std::max(0.0, m_width - w));
    // The row where it hides the fewest others: those it covers, those
    // whose leader lines it covers, those that cover its own leader line.
    Selection best;
    for (int r = 0; r < m_geometry.labelRows; ++r) {
        QList<int> hidden;
        for (int j = 0; j < m_labels.size(); ++j) {
            const Label &other = m_labels.at(j);
            if (other.row < 0 || j == row)
                continue;
            const bool covers = other.rect.left() < x + w + gap && other.rect.right() + gap > x;
            const bool coversLeader =
                other.rect.left() - gap < anchorX && other.rect.right() + gap > anchorX;
            const qreal otherLeader = anchor(j);
            if ((other.row == r && covers) || (other.row > r && coversLeader) ||
                (other.row < r && otherLeader > x - gap && otherLeader < x + w + gap))
                hidden << j;
        }
        if (best.label.row < 0 || hidden.size() < best.hidden.size()) {
            const QRectF rect(x, m_geometry.labelTop + r * m_geometry.rowHeight, w,
                              m_geometry.rowHeight);
            best = {Label{r, rect, w < m_widths.at(row), leaderFor(row, rect)}, hidden};
        }
    }
    return best;
}

}  // namespace hope::core
