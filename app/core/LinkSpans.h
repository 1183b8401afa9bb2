#pragma once

#include <QList>
#include <QString>

class QTextDocument;

namespace hope::core {

// A link in a typeset document: the characters it covers (a run of words,
// or the one object character of an image that is a link) and its target.
struct LinkSpan
{
    int start = 0;
    int end = 0;
    QString href;

    friend bool operator==(const LinkSpan &a, const LinkSpan &b)
    {
        return a.start == b.start && a.end == b.end && a.href == b.href;
    }
};

namespace LinkSpans {
// Every link of the document in reading order: fragments next to each
// other with one target are one link, whatever their formats.
[[nodiscard]] QList<LinkSpan> scan(const QTextDocument &document);
// The link that covers a position, as an index into spans, or -1.
[[nodiscard]] int indexAt(const QList<LinkSpan> &spans, int position);
}  // namespace LinkSpans

}  // namespace hope::core
