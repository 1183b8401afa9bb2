#include "core/PinyinAnnotator.h"

#include "core/PinyinConverter.h"
#include "core/PinyinOrthography.h"
#include "core/Zhuyin.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace hope::core {

void PinyinAnnotator::setConverter(std::shared_ptr<const PinyinConverter> converter)
{
    m_converter = std::move(converter);
    m_words.clear();
    m_written.clear();
}

bool PinyinAnnotator::hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

void PinyinAnnotator::makeRoom(QTextDocument *document) const
{
    const qreal room = QFontMetricsF(m_font).height();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (!hasHan(b.text()))
            continue;
        QTextBlockFormat format = b.blockFormat();
        // The first line's reading goes in the margin above the block; each
        // later line's in the space the taller line leaves below the one
        // before it.
        format.setTopMargin(format.topMargin() + room);
        format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(b.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

const QList<PinyinWord> &PinyinAnnotator::words(const QTextBlock &block)
{
    auto it = m_words.find(block.blockNumber());
    if (it == m_words.end()) {
        QList<PinyinWord> found;
        const QString text = m_sourceText ? m_sourceText(block) : block.text();
        if (m_converter && hasHan(text))
            found = m_converter->convert(text);
        it = m_words.insert(block.blockNumber(), found);
    }
    return *it;
}

void PinyinAnnotator::paint(QPainter *painter, const QTextDocument *document, qreal top,
                            qreal bottom)
{
    if (!m_converter)
        return;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const QFontMetricsF metrics(m_font);
    painter->save();
    painter->setFont(m_font);
    painter->setPen(m_colour);
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        if (rect.bottom() < top)
            continue;
        if (rect.top() > bottom)
            break;
        const QTextLayout *text = b.layout();
        if (!text)
            continue;
        for (const PinyinWord &word : written(b)) {
            if (!word.isHan())
                continue;
            // The characters of the word that share a line, drawn together.
            qsizetype from = 0;
            while (from < word.syllables.size() && from < word.length) {
                const QTextLine line = text->lineForTextPosition(int(word.start + from));
                if (!line.isValid())
                    break;
                qsizetype to = from + 1;
                while (to < word.length && to < word.syllables.size() &&
                       text->lineForTextPosition(int(word.start + to)).lineNumber() ==
                           line.lineNumber())
                    ++to;
                const qreal x1 = line.cursorToX(int(word.start + from));
                const qreal x2 = line.cursorToX(int(word.start + to));
                // A word on one line is written as the orthography spells
                // it (capitals, hyphens); the parts of a word that wraps,
                // and Zhuyin, syllable by syllable.
                const bool whole = from == 0 && to == word.syllables.size();
                QString reading = whole && m_ruby == Ruby::Pinyin
                                      ? word.marked
                                      : this->reading(word.syllables.mid(from, to - from));
                // A name's capital stays on its first part (Ālǐbā / bā).
                if (!whole && from == 0 && m_ruby == Ruby::Pinyin && !word.marked.isEmpty() &&
                    word.marked.front().isUpper())
                    reading[0] = reading.at(0).toUpper();
                const qreal width = metrics.horizontalAdvance(reading);
                const qreal centre = rect.left() + (x1 + x2) / 2.0;
                const qreal baseline = rect.top() + line.y() - metrics.descent() - 1.0;
                // A reading wider than its characters is narrowed to fit
                // their width and a little more, never spilling far.
                const qreal room = std::abs(x2 - x1) * 1.1;
                painter->save();
                painter->translate(centre, baseline);
                if (width > room && room > 0)
                    painter->scale(room / width, 1.0);
                painter->drawText(QPointF(-width / 2.0, 0.0), reading);
                painter->restore();
                from = to;
            }
        }
    }
    painter->restore();
}

QString PinyinAnnotator::reading(const QStringList &syllables) const
{
    return m_ruby == Ruby::Zhuyin ? Zhuyin::word(syllables)
                                  : PinyinConverter::toneMarked(syllables.join(u' '));
}

const QList<PinyinWord> &PinyinAnnotator::written(const QTextBlock &block)
{
    auto it = m_written.find(block.blockNumber());
    if (it == m_written.end())
        it = m_written.insert(block.blockNumber(), PinyinOrthography::apply(words(block)));
    return *it;
}

std::optional<PinyinWord> PinyinAnnotator::wordAt(const QTextDocument *document, int position)
{
    if (!m_converter)
        return std::nullopt;
    const QTextBlock block = document->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const qsizetype offset = position - block.position();
    for (const PinyinWord &word : words(block)) {
        if (word.isHan() && offset >= word.start && offset < word.start + word.length)
            return word;
    }
    return std::nullopt;
}

}  // namespace hope::core
