#pragma once

#include "core/Annotation.h"
#include "core/DocumentPlaces.h"
#include "core/Language.h"
#include "core/ReaderPalette.h"

#include <QColor>
#include <QList>
#include <QTextEdit>

namespace hope::ui {

// A highlight as the article view paints it: the words of a paragraph in
// one language, by offsets into the paragraph's text.
struct HighlightMark
{
    QString id;
    QString blockId;
    core::Language language = core::Language::Chinese;
    qsizetype start = 0;
    qsizetype length = 0;
    core::HighlightColour colour = core::HighlightColour::Yellow;
    // Drawn with a line under it, so a note is seen before it is opened.
    bool hasNote = false;
};

// Words of the text the reader chose: one range per paragraph touched.
struct TextRange
{
    QString blockId;
    core::Language language = core::Language::Chinese;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// The reader's highlights laid over a typeset article, found again in
// whichever layout it is set (a paragraph's Chinese and English are
// separate blocks in a bilingual layout, the only one in a single-language
// layout), and the paragraphs and offsets of a selection.
class HighlightLayer final
{
public:
    void setMarks(QList<HighlightMark> marks) { m_marks = std::move(marks); }
    [[nodiscard]] const QList<HighlightMark> &marks() const { return m_marks; }

    // The block of a paragraph's text in a language, or -1 when the layout
    // does not show that language. shown: the layout's languages.
    [[nodiscard]] static int blockOf(const core::DocumentPlaces &places, const QString &blockId,
                                     core::Language language, const QList<core::Language> &shown);
    // The document range of offsets into a paragraph's text (in source
    // characters: what the reader added to the setting is stepped over).
    [[nodiscard]] static QTextCursor range(const QTextDocument *document, int blockNumber,
                                           qsizetype start, qsizetype length);

    [[nodiscard]] QList<QTextEdit::ExtraSelection> selections(
        const QTextDocument *document, const core::DocumentPlaces &places,
        const QList<core::Language> &shown, const core::ReaderPalette &colours) const;
    // The highlight over a document position, the last drawn (on top)
    // first; empty if none.
    [[nodiscard]] QString markAt(const QTextDocument *document, const core::DocumentPlaces &places,
                                 const QList<core::Language> &shown, int position) const;

    // The places a selection covers, each with the offsets of the selected
    // words in its text: paragraphs, and the title and headings under
    // their own ids (which are not paragraphs: the caller decides).
    [[nodiscard]] static QList<TextRange> rangesOf(const QTextCursor &selection,
                                                   const core::DocumentPlaces &places,
                                                   const QList<core::Language> &shown);

private:
    QList<HighlightMark> m_marks;
};

}  // namespace hope::ui
