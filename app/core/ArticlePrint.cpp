#include "core/ArticlePrint.h"

#include "core/DocumentPlaces.h"

#include "core/ArticleDocumentWriter.h"
#include "core/ArticleLinks.h"
#include "core/BundleFile.h"
#include "core/ChineseSetting.h"
#include "core/LayoutMeasure.h"
#include "core/PagePlan.h"
#include "core/PinyinAnnotator.h"
#include "core/PinyinConverter.h"
#include "core/SafeOutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace hope::core {

namespace {
// Layout units are 1/96 in, as on screen; the device's own are finer.
constexpr qreal kUnitsPerInch = 96.0;
TypeFaces resized(TypeFaces faces, int pixels)
{
    for (QFont *font : {&faces.body, &faces.heading}) {
        font->setPixelSize(pixels);
        // Qt's PDF writer maps a ligature's glyph to no text ("set o for"
        // for "set off for"); any letter spacing turns ligatures off, and
        // 1/64 px is too little to see.
        font->setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    }
    return faces;
}
}  // namespace

ArticlePrint::ArticlePrint(const Article &article, ReadingLayout layout,
                           const Typography &typography)
    : m_article(article), m_layout(layout), m_type(typography)
{
    m_type.chinese = resized(m_type.chinese, kBodyPixels);
    m_type.english = resized(m_type.english, kBodyPixels);
}

ReadingLayout ArticlePrint::layoutFor(qreal pageWidth) const
{
    return LayoutMeasure::fit(m_layout, pageWidth, kBodyPixels).layout;
}

namespace {

using Cut = PagePlan::Cut;

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(ArticleDocumentWriter::kKeepWithNextProperty);
}

// Each line of a block, top and bottom, where the layout put them.
QList<QPair<qreal, qreal>> linesOf(const QTextBlock &block,
                                   const QAbstractTextDocumentLayout *layout)
{
    QList<QPair<qreal, qreal>> lines;
    const QTextLayout *text = block.layout();
    if (!text || !block.isVisible())
        return lines;
    const qreal origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
    for (int i = 0; i < text->lineCount(); ++i) {
        const QTextLine line = text->lineAt(i);
        lines << qMakePair(origin + line.y(), origin + line.y() + line.height());
    }
    return lines;
}

// A run of blocks and frames, one under the next (the root frame, or a
// table's cell): where it may be cut, and how far it reaches.
struct Run
{
    QList<Cut> cuts;
    qreal top = -1;
    qreal bottom = 0;
    qreal right = 0;
    qreal left = -1;
    bool keepWithNext = false;
};

Run runOf(QTextFrame::iterator it, const QAbstractTextDocumentLayout *layout)
{
    Run run;
    qreal previousBottom = -1;
    bool previousKeeps = false;
    const auto add = [&](qreal top, qreal bottom, qreal left, qreal right, bool keeps,
                         const QList<Cut> &inside) {
        if (previousBottom >= 0 && !previousKeeps)
            run.cuts << Cut{previousBottom, top};
        run.cuts << inside;
        if (run.top < 0)
            run.top = top;
        run.bottom = std::max(run.bottom, bottom);
        run.left = run.left < 0 ? left : std::min(run.left, left);
        run.right = std::max(run.right, right);
        previousBottom = bottom;
        previousKeeps = keeps;
    };
    for (; !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF r = layout->frameBoundingRect(frame);
            add(r.top(), r.bottom(), r.left(), r.right(), false, {});
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QList<QPair<qreal, qreal>> lines = linesOf(block, layout);
        if (lines.isEmpty() || block.length() <= 1)
            continue;
        const QRectF r = layout->blockBoundingRect(block);
        add(lines.first().first, lines.last().second, r.left(), r.right(), keepsWithNext(block),
            PagePlan::linesCuts(lines));
    }
    run.keepWithNext = previousKeeps;
    return run;
}

