#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QTextCursor>
#include <QTextFormat>

class QTextBlock;
class QTextDocument;

namespace hope::core {

// What the W3C's requirements for Chinese text layout (clreq) ask of
// horizontal long-form text, as changes to a paragraph's text:
// - a half-width , : ; written in Chinese text is shown full-width;
// - a quarter-em stands between a Han character and a Latin letter or digit;
// - the last line of a paragraph never holds a lone Han character.
// Only what is shown changes. A full-width form carries the source's
// character in its format, the quarter-em is letter-spacing (no character),
// and the one character added, a word joiner, is marked as added: so
// sourceText() gives back exactly the bundle's text, for copying.
class ChineseSetting final
{
public:
    static constexpr QChar kWordJoiner = u'\u2060';
    // On a full-width form: the source's character, as a QString.
    static constexpr int kSourceProperty = QTextFormat::UserProperty + 0x5a0;
    // On a character the reader added (a word joiner): true.
    static constexpr int kAddedProperty = QTextFormat::UserProperty + 0x5a1;

    struct Plan
    {
        // Position and the full-width form to show there.
        QList<QPair<qsizetype, QChar>> fullWidth;
        // Positions of characters a quarter-em follows.
        QList<qsizetype> quarterEmAfter;
    };

    // What to show differently in the text, which may already hold word
    // joiners (they are looked through).
    [[nodiscard]] static Plan plan(QStringView text);
    // Where a word joiner keeps the last Han character on the line of the
    // one before it, or -1 where nothing needs binding.
    [[nodiscard]] static qsizetype bindingPosition(QStringView text);
    // The full-width form shown for a half-width , : ; at i, or a null QChar.
    [[nodiscard]] static QChar fullWidthAt(QStringView text, qsizetype i);

    // Applies plan() to a typeset block: full-width forms and quarter-ems.
    static void setBlock(const QTextBlock &block);
    // Inserts the word joiner bindingPosition() asks for, marked as added.
    static void bindLastLine(const QTextBlock &block);

    // The document position of an offset into the source's text of a
    // block: past the characters the reader added before it.
    [[nodiscard]] static int positionOf(const QTextBlock &block, qsizetype sourceOffset);
    // The document range of [start, start + length) of a block's source
    // text, or a null cursor if it is not in the block.
    [[nodiscard]] static QTextCursor sourceRange(const QTextBlock &block, qsizetype start,
                                                 qsizetype length);

    // The source's text between two document positions: full-width forms
    // given back as written, added characters left out, paragraphs and
    // line breaks as newlines, pictures left out.
    [[nodiscard]] static QString sourceText(const QTextDocument *document, int from, int to);
};

}  // namespace hope::core
