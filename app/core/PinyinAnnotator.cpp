#include "core/PinyinAnnotator.h"

#include "core/PinyinConverter.h"
#include "core/PinyinOrthography.h"
#include "core/ToneMarks.h"
#include "core/ToneSandhi.h"
#include "core/Zhuyin.h"

#include <QAbstractTextDocumentLayout>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QTextTableCell>

#include <algorithm>
#include <cmath>

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

namespace {

// The syllables of a word as the orthography writes it: "Guójì Àowěihuì"
// gives Guó jì Ào wěi huì, each with the case it has in the word.
QStringList casedSyllables(const PinyinWord &word)
{
    QStringList out;
    qsizetype at = 0;
    for (const QString &numbered : word.syllables) {
        QString s = ToneMarks::syllable(numbered);
        while (at < word.marked.size() && !word.marked.at(at).isLetter()) ++at;
        if (!s.isEmpty() && at < word.marked.size() &&
            word.marked.mid(at, s.size()).compare(s, Qt::CaseInsensitive) == 0) {
            if (word.marked.at(at).isUpper())
                s[0] = s.at(0).toUpper();
            at += s.size();
        }
        out << s;
    }
    return out;
}

// Zhuyin is set as Taiwan's books set it: the symbols of a syllable in a
// column to the right of its character, the tone mark beside the column,
// the neutral tone's dot above it.
struct ZhuyinColumn
{
    QStringList symbols;
    QString tone;  // ˊ ˇ ˋ, or empty
    bool neutral = false;
};

ZhuyinColumn zhuyinColumn(const QString &reading)
{
    ZhuyinColumn c;
    for (const QChar ch : reading) {
        if (ch == u'\u02D9')
            c.neutral = true;
        else if (ch == u'\u02CA' || ch == u'\u02C7' || ch == u'\u02CB')
            c.tone = ch;
        else if (!ch.isSpace())
            c.symbols << QString(ch);
    }
    return c;
}

// The column's size in a font: symbols a square apart, the tone mark's
// width beside them, half a square over them for the dot.
QSizeF zhuyinSize(const ZhuyinColumn &c, const QFontMetricsF &metrics, qreal step)
{
    qreal width = 0;
    for (const QString &symbol : c.symbols)
        width = std::max(width, metrics.horizontalAdvance(symbol));
    const qreal tone = metrics.horizontalAdvance(QChar(0x02CA)) * 0.6;
    return {width + tone, step * (c.symbols.size() + 0.5)};
}

// Each character's glyph width in its own font, before any spacing.
QList<qreal> glyphAdvances(const QTextBlock &block)
{
    QList<qreal> advances(block.text().size(), 0.0);
    const QFont base = block.document() ? block.document()->defaultFont() : QFont();
    for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
        const QTextFragment fragment = f.fragment();
        const QFontMetricsF metrics(fragment.charFormat().font().resolve(base));
        const QString text = fragment.text();
        const int from = fragment.position() - block.position();
        // An invisible character takes no room, whatever its font says.
        for (int i = 0; i < text.size() && from + i < advances.size(); ++i)
            advances[from + i] = text.at(i).category() == QChar::Other_Format
                                     ? 0.0
                                     : metrics.horizontalAdvance(text.at(i));
    }
    return advances;
}

}  // namespace

QList<PinyinAnnotator::Cell> PinyinAnnotator::cells(const QTextBlock &block)
{
    auto it = m_cells.find(block.blockNumber());
    if (it != m_cells.end())
        return *it;
    const QList<qreal> advances = glyphAdvances(block);
    QList<Cell> out;
    for (const PinyinWord &word : written(block)) {
        // One syllable a code unit: words with characters outside the BMP
        // are left unannotated rather than misplaced.
        if (!word.isHan() || word.syllables.size() != word.length)
            continue;
        const QStringList cased = casedSyllables(word);
        for (qsizetype k = 0; k < word.syllables.size(); ++k) {
            const int position = int(word.start + k);
            const QString reading =
                m_ruby == Ruby::Zhuyin ? this->reading({word.syllables.at(k)}) : cased.at(k);
            const QString &numbered = word.syllables.at(k);
            const int tone = numbered.isEmpty() ? 5 : numbered.back().digitValue();
            out.append({position, advances.value(position), reading, tone});
        }
    }
    return *m_cells.insert(block.blockNumber(), out);
}