// The laid-out document as pieces a page plan cuts: each block or frame of
// the root frame across the width, each row of a side-by-side table as a
// pair of columns.
QList<PagePlan::Piece> piecesOf(QTextDocument *document, qreal width)
{
    const QAbstractTextDocumentLayout *layout = document->documentLayout();
    QList<PagePlan::Piece> pieces;
    for (QTextFrame::iterator it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            for (int row = 0; row < table->rows(); ++row) {
                QList<Run> cells;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    cells << runOf(cell.begin(), layout);
                }
                PagePlan::Piece pair;
                pair.top = -1;
                for (const Run &cell : std::as_const(cells)) {
                    if (cell.top < 0)
                        continue;
                    pair.top = pair.top < 0 ? cell.top : std::min(pair.top, cell.top);
                    pair.bottom = std::max(pair.bottom, cell.bottom);
                    pair.keepWithNext = pair.keepWithNext || cell.keepWithNext;
                }
                if (pair.top < 0)
                    continue;
                // Columns meet halfway across the gap between their text.
                qreal left = 0;
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    const bool last = c + 1 == cells.size();
                    const qreal right = last || cells.at(c + 1).left < 0 || cells.at(c).right <= 0
                                            ? width
                                            : (cells.at(c).right + cells.at(c + 1).left) / 2;
                    pair.columns << PagePlan::Column{left, right, cells.at(c).cuts};
                    left = right;
                }
                pieces << pair;
            }
            continue;
        }
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF r = layout->frameBoundingRect(frame);
            pieces << PagePlan::Piece{r.top(), r.bottom(), {}, {}, false};
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QList<QPair<qreal, qreal>> lines = linesOf(block, layout);
        if (lines.isEmpty() || block.length() <= 1)
            continue;
        pieces << PagePlan::Piece{lines.first().first,
                                  lines.last().second,
                                  PagePlan::linesCuts(lines),
                                  {},
                                  keepsWithNext(block)};
    }
    return pieces;
}

}  // namespace

QString ArticlePrint::headerAt(const QList<qreal> &sectionTops, qreal y) const
{
    // The section the page opens in, as a book's running head names it.
    int section = 0;
    for (int i = 0; i < sectionTops.size() && i < m_article.sections.size(); ++i) {
        if (sectionTops.at(i) <= y + 1)
            section = i;
    }
    const Language language = languagesOf(m_layout).first();
    const ArticleSection &s = m_article.sections.at(section);
    QString text =
        section == 0 ? m_article.meta.title.in(language)
        : s.heading.in(language).isEmpty()
            ? s.label.in(language)
            : (s.number.isEmpty() ? QString() : s.number + u' ') + s.heading.in(language);
    // Set as the text is: a half-width , : ; in Chinese shown full-width.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const QChar full = ChineseSetting::fullWidthAt(text, i); !full.isNull())
            text[i] = full;
    }
    return text;
}

