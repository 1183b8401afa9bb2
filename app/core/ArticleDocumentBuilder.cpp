#include "core/ArticleDocumentBuilder.h"

#include "core/ArticleDocumentWriter.h"
#include "core/ChineseSetting.h"
#include "core/LayoutMeasure.h"
#include "core/ReadingPosition.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <functional>

namespace hope::core {

namespace {

using Role = ArticleDocumentWriter::Role;
// Writes one piece in the writer's current language; gives its blocks.
using Piece = std::function<QList<int>(ArticleDocumentWriter &)>;

// Sets each piece in the layout's languages and says where they went.
class PairPlacer
{
public:
    PairPlacer(QTextDocument *document, ReadingLayout layout, const Typography &type,
               DocumentAnchors &anchors)
        : m_writer(document, type), m_layout(layout), m_anchors(anchors)
    {
        const QList<Language> languages = languagesOf(layout);
        m_writer.setLanguage(languages.first(), Role::Alone);
        if (layout == ReadingLayout::Parallel) {
            const QFont &body = type.chinese.body;
            m_halfGap = LayoutMeasure::kColumnGapEm * LayoutMeasure::kParallelScale *
                        (body.pixelSize() > 0 ? body.pixelSize() : 17) / 2;
        }
    }

    // The blocks of the first language: the pair's place in the article.
    QList<int> place(const Piece &piece)
    {
        switch (m_layout) {
            case ReadingLayout::Chinese:
            case ReadingLayout::English:
                return piece(m_writer);
            case ReadingLayout::Interleaved: {
                m_writer.setLanguage(Language::Chinese, Role::Alone);
                const QList<int> chinese = piece(m_writer);
                m_writer.setLanguage(Language::English, Role::Companion);
                pair(chinese, piece(m_writer));
                return chinese;
            }
            case ReadingLayout::Parallel:
                break;
        }
        if (!m_table || m_rows == kRowsPerTable)
            newTable();
        else
            m_table->appendRows(1);
        const int row = m_rows++;
        // A cell's last block keeps no bottom margin: the space between
        // rows is the cells' own.
        QTextTableCellFormat left;
        left.setRightPadding(m_halfGap);
        left.setBottomPadding(m_halfGap);
        QTextTableCellFormat right = left;
        right.setRightPadding(0);
        right.setLeftPadding(m_halfGap);
        m_table->cellAt(row, 0).setFormat(left);
        m_table->cellAt(row, 1).setFormat(right);
        m_writer.setLanguage(Language::Chinese, Role::Column);
        m_writer.writeInto(m_table->cellAt(row, 0).firstCursorPosition());
        const QList<int> chinese = piece(m_writer);
        m_writer.setLanguage(Language::English, Role::Column);
        m_writer.writeInto(m_table->cellAt(row, 1).firstCursorPosition());
        pair(chinese, piece(m_writer));
        return chinese;
    }

private:
    // Qt's table rebuilds its grid of cells after each row added, and
    // counting its rows does too: one table of 20,000 rows took minutes to
    // fill. Tables of some rows each, one under the next, look the same
    // and cost the same per row however long the article.
    static constexpr int kRowsPerTable = 8;

    void newTable()
    {
        QTextTableFormat table;
        table.setBorder(0);
        table.setCellSpacing(0);
        table.setCellPadding(0);
        table.setMargin(0);
        const qreal chinese = LayoutMeasure::kChineseColumnPercent;
        table.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, chinese),
             QTextLength(QTextLength::PercentageLength, 100 - chinese)});
        QTextCursor &cursor = m_writer.cursor();
        // Straight after the last one: Qt sets the next table right under
        // it, with nothing between.
        if (m_table)
            cursor.setPosition(m_table->lastPosition() + 1);
        m_table = cursor.insertTable(1, 2, table);
        m_rows = 0;
    }

    void pair(const QList<int> &chinese, const QList<int> &english)
    {
        for (qsizetype i = 0; i < std::min(chinese.size(), english.size()); ++i)
            m_anchors.pairs << qMakePair(chinese.at(i), english.at(i));
    }

    ArticleDocumentWriter m_writer;
    ReadingLayout m_layout;
    DocumentAnchors &m_anchors;
    QTextTable *m_table = nullptr;
    int m_rows = 0;
    qreal m_halfGap = 0.0;
};

}  // namespace

DocumentAnchors ArticleDocumentBuilder::build(QTextDocument *document, const Article &article,
                                              Language language, const Typography &type)
{
    return build(document, article, singleLayout(language), type);
}

DocumentAnchors ArticleDocumentBuilder::build(QTextDocument *document, const Article &article,
                                              ReadingLayout layout, const Typography &type)
{
    document->clear();
    document->setUndoRedoEnabled(false);
    const Language first = languagesOf(layout).first();
    document->setDefaultFont(type.faces(first).body);
    DocumentAnchors anchors;
    // One edit: Qt checks every frame and table of the document again at
    // the end of each edit that adds one, which made side by side (a row
    // per pair) and figures quadratic in the article's length.
    QTextCursor edit(document);
    edit.beginEditBlock();
    PairPlacer placer(document, layout, type, anchors);

    const int titleBlock =
        placer.place([&](ArticleDocumentWriter &w) { return w.titleBlock(article.meta); }).first();
    anchors.blocks << qMakePair(ReadingPosition::startId(), titleBlock);

    int figureNumber = 0;
    for (int s = 0; s < article.sections.size(); ++s) {
        const ArticleSection &section = article.sections.at(s);
        if (s == 0) {
            anchors.sectionBlocks << titleBlock;
        } else {
            const int block =
                placer
                    .place([&](ArticleDocumentWriter &w) {
                        const bool hasHeading = !section.number.isEmpty() ||
                                                !section.heading.in(w.language()).isEmpty();
                        return QList<int>{hasHeading ? w.heading(section) : w.ornament()};
                    })
                    .first();
            anchors.sectionBlocks << block;
            anchors.blocks << qMakePair(section.id, block);
        }
        for (const ArticleBlock &block : section.blocks) {
            const bool isFigure = block.kind != BlockKind::Paragraph;
            if (isFigure)
                ++figureNumber;
            const int number =
                placer
                    .place([&](ArticleDocumentWriter &w) {
                        return QList<int>{isFigure ? w.figure(block, figureNumber, article)
                                                   : w.paragraph(block, article)};
                    })
                    .first();
            anchors.blocks << qMakePair(block.id, number);
        }
    }
    // Looks at the characters, not the language: in either, only Chinese
    // text has anything to change.
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) ChineseSetting::setBlock(b);
    edit.endEditBlock();
    return anchors;
}

}  // namespace hope::core