QFont PinyinAnnotator::rubyFont(const QTextBlock &block) const
{
    QFont font = m_font;
    const qreal set = m_font.pixelSize() > 0 ? m_font.pixelSize() : QFontInfo(m_font).pixelSize();
    // The Han size: a CJK font's ideographs are as wide as its em.
    qreal han = 0.0;
    const QFont base = block.document() ? block.document()->defaultFont() : QFont();
    for (QTextBlock::iterator f = block.begin(); !f.atEnd(); ++f) {
        const QTextFragment fragment = f.fragment();
        if (hasHan(fragment.text()))
            han = std::max(han, QFontMetricsF(fragment.charFormat().font().resolve(base))
                                    .horizontalAdvance(QChar(0x4e2d)));
    }
    const int wanted = int(std::ceil(han * kRubyScale - 0.01));
    if (wanted > set)
        font.setPixelSize(wanted);
    return font;
}

void PinyinAnnotator::makeRoom(QTextDocument *document)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (!hasHan(b.text()))
            continue;
        const QFontMetricsF metrics(rubyFont(b));
        const qreal room = metrics.height();
        // Syllables of one word a little apart, of two words a space apart.
        const qreal space = metrics.horizontalAdvance(u' ');
        QTextBlockFormat format = b.blockFormat();
        // The first line's reading goes in the margin above the block; each
        // later line's in the space the taller line leaves below the one
        // before it.
        format.setTopMargin(format.topMargin() + room);
        format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(b.position());
        cursor.setBlockFormat(format);
        // Qt lays the first block of a frame or a table cell out at its top,
        // whatever its margin: there the room is the frame's or the cell's.
        QTextFrame *frame = cursor.currentFrame();
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableCell cell = table->cellAt(b.position());
            if (cell.isValid() && cell.firstPosition() == b.position()) {
                QTextTableCellFormat padded = cell.format().toTableCellFormat();
                padded.setTopPadding(padded.topPadding() + room);
                cell.setFormat(padded);
            }
        } else if (frame && frame->firstPosition() == b.position()) {
            QTextFrameFormat framed = frame->frameFormat();
            framed.setTopMargin(framed.topMargin() + room);
            frame->setFrameFormat(framed);
            if (frame == document->rootFrame())
                m_rootRoom = room;
        }

        const QList<Cell> cells = this->cells(b);
        if (m_ruby == Ruby::Zhuyin) {
            // Room after each character for its column, and a little more.
            for (const Cell &c : cells) {
                const qreal width =
                    zhuyinSize(zhuyinColumn(c.reading), metrics, zhuyinStep(metrics)).width();
                QTextCharFormat spaced;
                spaced.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                spaced.setFontLetterSpacing(std::ceil(width + space));
                cursor.setPosition(b.position() + c.position);
                cursor.setPosition(b.position() + c.position + 1, QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(spaced);
            }
            continue;
        }
        // Spacing after a character so that its syllable and the next one's,
        // each centred over its glyph, keep apart.
        const QList<qreal> advances = glyphAdvances(b);
        const QList<PinyinWord> &words = written(b);
        qsizetype word = 0;
        for (qsizetype i = 0; i + 1 < cells.size(); ++i) {
            const Cell &a = cells.at(i);
            const Cell &next = cells.at(i + 1);
            while (word < words.size() &&
                   words.at(word).start + words.at(word).length <= a.position)
                ++word;
            const bool sameWord =
                word < words.size() && next.position < words.at(word).start + words.at(word).length;
            const qreal gap = sameWord ? space * 0.8 : space * 1.5;
            // What stands between the two glyphs' centres: half of each, and
            // whatever is between them (nothing, a word joiner, " / ").
            qreal distance = (a.advance + next.advance) / 2.0;
            for (int p = a.position + 1; p < next.position && p < advances.size(); ++p)
                distance += advances.at(p);
            const qreal needed =
                (metrics.horizontalAdvance(a.reading) + metrics.horizontalAdvance(next.reading)) /
                    2.0 +
                gap - distance;
            if (needed <= 0.0)
                continue;
            // The room goes just before the next character: after the
            // first, or after what stands between them, but never on an
            // invisible character (Qt spaces nothing after a word joiner).
            int last = next.position - 1;
            while (last > a.position && b.text().at(last).category() == QChar::Other_Format) --last;
            const int at = b.position() + last;
            QTextCharFormat spaced;
            spaced.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            spaced.setFontLetterSpacing(std::ceil(needed * 2.0) / 2.0);
            cursor.setPosition(at);
            cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(spaced);
        }
    }
    cursor.endEditBlock();
}

