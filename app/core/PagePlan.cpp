#include "core/PagePlan.h"

#include <algorithm>

namespace hope::core {

namespace {

using Cut = PagePlan::Cut;
using Piece = PagePlan::Piece;

// The furthest cut after `from` that ends by `limit`, or nullptr. Cuts are
// in the order of the text, so their ends only grow: a binary search, as a
// long article has tens of thousands of them and a page is cut thousands of
// times.
const Cut *furthest(const QList<Cut> &cuts, qreal from, qreal limit)
{
    const auto after = std::upper_bound(cuts.cbegin(), cuts.cend(), limit,
                                        [](qreal y, const Cut &c) { return y < c.end; });
    if (after == cuts.cbegin())
        return nullptr;
    const Cut *best = &*(after - 1);
    return best->end > from ? best : nullptr;
}

class Pages
{
public:
    Pages(qreal width, qreal height) : m_width(width), m_height(height) {}

    [[nodiscard]] qreal room() const { return m_height - m_used; }
    [[nodiscard]] bool isEmpty() const { return m_page.slices.isEmpty(); }

    // The whole width of the strip from `from` to `to`, next on the page.
    void flow(qreal from, qreal to)
    {
        add(QRectF(0, from, m_width, to - from), m_used);
        m_used += to - from;
    }
    void add(const QRectF &source, qreal destTop)
    {
        if (source.height() > 0)
            m_page.slices << PagePlan::Slice{source, destTop};
    }
    void next()
    {
        m_pages << m_page;
        m_page = {};
        m_used = 0;
    }
    [[nodiscard]] QList<PagePlan::Page> take()
    {
        if (!m_page.slices.isEmpty())
            next();
        return m_pages;
    }

    // The flow from `at` down to a pair too tall for what is left of the
    // page, then the pair column by column, each continued at the top of
    // the next page until all of it is set. False, with nothing set, when a
    // column cannot be cut on this page at all (unless forced to).
    bool split(qreal at, const Piece &pair, bool force)
    {
        QList<qreal> from(pair.columns.size(), pair.top);
        const qreal flowTop = m_used;
        qreal destTop = m_used + (pair.top - at);
        for (bool first = true;; first = false) {
            const qreal room = m_height - destTop;
            QList<QPair<QRectF, qreal>> slices;
            QList<qreal> resume = from;
            qreal tallest = 0;
            bool done = true;
            for (qsizetype k = 0; k < pair.columns.size(); ++k) {
                const PagePlan::Column &column = pair.columns.at(k);
                if (from.at(k) >= pair.bottom)
                    continue;
                const qreal width = column.right - column.left;
                const qreal limit = from.at(k) + room;
                if (pair.bottom <= limit) {
                    slices << qMakePair(
                        QRectF(column.left, from.at(k), width, pair.bottom - from.at(k)), destTop);
                    tallest = std::max(tallest, pair.bottom - from.at(k));
                    resume[k] = pair.bottom;
                    continue;
                }
                done = false;
                Cut cut{limit, limit};
                if (const Cut *best = furthest(column.cuts, from.at(k), limit))
                    cut = *best;
                else if (first && !force)
                    return false;
                slices << qMakePair(QRectF(column.left, from.at(k), width, cut.end - from.at(k)),
                                    destTop);
                resume[k] = cut.resume;
            }
            if (first)
                add(QRectF(0, at, m_width, pair.top - at), flowTop);
            for (const auto &[source, top] : std::as_const(slices)) add(source, top);
            from = resume;
            if (done) {
                m_used = destTop + tallest;
                return true;
            }
            next();
            destTop = 0;
        }
    }

private:
    qreal m_width;
    qreal m_height;
    qreal m_used = 0;
    PagePlan::Page m_page;
    QList<PagePlan::Page> m_pages;
};

}  // namespace

qreal PagePlan::Page::sourceTop() const
{
    qreal top = slices.isEmpty() ? 0 : slices.first().source.top();
    for (const Slice &s : slices) top = std::min(top, s.source.top());
    return top;
}

QList<PagePlan::Cut> PagePlan::linesCuts(const QList<QPair<qreal, qreal>> &lines, int least)
{
    QList<Cut> cuts;
    least = std::max(1, least);
    for (qsizetype k = least; k + least <= lines.size(); ++k)
        cuts << Cut{lines.at(k - 1).second, lines.at(k).first};
    return cuts;
}

QList<PagePlan::Page> PagePlan::paginate(const QList<Piece> &pieces, qreal width, qreal pageHeight)
{
    if (pieces.isEmpty() || pageHeight <= 0 || width <= 0)
        return {};
    // Where the flow may be cut: inside a piece set across the width, and
    // between pieces unless the first keeps with the next.
    QList<Cut> flow;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces.at(i);
        if (p.columns.isEmpty())
            flow << p.cuts;
        if (i + 1 < pieces.size() && !p.keepWithNext)
            flow << Cut{p.bottom, pieces.at(i + 1).top};
    }
    const qreal end = pieces.last().bottom;
    Pages pages(width, pageHeight);
    qreal at = pieces.first().top;
    while (at < end) {
        const qreal limit = at + pages.room();
        if (end <= limit) {
            pages.flow(at, end);
            break;
        }
        const Cut *best = furthest(flow, at, limit);
        // The piece the page's foot falls in, if any (pieces are in order).
        auto foot = std::upper_bound(pieces.cbegin(), pieces.cend(), limit,
                                     [](qreal y, const Piece &p) { return y < p.bottom; });
        if (foot != pieces.cend() && !(foot->top < limit))
            foot = pieces.cend();
        if (foot != pieces.cend() && !foot->columns.isEmpty()) {
            // A pair that fits a page goes whole to the next, with what
            // keeps with it; one that does not is split where it stands.
            const bool fitsAPage = foot->bottom - foot->top <= pageHeight;
            if (!(fitsAPage && best)) {
                if (pages.split(at, *foot, pages.isEmpty() && at >= foot->top)) {
                    at = foot->bottom;
                    continue;
                }
                // Not even its first lines fit here: it starts a page.
                if (!best) {
                    pages.flow(at, foot->top);
                    pages.next();
                    at = foot->top;
                    continue;
                }
            }
        }
        if (best) {
            pages.flow(at, best->end);
            pages.next();
            at = best->resume;
            continue;
        }
        if (!pages.isEmpty()) {
            // Room for nothing more here: the rest starts a page.
            pages.next();
            continue;
        }
        // Nothing may be cut on a whole page (a picture taller than the
        // page): it is cut where the page ends.
        pages.flow(at, limit);
        pages.next();
        at = limit;
    }
    return pages.take();
}

}  // namespace hope::core
