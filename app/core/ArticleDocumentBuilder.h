#pragma once

#include "core/Article.h"
#include "core/ReadingLayout.h"

#include "core/ReaderPalette.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>

#include <QString>
#include <functional>

class QTextDocument;

namespace hope::core {

// The faces one language's text is set in.
struct TypeFaces
{
    QFont body;
    QFont heading;
};

// English and Chinese need different faces (a Latin face's proportional
// quotes and ellipsis against the full-width ones of a CJK face), so the
// article carries both and a language switch typesets with the right one.
struct Typography
{
    TypeFaces chinese;
    TypeFaces english;
    ReaderPalette colours = ReaderPalette::light();
    // Set for paper: nothing to click (no play links, dates as plain text),
    // figures as quiet captions instead of boxes.
    bool paper = false;
    // The reader's own Chinese words in the text (a byline's 发布于) as the
    // script shown writes them; as translated when not set.
    std::function<QString(const QString &)> chineseWords;

    [[nodiscard]] const TypeFaces &faces(Language language) const
    {
        return language == Language::English ? english : chinese;
    }
};

// Where the builder put things, by QTextBlock number, so a view can find
// sections and paragraphs again after layout.
struct DocumentAnchors
{
    // The block where each section starts: the title for the lead, the
    // heading for a numbered part, the ornament for the closing.
    QList<int> sectionBlocks;
    // Block id and the number of its first text block, in reading order:
    // paragraphs, figures, and section headings under their section id.
    // The title block comes first, as "_title", which no bundle id can be.
    // In a bilingual layout each id names the Chinese block; this lists
    // every pair (title, bylines, note, headings, paragraphs, figures) as
    // the Chinese block's number and its English partner's.
    QList<QPair<QString, int>> blocks;
    QList<QPair<int, int>> pairs;
};

// Typesets an article into a QTextDocument. Every piece of bundle text is
// inserted as plain text, so markup in a bundle is shown, never interpreted.
class ArticleDocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDocumentBuilder)

public:
    static DocumentAnchors build(QTextDocument *document, const Article &article, Language language,
                                 const Typography &typography);
    // Side by side puts each pair in a row of a two-column table, so the
    // rows align at the top of each pair; interleaved sets the English
    // after each piece of Chinese.
    static DocumentAnchors build(QTextDocument *document, const Article &article,
                                 ReadingLayout layout, const Typography &typography);
};

}  // namespace hope::core
