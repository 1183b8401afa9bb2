#include "core/ArticlePrint.h"

#include "core/ArticleLinks.h"
#include "core/BundleFile.h"
#include "core/LayoutMeasure.h"
#include "core/SafeOutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

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

QString ArticlePrint::headerText() const
{
    QStringList titles;
    for (const Language language : languagesOf(m_layout))
        titles << m_article.meta.title.in(language);
    return titles.join(QStringLiteral("  ·  "));
}

int ArticlePrint::paint(QPagedPaintDevice *device) const
{
    const qreal scale = device->logicalDpiY() / kUnitsPerInch;
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiY()).toRectF();
    // The page's printable area in layout units, less room for the header
    // and the footer.
    const qreal width = paper.width() / scale;
    const qreal band = kBodyPixels * 2.6;
    const QSizeF body(width, paper.height() / scale - 2 * band);
    if (body.width() <= 0 || body.height() <= 0)
        return 0;

    QTextDocument document;
    document.setDocumentMargin(0);
    ArticleDocumentBuilder::build(&document, m_article, layoutFor(width), m_type);
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
    document.setPageSize(body);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.scale(scale, scale);
    QFont small = m_type.faces(languagesOf(m_layout).first()).body;
    small.setPixelSize(qRound(kBodyPixels * 0.75));
    const QString header = headerText();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            break;
        painter.setFont(small);
        painter.setPen(m_type.colours.muted);
        const QRectF top(0, 0, width, band * 0.6);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(header, Qt::ElideRight, int(width)));
        painter.setPen(QPen(m_type.colours.rule, 0.75));
        painter.drawLine(QPointF(0, band * 0.75), QPointF(width, band * 0.75));
        painter.setPen(m_type.colours.muted);
        painter.drawText(QRectF(0, band + body.height(), width, band),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("%1 / %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, band);
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, m_type.colours.ink);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

QString ArticlePrint::writePdf(const QString &path) const
{
    // Checked before anything is opened: a FIFO would block for ever, and
    // a device or a full disk must not be reported as a PDF written.
    SafeOutputFile file(path);
    if (!file.open())
        return file.errorString();
    QPdfWriter writer(file.device());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(m_article.meta.title.in(languagesOf(m_layout).first()));
    writer.setCreator(QStringLiteral("Hope Reader"));
    const int pages = paint(&writer);
    if (pages <= 0) {
        file.cancel();
        return tr("Cannot write %1.").arg(path);
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace hope::core
