#pragma once

#include "core/PinyinWord.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

#include <functional>
#include <memory>
#include <optional>

class QFontMetricsF;
class QPainter;
class QTextBlock;
class QTextDocument;

namespace hope::core {

class PinyinConverter;

// Pinyin over Chinese text, drawn by us since Qt's rich text ignores
// <ruby>: each character's syllable centred above it, as learner readers
// set it, written as the orthography writes the word (its capitals); or
// its Zhuyin in a column to its right, as Taiwan's books set it. Where
// a syllable is wider than its character ("zhuàng" over 壮), the characters
// are spaced apart just enough that no two readings touch, so a reading
// never runs into the next or has to be squeezed. Works on any document:
// blocks with Han characters are the ones given room and annotated.
class PinyinAnnotator final
{
public:
    // The line height of annotated blocks, in percent of their text's.
    static constexpr qreal kLineHeightPercent = 200.0;

    // What is written over the characters: tone-marked pinyin, or Zhuyin
    // (bopomofo) for readers taught with it, from the same syllables.
    enum class Ruby { Pinyin, Zhuyin };
    // How the readings are written, as the reader chose on screen, for
    // whatever else draws them (the printout).
    struct Style
    {
        Ruby ruby = Ruby::Pinyin;
        bool spokenTones = false;
        bool toneColours = false;
    };
    void setRuby(Ruby ruby)
    {
        m_ruby = ruby;
        m_cells.clear();
    }
    [[nodiscard]] Ruby ruby() const { return m_ruby; }
    // 一 and 不 in the tones they are spoken in (ToneSandhi) rather than
    // the dictionary's.
    void setSpokenTones(bool on)
    {
        m_spokenTones = on;
        m_written.clear();
        m_cells.clear();
    }
    [[nodiscard]] bool spokenTones() const { return m_spokenTones; }
    // What is drawn over these syllables' characters ("dōng jīng",
    // "ㄉㄨㄥ ㄐㄧㄥ").
    [[nodiscard]] QString reading(const QStringList &syllables) const;

    void setConverter(std::shared_ptr<const PinyinConverter> converter);
    [[nodiscard]] bool hasConverter() const { return m_converter != nullptr; }
    [[nodiscard]] std::shared_ptr<const PinyinConverter> converter() const { return m_converter; }
    // The text a block's readings are taken from: the Simplified behind a
    // block shown in Traditional characters (same length); the block's own
    // text when not given.
    void setSourceText(std::function<QString(const QTextBlock &)> source)
    {
        m_sourceText = std::move(source);
    }
    void setFont(const QFont &font)
    {
        m_font = font;
        m_cells.clear();
    }
    [[nodiscard]] QFont font() const { return m_font; }
    void setColour(const QColor &colour) { m_colour = colour; }
    // Each syllable in its tone's colour (tones 1 to 4, in order); empty for
    // all in the one colour.
    void setToneColours(const QList<QColor> &colours) { m_toneColours = colours; }
    [[nodiscard]] bool hasToneColours() const { return m_toneColours.size() == 4; }
    // The document changed: the words known are of its old blocks.
    void clear()
    {
        m_words.clear();
        m_written.clear();
        m_cells.clear();
        m_rootRoom = 0.0;
    }

    [[nodiscard]] static bool hasHan(const QString &text);
    // Gives every block with Han characters room above its lines, and its
    // characters room beside each other for their syllables. Converts every
    // such block (the spacing depends on the readings).
    void makeRoom(QTextDocument *document);
    // What makeRoom added to the top margin of the document's root frame
    // (its first block's room, which Qt takes from there): whoever sets
    // that margin again adds it.
    [[nodiscard]] qreal rootRoom() const { return m_rootRoom; }
    // Draws the readings of the blocks between top and bottom (document
    // pixels), the painter's origin at the document's.
    void paint(QPainter *painter, const QTextDocument *document, qreal top, qreal bottom);
    // Where each reading of a block is drawn (document pixels, the box of
    // its text), as paint() draws it.
    struct Placed
    {
        int position = 0;  // of its character, in the document
        QRectF rect;
        QString reading;
        QColor colour;
        QFont font;  // the block's ruby font (see rubyFont)
    };
    [[nodiscard]] QList<Placed> placed(const QTextBlock &block);
    // The font of a block's readings: the one set, or larger over larger
    // text (a title, a heading), always at least 55 % of the block's Han
    // characters, the least a learner reads without strain.
    [[nodiscard]] QFont rubyFont(const QTextBlock &block) const;
    static constexpr qreal kRubyScale = 0.55;

    // The Chinese word at a document position, if there is one.
    [[nodiscard]] std::optional<PinyinWord> wordAt(const QTextDocument *document, int position);

    // The block's words as the converter segments its text (converted once
    // and kept); none if the block has no Han or there is no converter.
    const QList<PinyinWord> &words(const QTextBlock &block);
    // The same words as the ruby writes them: regrouped and spelled by the
    // orthography rules (PinyinOrthography), as `--pinyin` prints them.
    const QList<PinyinWord> &written(const QTextBlock &block);

private:
    std::shared_ptr<const PinyinConverter> m_converter;
    Ruby m_ruby = Ruby::Pinyin;
    bool m_spokenTones = false;
    std::function<QString(const QTextBlock &)> m_sourceText;
    QFont m_font;
    QColor m_colour;
    QList<QColor> m_toneColours;
    qreal m_rootRoom = 0.0;
    // What is drawn over one character: where it is in its block, the
    // width of its glyph, and the syllable.
    struct Cell
    {
        int position = 0;
        qreal advance = 0;
        QString reading;
        int tone = 5;
    };
    QList<Cell> cells(const QTextBlock &block);
    [[nodiscard]] static qreal zhuyinStep(const QFontMetricsF &metrics);

    // By block number.
    QHash<int, QList<PinyinWord>> m_words;
    QHash<int, QList<PinyinWord>> m_written;
    QHash<int, QList<Cell>> m_cells;
};

}  // namespace hope::core
