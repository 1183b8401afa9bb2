#pragma once

#include "core/Annotation.h"
#include "core/ArticleDocumentBuilder.h"
#include "core/ChineseScript.h"
#include "core/PinyinAnnotator.h"
#include "core/ReadingLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace hope::core {

class PinyinConverter;

// What a PDF says of itself beyond its pages. Qt 6.4's QPdfWriter writes a
// title and a creator only; a finisher (the print module's, with qpdf)
// adds the rest.
struct PdfDetails
{
    struct Entry
    {
        QString title;
        int page = 0;     // 0-based
        qreal top = 0.0;  // points below the page's top edge
    };
    QString title;
    QString author;
    QString subject;
    QString creator;
    QString language;  // BCP 47: "zh-CN", "en-GB"
    QList<Entry> outline;
};
// The finished PDF, or nullopt (the PDF is then written as Qt made it).
using PdfFinisher =
    std::function<std::optional<QByteArray>(const QByteArray &pdf, const PdfDetails &details)>;

// The article on paper (a printer or a PDF): typeset in a reading layout
// for the page's width, cut into pages as a typesetter would (PagePlan),
// with the section in a running head from the second page on and the page
// number in the footer. Text stays text, in the faces the typography names
// (the reader's embedded fonts).
class ArticlePrint final
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePrint)

public:
    // The article's body size on paper, in 1/96 in: 10.5 pt.
    static constexpr int kBodyPixels = 14;

    ArticlePrint(const Article &article, ReadingLayout layout, const Typography &typography);

    // Paints every page on the device; the number of pages, 0 on failure.
    // Where each section's heading went, for an outline.
    int paint(QPagedPaintDevice *device, QList<PdfDetails::Entry> *outline = nullptr) const;
    // Pinyin over the Chinese, as the screen shows it (in Zhuyin, with the
    // spoken tones, in tone colours); none: none.
    void setPinyin(std::shared_ptr<const PinyinConverter> converter,
                   PinyinAnnotator::Style style = {})
    {
        m_pinyin = std::move(converter);
        m_pinyinStyle = style;
    }
    // The article as published, when it is printed in another script: the
    // pinyin is read from its Simplified text (see ReadingSession), and the
    // PDF says which Chinese it is in.
    void setPublished(const Article &published, ChineseScript script)
    {
        m_published = published;
        m_script = script;
    }
    // The reader's highlights, as a tint on their words.
    void setHighlights(QList<HighlightMark> marks) { m_highlights = std::move(marks); }
    // The notes on them, numbered after their words and printed after the
    // article (a book's notes, not the foot of each page).
    void setNotesAtEnd(bool on) { m_notesAtEnd = on; }
    // Finishes each PDF written (metadata, language, outline).
    void setFinisher(PdfFinisher finisher) { m_finisher = std::move(finisher); }
    // Title, author, subject, creator and language for the PDF.
    [[nodiscard]] PdfDetails details() const;
    // A PDF on this paper; an empty string, or what went wrong.
    [[nodiscard]] QString writePdf(const QString &path,
                                   QPageSize::PageSizeId paper = QPageSize::A4) const;
    // Letter where the locale measures in inches (the United States and
    // its neighbours' habits), A4 elsewhere.
    [[nodiscard]] static QPageSize::PageSizeId localePaper();
    // Margins that suit the paper, in millimetres: the same measure of
    // text on A4's narrower, taller page and on Letter.
    [[nodiscard]] static QMarginsF margins(QPageSize::PageSizeId paper);
    // The layout set on paper: side by side falls back to interleaved on a
    // page too narrow for two columns, as on screen.
    [[nodiscard]] ReadingLayout layoutFor(qreal pageWidth) const;

private:
    void markHighlights(QTextDocument *document, const DocumentAnchors &anchors,
                        ReadingLayout layout) const;
    // The running head of a page whose text starts at y: the section there.
    [[nodiscard]] QString headerAt(const QList<qreal> &sectionTops, qreal y) const;

    const Article &m_article;
    std::optional<Article> m_published;
    ChineseScript m_script = ChineseScript::Simplified;
    ReadingLayout m_layout;
    Typography m_type;
    PdfFinisher m_finisher;
    std::shared_ptr<const PinyinConverter> m_pinyin;
    PinyinAnnotator::Style m_pinyinStyle;
    QList<HighlightMark> m_highlights;
    bool m_notesAtEnd = false;
};

}  // namespace hope::core
