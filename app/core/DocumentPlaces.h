#pragma once

#include "core/ArticleDocumentBuilder.h"
#include "core/ReadingPosition.h"

#include <QHash>
#include <QRectF>
#include <QSet>

class QTextDocument;

namespace hope::core {

// The places of a typeset article, looked up in its laid-out document:
// by id in O(1), by height with a binary search over the reading order.
// In a bilingual layout a place is a pair of blocks (the Chinese and its
// English, one after the other or side by side), and its rectangle spans
// both, so the reader's place is the same whichever layout shows it.
class DocumentPlaces final
{
public:
    DocumentPlaces() = default;
    DocumentPlaces(const QTextDocument *document, DocumentAnchors anchors,
                   const QSet<QString> &sectionIds);

    [[nodiscard]] const DocumentAnchors &anchors() const { return m_anchors; }
    [[nodiscard]] bool isEmpty() const { return m_index.isEmpty(); }
    [[nodiscard]] bool contains(const QString &id) const { return m_index.contains(id); }
    // The other block of a pair, or -1.
    [[nodiscard]] int partner(int blockNumber) const { return m_partner.value(blockNumber, -1); }
    // Whether a block is the English of a pair (the Chinese comes first).
    [[nodiscard]] bool isEnglishOfPair(int blockNumber) const
    {
        return m_english.contains(blockNumber);
    }
    // The block and its partner, if it has one.
    [[nodiscard]] QList<int> blocksOf(const QString &id) const;
    // The block of a place's text in a language, or -1 when the layout
    // does not show it. shown: the layout's languages, in order.
    [[nodiscard]] int blockOf(const QString &id, Language language,
                              const QList<Language> &shown) const;

    [[nodiscard]] QRectF blockRect(int blockNumber) const;
    // The rectangle of a place: both blocks of a pair; from the very top
    // for the title.
    [[nodiscard]] QRectF rectOf(const QString &id) const;
    [[nodiscard]] qreal sectionTop(int index) const;
    // Paragraphs and figures reaching into [top, bottom).
    [[nodiscard]] QStringList visibleIds(qreal top, qreal bottom) const;
    // The place at the top of the view scrolled to y, and back.
    [[nodiscard]] ReadingPosition positionAt(qreal y) const;
    [[nodiscard]] std::optional<qreal> yOf(const ReadingPosition &position) const;

private:
    [[nodiscard]] QRectF rectAt(qsizetype index) const;

    const QTextDocument *m_document = nullptr;
    DocumentAnchors m_anchors;
    QSet<QString> m_sectionIds;
    QHash<QString, int> m_index;  // id -> index in m_anchors.blocks
    QHash<int, int> m_partner;    // block number -> its pair's other block
    QSet<int> m_english;
};

}  // namespace hope::core