int ArticlePrint::paint(QPagedPaintDevice *device, QList<PdfDetails::Entry> *outline) const
{
    const qreal scale = device->logicalDpiY() / kUnitsPerInch;
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiY()).toRectF();
    // The page's printable area in layout units, less room for the header
    // and the footer.
    const qreal width = paper.width() / scale;
    const qreal band = kBodyPixels * 2.6;
    const QSizeF body(width, paper.height() / scale - 2 * band);
    if (body.width() <= 0 || body.height() <= 0 || m_article.sections.isEmpty())
        return 0;

    QTextDocument document;
    document.setDocumentMargin(0);
    Typography type = m_type;
    type.paper = true;
    const DocumentAnchors anchors =
        ArticleDocumentBuilder::build(&document, m_article, layoutFor(width), type);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);
    // The clip's stills, where figures show them (the view loads them as
    // they are drawn; here they are all drawn).
    for (const ClipChapter &chapter : m_article.clip.chapters) {
        if (chapter.stillPath.isEmpty())
            continue;
        const BundleFile::Read read =
            BundleFile::read(chapter.stillPath, m_article.clip.folder, BundleFile::kMaxImageBytes);
        const QImage image = read.ok() ? QImage::fromData(read.data) : QImage();
        if (!image.isNull())
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(ArticleLinks::still(chapter.id)), image);
    }
    markHighlights(&document, anchors, layoutFor(width));
    // Pinyin takes room over the Chinese lines before they are laid out.
    PinyinAnnotator pinyin;
    QTextDocument published;
    if (m_pinyin && m_pinyin->load()) {
        pinyin.setConverter(m_pinyin);
        if (m_published) {
            // The same pages from the published text, block for block.
            ArticleDocumentBuilder::build(&published, *m_published, layoutFor(width), type);
            pinyin.setSourceText([&published](const QTextBlock &block) {
                const QTextBlock source = published.findBlockByNumber(block.blockNumber());
                return source.isValid() && source.length() == block.length() ? source.text()
                                                                             : block.text();
            });
        }
        QFont font = m_type.english.body;
        font.setPixelSize(qRound(kBodyPixels * 0.55));
        pinyin.setFont(font);
        pinyin.setColour(m_type.colours.pinyin);
        pinyin.setRuby(m_pinyinStyle.ruby);
        pinyin.setSpokenTones(m_pinyinStyle.spokenTones);
        const ReaderPalette &ink = m_type.colours;
        if (m_pinyinStyle.toneColours)
            pinyin.setToneColours({ink.tone1, ink.tone2, ink.tone3, ink.tone4});
        pinyin.makeRoom(&document);
    }
    // One long strip the width of the page, cut into pages afterwards: Qt's
    // own pages cut wherever a line fell.
    document.setTextWidth(width);
    document.documentLayout()->documentSize();
    const QList<PagePlan::Page> pages =
        PagePlan::paginate(piecesOf(&document, width), width, body.height());
    if (pages.isEmpty())
        return 0;
    QList<qreal> sectionTops;
    for (const int block : anchors.sectionBlocks)
        sectionTops << document.documentLayout()
                           ->blockBoundingRect(document.findBlockByNumber(block))
                           .top();

    if (outline) {
        // Each section's heading: its page, and how far down it in points.
        const QRectF points = device->pageLayout().paintRect(QPageLayout::Point);
        for (int i = 0; i < sectionTops.size() && i < m_article.sections.size(); ++i) {
            for (qsizetype page = 0; page < pages.size(); ++page) {
                const auto slice =
                    std::find_if(pages.at(page).slices.cbegin(), pages.at(page).slices.cend(),
                                 [y = sectionTops.at(i)](const PagePlan::Slice &s) {
                                     return s.source.top() <= y + 1 && y < s.source.bottom();
                                 });
                if (slice == pages.at(page).slices.cend())
                    continue;
                const qreal y = band + slice->destTop + (sectionTops.at(i) - slice->source.top());
                outline->append({headerAt(sectionTops, sectionTops.at(i)), int(page),
                                 points.top() + y * 72.0 / kUnitsPerInch});
                break;
            }
        }
    }

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.scale(scale, scale);
    QFont small = m_type.faces(languagesOf(m_layout).first()).body;
    small.setPixelSize(qRound(kBodyPixels * 0.75));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, m_type.colours.ink);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device->newPage())
            break;
        painter.setFont(small);
        // The first page opens with the title itself: no running head.
        if (page > 0) {
            painter.setPen(m_type.colours.muted);
            const QRectF top(0, 0, width, band * 0.6);
            painter.drawText(
                top, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                painter.fontMetrics().elidedText(headerAt(sectionTops, pages.at(page).sourceTop()),
                                                 Qt::ElideRight, int(width)));
            painter.setPen(QPen(m_type.colours.rule, 0.75));
            painter.drawLine(QPointF(0, band * 0.75), QPointF(width, band * 0.75));
        }
        // The page number alone, in figures every language reads.
        painter.setPen(m_type.colours.muted);
        painter.drawText(QRectF(0, band + body.height(), width, band),
                         Qt::AlignHCenter | Qt::AlignVCenter, QString::number(page + 1));
        for (const PagePlan::Slice &slice : pages.at(page).slices) {
            painter.save();
            painter.translate(0, band);
            painter.setClipRect(QRectF(slice.source.left(), slice.destTop, slice.source.width(),
                                       slice.source.height()));
            painter.translate(0, slice.destTop - slice.source.top());
            context.clip = slice.source;
            document.documentLayout()->draw(&painter, context);
            if (pinyin.hasConverter())
                pinyin.paint(&painter, &document, slice.source.top(), slice.source.bottom());
            painter.restore();
        }
    }
    painter.end();
    return int(pages.size());
}

QPageSize::PageSizeId ArticlePrint::localePaper()
{
    const QLocale locale;
    return locale.measurementSystem() == QLocale::ImperialUSSystem ||
                   locale.territory() == QLocale::Canada || locale.territory() == QLocale::Mexico
               ? QPageSize::Letter
               : QPageSize::A4;
}

QMarginsF ArticlePrint::margins(QPageSize::PageSizeId paper)
{
    // Letter is 6 mm wider and 18 mm shorter than A4: wider side margins
    // keep the line as long, shorter head and foot the page as full.
    return paper == QPageSize::Letter ? QMarginsF(21, 14, 21, 12) : QMarginsF(18, 16, 18, 14);
}

PdfDetails ArticlePrint::details() const
{
    PdfDetails d;
    const QList<Language> languages = languagesOf(m_layout);
    const Language first = languages.first();
    QStringList titles;
    QStringList authors;
    for (const Language language : languages) {
        titles << m_article.meta.title.in(language);
        if (!authors.contains(m_article.meta.author.in(language)))
            authors << m_article.meta.author.in(language);
    }
    // Both languages' in a bilingual layout, the first first.
    d.title = titles.join(QStringLiteral(" / "));
    d.author = authors.join(QStringLiteral(" / "));
    d.subject =
        QStringLiteral("%1 · %2 · %3")
            .arg(m_article.meta.outlet.in(first), m_article.meta.originalPublisher.in(first),
                 m_article.meta.date.toString(Qt::ISODate));
    d.creator = QStringLiteral("Hope Reader");
    d.language =
        first == Language::Chinese ? chineseLanguageTag(m_script) : QStringLiteral("en-GB");
    return d;
}

