#pragma once

#include "core/Article.h"
#include "core/Language.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hope::core {

// The four highlighter colours; each theme gives each a tint the text
// reads on at 7:1 (ReaderPalette::highlight).
enum class HighlightColour { Yellow, Green, Blue, Pink };
inline constexpr HighlightColour kHighlightColours[] = {
    HighlightColour::Yellow, HighlightColour::Green, HighlightColour::Blue, HighlightColour::Pink};

// "yellow", "green", "blue", "pink": in the notes file.
[[nodiscard]] QString highlightColourCode(HighlightColour colour);
[[nodiscard]] std::optional<HighlightColour> highlightColourFromCode(const QString &code);

// A mark the reader made: a highlight on words of a paragraph (with a
// note, or none), or a bookmark at a paragraph. It is anchored to the
// bundle, never to the screen: the paragraph's id, the language of its
// text and character offsets into that text (the bundle's characters,
// carriage returns left out), so it is the same in every layout, script
// and zoom; the quote finds the words again if the bundle's text changes.
struct Annotation
{
    enum class Kind { Highlight, Bookmark };

    QString id;
    Kind kind = Kind::Highlight;
    QString blockId;
    Language language = Language::Chinese;
    // A bookmark: start 0, length 0.
    qsizetype start = 0;
    qsizetype length = 0;
    // The words highlighted, as they were; a bookmark keeps the start of
    // its paragraph, for a list to show.
    QString quote;
    HighlightColour colour = HighlightColour::Yellow;
    QString note;
    QDateTime created;

    [[nodiscard]] bool isHighlight() const { return kind == Kind::Highlight; }
    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.id == b.id && a.kind == b.kind && a.blockId == b.blockId &&
               a.language == b.language && a.start == b.start && a.length == b.length &&
               a.quote == b.quote && a.colour == b.colour && a.note == b.note &&
               a.created == b.created;
    }
};

// A highlight as the text shows it (on screen and on paper): the words of a paragraph in
// one language, by offsets into the paragraph's text.
struct HighlightMark
{
    QString id;
    QString blockId;
    Language language = Language::Chinese;
    qsizetype start = 0;
    qsizetype length = 0;
    HighlightColour colour = HighlightColour::Yellow;
    // The reader's note on it: on screen a dotted line under the words says
    // there is one; on paper it can be printed at the end.
    QString note;
};

// Where an annotation stands in an article's text now.
struct AnchorPlace
{
    enum class State {
        // The quote is where it was.
        Attached,
        // The paragraph's text changed, and the quote was found once in it:
        // shown there.
        Moved,
        // The paragraph is gone, or the quote is not in it (or is in it
        // more than once, which would be a guess): kept, listed, not shown.
        Detached,
    };
    State state = State::Detached;
    qsizetype start = 0;
    qsizetype length = 0;

    [[nodiscard]] bool isShown() const { return state != State::Detached; }
};

namespace AnnotationAnchor {
// Longest quote kept: enough to find the words again in a paragraph.
inline constexpr qsizetype kMaxQuote = 2000;
// A bookmark's quote: the start of its paragraph.
inline constexpr qsizetype kBookmarkQuote = 60;

// A paragraph's text as annotations count in it: the bundle's, carriage
// returns left out (the document holds none). Null if the article has no
// paragraph with this id.
[[nodiscard]] std::optional<QString> paragraphText(const Article &article, const QString &blockId,
                                                   Language language);
// The highlight over [start, start + length) of a paragraph, or none if
// the range is empty or not inside its text.
[[nodiscard]] std::optional<Annotation> highlight(const Article &article, const QString &blockId,
                                                  Language language, qsizetype start,
                                                  qsizetype length);
[[nodiscard]] std::optional<Annotation> bookmark(const Article &article, const QString &blockId,
                                                 Language language);
// Where the annotation's words are in the article now.
[[nodiscard]] AnchorPlace place(const Article &article, const Annotation &annotation);
}  // namespace AnnotationAnchor

}  // namespace hope::core