QList<PinyinAnnotator::Placed> PinyinAnnotator::placed(const QTextBlock &block)
{
    QList<Placed> out;
    const QTextLayout *text = block.layout();
    const QTextDocument *document = block.document();
    if (!m_converter || !text || !document || !hasHan(block.text()))
        return out;
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    const QFont font = rubyFont(block);
    const QFontMetricsF metrics(font);
    for (const Cell &cell : cells(block)) {
        const QTextLine line = text->lineForTextPosition(cell.position);
        if (!line.isValid())
            continue;
        const QColor colour = hasToneColours() && cell.tone >= 1 && cell.tone <= 4
                                  ? m_toneColours.at(cell.tone - 1)
                                  : m_colour;
        if (m_ruby == Ruby::Zhuyin) {
            // Beside the glyph, its middle at the middle of the glyph's line.
            const QSizeF size =
                zhuyinSize(zhuyinColumn(cell.reading), metrics, zhuyinStep(metrics));
            const qreal left = rect.left() + line.cursorToX(cell.position) + cell.advance + 1.0;
            const qreal middle = rect.top() + line.y() + (line.ascent() + line.descent()) / 2.0;
            out.append({block.position() + cell.position,
                        QRectF(QPointF(left, middle - size.height() / 2.0), size), cell.reading,
                        colour, font});
            continue;
        }
        // Centred over the glyph (not over the glyph and the room after it).
        const qreal centre = rect.left() + line.cursorToX(cell.position) + cell.advance / 2.0;
        const qreal baseline = rect.top() + line.y() - metrics.descent() - 1.0;
        const qreal width = metrics.horizontalAdvance(cell.reading);
        out.append(
            {block.position() + cell.position,
             QRectF(centre - width / 2.0, baseline - metrics.ascent(), width, metrics.height()),
             cell.reading, colour, font});
    }
    return out;
}

void PinyinAnnotator::paint(QPainter *painter, const QTextDocument *document, qreal top,
                            qreal bottom)
{
    if (!m_converter)
        return;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    painter->save();
    painter->setPen(m_colour);
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        if (rect.bottom() < top)
            continue;
        if (rect.top() > bottom)
            break;
        const QList<Placed> readings = placed(b);
        if (readings.isEmpty())
            continue;
        painter->setFont(readings.front().font);
        const QFontMetricsF metrics(readings.front().font);
        for (const Placed &p : readings) {
            painter->setPen(p.colour);
            if (m_ruby == Ruby::Pinyin) {
                painter->drawText(QPointF(p.rect.left(), p.rect.top() + metrics.ascent()),
                                  p.reading);
                continue;
            }
            const ZhuyinColumn column = zhuyinColumn(p.reading);
            const qreal step = zhuyinStep(metrics);
            const qreal tone = metrics.horizontalAdvance(QChar(0x02CA)) * 0.6;
            const qreal width = p.rect.width() - tone;
            const qreal top = p.rect.top() + step * 0.5;
            if (column.neutral)
                painter->drawText(QRectF(p.rect.left(), p.rect.top(), width, step * 0.5),
                                  Qt::AlignCenter, QStringLiteral("\u02D9"));
            for (qsizetype k = 0; k < column.symbols.size(); ++k)
                painter->drawText(QRectF(p.rect.left(), top + k * step, width, step),
                                  Qt::AlignCenter, column.symbols.at(k));
            if (!column.tone.isEmpty())
                painter->drawText(
                    QRectF(p.rect.left() + width, top, tone * 2.0, step * column.symbols.size()),
                    Qt::AlignLeft | Qt::AlignVCenter, column.tone);
        }
    }
    painter->restore();
}

qreal PinyinAnnotator::zhuyinStep(const QFontMetricsF &metrics)
{
    // A symbol's square: a little under the font's line, so three fit the
    // height of a line of text.
    return metrics.height() * 0.8;
}

QString PinyinAnnotator::reading(const QStringList &syllables) const
{
    return m_ruby == Ruby::Zhuyin ? Zhuyin::word(syllables)
                                  : PinyinConverter::toneMarked(syllables.join(u' '));
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

const QList<PinyinWord> &PinyinAnnotator::written(const QTextBlock &block)
{
    auto it = m_written.find(block.blockNumber());
    if (it == m_written.end())
        it = m_written.insert(block.blockNumber(),
                              PinyinOrthography::apply(
                                  m_spokenTones ? ToneSandhi::spoken(words(block)) : words(block)));
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