void ArticlePrint::markHighlights(QTextDocument *document, const DocumentAnchors &anchors,
                                  ReadingLayout layout) const
{
    if (m_highlights.isEmpty())
        return;
    const DocumentPlaces places(document, anchors, {});
    const QList<Language> shown = languagesOf(layout);
    // Where each highlight is, in document order: notes are numbered as
    // they are read.
    QList<std::pair<QTextCursor, const HighlightMark *>> found;
    for (const HighlightMark &mark : m_highlights) {
        const int number = places.blockOf(mark.blockId, mark.language, shown);
        QTextCursor words = number < 0
                                ? QTextCursor()
                                : ChineseSetting::sourceRange(document->findBlockByNumber(number),
                                                              mark.start, mark.length);
        if (words.isNull())
            continue;
        QTextCharFormat tint;
        tint.setBackground(m_type.colours.highlight(mark.colour));
        words.mergeCharFormat(tint);
        if (m_notesAtEnd && !mark.note.isEmpty())
            found.append({words, &mark});
    }
    if (found.isEmpty())
        return;
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.selectionEnd() < b.first.selectionEnd();
    });
    // The words as printed, before a number follows them.
    QStringList quotes;
    for (const auto &[words, mark] : found) {
        QString quote =
            ChineseSetting::sourceText(document, words.selectionStart(), words.selectionEnd())
                .simplified();
        quotes << (quote.size() > 80 ? quote.left(80) + u'…' : quote);
    }
    // The numbers go in from the end, so the places before stay where they are.
    for (qsizetype i = found.size() - 1; i >= 0; --i) {
        QTextCursor after(document);
        after.setPosition(found.at(i).first.selectionEnd());
        QTextCharFormat number = after.charFormat();
        number.setBackground(Qt::NoBrush);
        number.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        number.setForeground(m_type.colours.accent);
        number.setAnchor(false);
        after.insertText(QString::number(i + 1), number);
    }
    // The notes after the article, as a book's notes are.
    QTextCursor end(document);
    end.movePosition(QTextCursor::End);
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(kBodyPixels * 3);
    headingBlock.setBottomMargin(kBodyPixels * 0.8);
    headingBlock.setProperty(ArticleDocumentWriter::kKeepWithNextProperty, true);
    QTextCharFormat heading;
    heading.setFont(m_type.english.heading);
    heading.setFontWeight(QFont::Bold);
    heading.setForeground(m_type.colours.ink);
    end.insertBlock(headingBlock, heading);
    end.insertText(tr("Notes"), heading);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const HighlightMark &mark = *found.at(i).second;
        const TypeFaces &faces = m_type.faces(mark.language);
        QTextBlockFormat entry;
        entry.setBottomMargin(kBodyPixels * 0.5);
        entry.setLeftMargin(kBodyPixels * 1.6);
        entry.setTextIndent(-kBodyPixels * 1.6);
        QTextCharFormat text;
        text.setFont(faces.body);
        text.setForeground(m_type.colours.ink);
        QTextCharFormat quoted = text;
        quoted.setForeground(m_type.colours.muted);
        end.insertBlock(entry, text);
        end.insertText(QStringLiteral("%1.\t").arg(i + 1), text);
        // The reader's note and the words it is on: plain text, as typed.
        end.insertText(QStringLiteral("“%1” ").arg(quotes.at(i)), quoted);
        QString note = mark.note;
        note.replace(u'\n', QChar::LineSeparator);
        end.insertText(note, text);
    }
}

QString ArticlePrint::writePdf(const QString &path, QPageSize::PageSizeId paper) const
{
    // Checked before anything is opened: a FIFO would block for ever, and
    // a device or a full disk must not be reported as a PDF written.
    SafeOutputFile file(path);
    if (!file.open())
        return file.errorString();
    // Made in memory, finished, then written: what reaches the file is the
    // whole PDF or nothing.
    QBuffer made;
    made.open(QIODevice::WriteOnly);
    PdfDetails details = this->details();
    int pages = 0;
    {
        QPdfWriter writer(&made);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(margins(paper), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(details.title);
        writer.setCreator(details.creator);
        pages = paint(&writer, &details.outline);
    }
    if (pages <= 0) {
        file.cancel();
        return tr("Cannot write %1.").arg(path);
    }
    QByteArray pdf = made.data();
    if (m_finisher) {
        if (std::optional<QByteArray> finished = m_finisher(pdf, details))
            pdf = std::move(*finished);
    }
    file.writeAll(pdf);
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace hope::core
