#include "core/TimelineLabelLayout.h"

#include <algorithm>
#include <numeric>

namespace hope::core {

TimelineLabelLayout::TimelineLabelLayout(qreal left, qreal right, int rows, qreal rowHeight,
                                         qreal gap, Leaders leaders)
    : m_left(left),
      m_right(std::max(left, right)),
      m_rows(rows),
      m_rowHeight(rowHeight),
      m_gap(gap),
      m_leaders(leaders)
{}

QList<TimelineLabelLayout::Placement> TimelineLabelLayout::place(const QList<Request> &requests,
                                                                 int first) const
{
    QList<Placement> out(requests.size());
    QList<int> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&requests, first](int a, int b) {
        if ((a == first) != (b == first))
            return a == first;
        return requests.at(a).anchorX < requests.at(b).anchorX;
    });

    // Each row keeps the spans already taken, so that a label placed out of
    // x order (the selected one) is respected by the rest.
    QList<QList<QPair<qreal, qreal>>> taken(m_rows);
    // Leader lines pass down through every row below their label's; there
    // they block a label like a span of no width.
    QList<QPair<int, qreal>> leaders;
    const auto blocked = [this, &taken, &leaders](int row) {
        QList<QPair<qreal, qreal>> spans = taken.at(row);
        if (m_leaders == Leaders::KeptClear) {
            for (const auto &[leaderRow, x] : std::as_const(leaders)) {
                if (leaderRow < row)
                    spans << qMakePair(x, x);
            }
        }
        return spans;
    };
    // Whether a label in this row could draw its leader line down to x
    // without crossing a label in a row below.
    const auto leaderClear = [this, &taken](int row, qreal x) {
        if (m_leaders == Leaders::Ignored)
            return true;
        for (int below = row + 1; below < m_rows; ++below) {
            for (const auto &[a, b] : taken.at(below)) {
                if (x > a - m_gap && x < b + m_gap)
                    return false;
            }
        }
        return true;
    };
    const auto isFree = [this, &blocked](int row, qreal l, qreal r) {
        for (const auto &[a, b] : blocked(row)) {
            if (l < b + m_gap && r + m_gap > a)
                return false;
        }
        return true;
    };
    // The widest span free around anchor x in a row, within the strip.
    const auto freeSpan = [this, &blocked](int row, qreal x) {
        qreal l = m_left;
        qreal r = m_right;
        for (const auto &[a, b] : blocked(row)) {
            if (b + m_gap <= x)
                l = std::max(l, b + m_gap);
            else if (a - m_gap >= x)
                r = std::min(r, a - m_gap);
            else
                return QPair<qreal, qreal>(x, x);
        }
        return QPair<qreal, qreal>(l, r);
    };
    const auto take = [&taken, &leaders, &out](int i, int row, QRectF rect, bool shortened,
                                               qreal anchorX) {
        out[i] = {row, rect, shortened};
        taken[row] << qMakePair(rect.left(), rect.right());
        leaders << qMakePair(row, anchorX);
    };

    for (const int i : std::as_const(order)) {
        const Request &q = requests.at(i);
        const qreal stripWidth = m_right - m_left;
        const qreal width = std::min(q.width, stripWidth);
        bool placed = false;
        // Whole, centred on the marker if possible, else slid along the row
        // as far as the marker stays under the label.
        for (int row = 0; row < m_rows && !placed; ++row) {
            const qreal centred = std::clamp(q.anchorX - width / 2, m_left, m_right - width);
            const auto [l, r] = freeSpan(row, q.anchorX);
            if (r - l < width)
                continue;
            const qreal x = std::clamp(centred, l, r - width);
            if (x <= q.anchorX && x + width >= q.anchorX && isFree(row, x, x + width) &&
                leaderClear(row, q.anchorX)) {
                take(i, row, QRectF(x, row * m_rowHeight, width, m_rowHeight), width < q.width,
                     q.anchorX);
                placed = true;
            }
        }
        if (placed)
            continue;
        // Shortened, in the row with the most room around the marker.
        int bestRow = -1;
        QPair<qreal, qreal> best(0, 0);
        for (int row = 0; row < m_rows; ++row) {
            const auto span = freeSpan(row, q.anchorX);
            if (!leaderClear(row, q.anchorX))
                continue;
            if (span.second - span.first > best.second - best.first) {
                best = span;
                bestRow = row;
            }
        }
        const qreal room = best.second - best.first;
        if (bestRow < 0 || room < q.minWidth)
            continue;
        const qreal w = std::min(width, room);
        const qreal x = std::clamp(q.anchorX - w / 2, best.first, best.second - w);
        take(i, bestRow, QRectF(x, bestRow * m_rowHeight, w, m_rowHeight), true, q.anchorX);
    }
    return out;
}

}  // namespace hope::core
