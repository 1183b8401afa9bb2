#pragma once

#include "core/Annotation.h"
#include "core/DocumentPlaces.h"
#include "core/Language.h"
#include "core/ReaderPalette.h"

#include <QColor>
#include <QList>
#include <QTextEdit>

namespace hope::ui {

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
    using HighlightMark = core::HighlightMark;

    void setMarks(QList<HighlightMark> marks) { m_marks = std::move(marks); }
    [[nodiscard]] const QList<HighlightMark> &marks() const { return m_marks; }

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
