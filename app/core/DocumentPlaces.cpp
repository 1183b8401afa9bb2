#include "core/DocumentPlaces.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace hope::core {

DocumentPlaces::DocumentPlaces(const QTextDocument *document, DocumentAnchors anchors,
                               const QSet<QString> &sectionIds)
    : m_document(document), m_anchors(std::move(anchors)), m_sectionIds(sectionIds)
{
    m_index.reserve(m_anchors.blocks.size());
    for (int i = 0; i < m_anchors.blocks.size(); ++i)
        m_index.insert(m_anchors.blocks.at(i).first, i);
    m_partner.reserve(m_anchors.pairs.size() * 2);
    for (const auto &[chinese, english] : std::as_const(m_anchors.pairs)) {
        m_partner.insert(chinese, english);
        m_partner.insert(english, chinese);
        m_english.insert(english);
    }
}

QList<int> DocumentPlaces::blocksOf(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return {};
    const int block = m_anchors.blocks.at(*it).second;
    const int other = partner(block);
    return other >= 0 ? QList<int>{block, other} : QList<int>{block};
}

int DocumentPlaces::blockOf(const QString &id, Language language,
                            const QList<Language> &shown) const
{
    const QList<int> blocks = blocksOf(id);
    const qsizetype at = shown.indexOf(language);
    if (blocks.isEmpty() || at < 0 || at >= blocks.size())
        return -1;
    return blocks.at(at);
}

QRectF DocumentPlaces::blockRect(int blockNumber) const
{
    if (!m_document)
        return {};
    const QTextBlock block = m_document->findBlockByNumber(blockNumber);
    return block.isValid() ? m_document->documentLayout()->blockBoundingRect(block) : QRectF();
}

QRectF DocumentPlaces::rectAt(qsizetype index) const
{
    const auto &[id, block] = m_anchors.blocks.at(index);
    QRectF r = blockRect(block);
    const int other = partner(block);
    if (other >= 0)
        r = r.united(blockRect(other));
    if (id == ReadingPosition::startId())
        r.setTop(0.0);
    return r;
}

QRectF DocumentPlaces::rectOf(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? QRectF() : rectAt(*it);
}

qreal DocumentPlaces::sectionTop(int index) const
{
    if (index < 0 || index >= m_anchors.sectionBlocks.size())
        return 0.0;
    // The lead starts with the title, at the very top.
    return index == 0 ? 0.0 : blockRect(m_anchors.sectionBlocks.at(index)).top();
}

QStringList DocumentPlaces::visibleIds(qreal top, qreal bottom) const
{
    // Places are in reading order, so their rectangles go down the page:
    // find the first one that reaches into view, then walk to the last.
    const qsizetype count = m_anchors.blocks.size();
    qsizetype first = 0;
    qsizetype last = count;
    while (first < last) {
        const qsizetype mid = (first + last) / 2;
        if (rectAt(mid).bottom() <= top)
            first = mid + 1;
        else
            last = mid;
    }
    QStringList ids;
    for (qsizetype i = first; i < count; ++i) {
        if (rectAt(i).top() >= bottom)
            break;
        const QString &id = m_anchors.blocks.at(i).first;
        if (id.startsWith(u'_') || m_sectionIds.contains(id))
            continue;
        ids << id;
    }
    return ids;
}

ReadingPosition DocumentPlaces::positionAt(qreal y) const
{
    ReadingPosition position = ReadingPosition::start();
    const qsizetype count = m_anchors.blocks.size();
    if (count == 0)
        return position;
    // The last place that starts at or above the top of the view.
    qsizetype first = 1;
    qsizetype last = count;
    while (first < last) {
        const qsizetype mid = (first + last) / 2;
        if (rectAt(mid).top() <= y + 0.5)
            first = mid + 1;
        else
            last = mid;
    }
    const qsizetype at = first - 1;
    const QRectF r = rectAt(at);
    position.blockId = m_anchors.blocks.at(at).first;
    position.fraction = r.height() > 0 ? std::clamp((y - r.top()) / r.height(), 0.0, 1.0) : 0;
    return position;
}

std::optional<qreal> DocumentPlaces::yOf(const ReadingPosition &position) const
{
    const auto it = m_index.constFind(position.blockId);
    if (it == m_index.cend())
        return std::nullopt;
    if (position.blockId == ReadingPosition::startId())
        return 0.0;
    const QRectF r = rectAt(*it);
    return r.top() + position.fraction * r.height();
}

}  // namespace hope::core
