#include "core/LinkSpans.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace hope::core::LinkSpans {

QList<LinkSpan> scan(const QTextDocument &document)
{
    QList<LinkSpan> spans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            if (!spans.isEmpty() && spans.back().end == start &&
                spans.back().href == format.anchorHref())
                spans.back().end = end;
            else
                spans.append({start, end, format.anchorHref()});
        }
    }
    return spans;
}

int indexAt(const QList<LinkSpan> &spans, int position)
{
    const auto it = std::upper_bound(spans.cbegin(), spans.cend(), position,
                                     [](int p, const LinkSpan &s) { return p < s.start; });
    if (it == spans.cbegin())
        return -1;
    const qsizetype i = (it - spans.cbegin()) - 1;
    return position < spans.at(i).end ? int(i) : -1;
}

}  // namespace hope::core::LinkSpans
