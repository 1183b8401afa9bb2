#pragma once

#include "core/Article.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

class QTextDocument;

namespace hope::core {

struct Typography
{
    QFont body;
    QFont heading;
    QColor ink = QColor(0x2a, 0x27, 0x23);
    QColor muted = QColor(0x7a, 0x72, 0x68);
    QColor accent = QColor(0xb2, 0x45, 0x2c);
    QColor paper = QColor(0xfb, 0xf8, 0xf1);
    QColor figurePaper = QColor(0xf1, 0xec, 0xe1);
    QColor rule = QColor(0xd9, 0xd0, 0xc1);
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
    QList<QPair<QString, int>> blocks;
};

// Typesets an article into a QTextDocument. Every piece of bundle text is
// inserted as plain text, so markup in a bundle is shown, never interpreted.
class ArticleDocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDocumentBuilder)

public:
    static DocumentAnchors build(QTextDocument *document, const Article &article, Language language,
                                 const Typography &typography);
};

}  // namespace hope::core
