#include "core/ArticleDocumentBuilder.h"

#include "core/ArticleLinks.h"
#include "core/ChineseSetting.h"
#include "core/ReadingPosition.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace hope::core {

namespace {

constexpr qreal kChineseLineEm = 1.8;

// A bundle's line breaks stay inside their paragraph.
QString plain(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    text.remove(u'\r');
    return text;
}

class Writer
{
public:
    Writer(QTextDocument *document, Language language, const Typography &typography)
        : m_cursor(document),
          m_language(language),
          m_type(typography),
          m_faces(typography.faces(language))
    {}

    // Chinese wants more air between lines than English does: clreq's
    // 1.8 em from line to line. Qt takes a proportional height as a share of
    // the font's own line height (ascent and descent, some 1.45 em in the
    // CJK face), so the share is worked out from it.
    [[nodiscard]] qreal lineHeight() const
    {
        if (m_language != Language::Chinese)
            return 135;
        const qreal fontHeight = QFontMetricsF(m_faces.body).height();
        return fontHeight > 0 ? 100.0 * kChineseLineEm * em() / fontHeight : 150;
    }
    [[nodiscard]] qreal em() const
    {
        return m_faces.body.pixelSize() > 0 ? m_faces.body.pixelSize() : 17;
    }

    int beginBlock(const QTextBlockFormat &format)
    {
        if (m_reuseCurrent) {
            m_cursor.setBlockFormat(format);
            m_reuseCurrent = false;
        } else {
            m_cursor.insertBlock(format);
        }
        return m_cursor.block().blockNumber();
    }

    void text(const QString &text, const QFont &font, const QColor &color, bool bold = false)
    {
        QTextCharFormat f;
        f.setFont(font);
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::Bold);
        m_cursor.insertText(plain(text), f);
    }

    QTextBlockFormat base() const
    {
        QTextBlockFormat f;
        f.setLineHeight(lineHeight(), QTextBlockFormat::ProportionalHeight);
        f.setAlignment(m_language == Language::Chinese ? Qt::AlignJustify : Qt::AlignLeft);
        return f;
    }

    QFont sized(const QFont &font, qreal factor) const
    {
        QFont f = font;
        f.setPixelSize(qRound(em() * factor));
        return f;
    }

    QTextCursor &cursor() { return m_cursor; }

    void leaveFrame()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_reuseCurrent = true;
    }
    const Typography &type() const { return m_type; }
    const TypeFaces &faces() const { return m_faces; }
    Language language() const { return m_language; }

private:
    QTextCursor m_cursor;
    Language m_language;
    const Typography &m_type;
    const TypeFaces &m_faces;
    // A new document, and the space after a frame, already have an empty
    // block to write into; inserting another would leave a blank line.
    bool m_reuseCurrent = true;
};

// Writes a paragraph, turning the phrases that name a milestone into links
// to it. The links are made here, from the bundle's milestone data, never
// from anything inside the text.
void writeWithLinks(Writer &w, const ArticleBlock &block, const QList<Milestone> &milestones)
{
    const QString &text = block.text.in(w.language());
    QList<QPair<QString, QString>> phrases;  // phrase, milestone id
    for (const Milestone &m : milestones) {
        if (!m.paragraphIds.contains(block.id))
            continue;
        for (const QString &phrase :
             w.language() == Language::Chinese ? m.mentionsZh : m.mentionsEn)
            phrases << qMakePair(phrase, m.id);
    }
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype next = -1;
        const QPair<QString, QString> *found = nullptr;
        for (const auto &phrase : std::as_const(phrases)) {
            const qsizetype at = text.indexOf(phrase.first, pos);
            if (at >= 0 && (next < 0 || at < next)) {
                next = at;
                found = &phrase;
            }
        }
        if (!found) {
            w.text(text.mid(pos), w.faces().body, w.type().colours.ink);
            break;
        }
        if (next > pos)
            w.text(text.mid(pos, next - pos), w.faces().body, w.type().colours.ink);
        QTextCharFormat link;
        link.setFont(w.faces().body);
        link.setForeground(w.type().colours.accent);
        link.setAnchor(true);
        link.setAnchorHref(ArticleLinks::milestone(found->second));
        link.setUnderlineStyle(QTextCharFormat::DotLine);
        link.setUnderlineColor(w.type().colours.accent);
        w.cursor().insertText(plain(found->first), link);
        pos = next + found->first.size();
    }
}

}  // namespace

namespace {
void insertPlayLink(Writer &w, const QString &chapterId)
{
    QTextCharFormat play;
    play.setFont(w.sized(w.faces().body, 0.8));
    play.setForeground(w.type().colours.accent);
    play.setAnchor(true);
    play.setAnchorHref(ArticleLinks::chapter(chapterId));
    play.setToolTip(ArticleDocumentBuilder::tr("Play this scene of the clip"));
    w.cursor().insertText(ArticleDocumentBuilder::tr("▶ Play this scene"), play);
}
}  // namespace

DocumentAnchors ArticleDocumentBuilder::build(QTextDocument *document, const Article &article,
                                              Language language, const Typography &type)
{
    document->clear();
    document->setUndoRedoEnabled(false);
    const TypeFaces &faces = type.faces(language);
    document->setDefaultFont(faces.body);
    DocumentAnchors anchors;
    Writer w(document, language, type);
    const qreal em = w.em();
    const ArticleMeta &meta = article.meta;

    // Title block: title, byline, editor's note.
    QTextBlockFormat title = w.base();
    title.setAlignment(Qt::AlignLeft);
    title.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    title.setTopMargin(em * 1.5);
    title.setBottomMargin(em * 0.9);
    const int titleBlock = w.beginBlock(title);
    anchors.blocks << qMakePair(ReadingPosition::startId(), titleBlock);
    w.text(meta.title.in(language), w.sized(faces.heading, 1.75), type.colours.ink, true);

    QTextBlockFormat byline = w.base();
    byline.setAlignment(Qt::AlignLeft);
    byline.setBottomMargin(em * 0.2);
    w.beginBlock(byline);
    // The translation is British English, and so are its dates: Qt's en_GB
    // long format still has a comma after the weekday, which British style
    // guides drop ("Sunday 27 June 2021").
    const QString date =
        language == Language::Chinese
            ? QLocale(QLocale::Chinese, QLocale::China).toString(meta.date, QLocale::LongFormat)
            : QLocale(QLocale::English, QLocale::UnitedKingdom)
                  .toString(meta.date, QStringLiteral("dddd d MMMM yyyy"));
    w.text(tr("%1 · published %2").arg(meta.outlet.in(language), date), w.sized(faces.body, 0.85),
           type.colours.muted);
    w.beginBlock(byline);
    w.text(tr("Text: %1    Editor: %2").arg(meta.author.in(language), meta.editor.in(language)),
           w.sized(faces.body, 0.85), type.colours.muted);

    QTextFrameFormat noteFrame;
    noteFrame.setBackground(type.colours.figurePaper);
    noteFrame.setPadding(em * 0.8);
    noteFrame.setTopMargin(em * 0.8);
    noteFrame.setBottomMargin(em * 1.4);
    noteFrame.setBorder(0);
    w.cursor().insertFrame(noteFrame);
    QTextBlockFormat note = w.base();
    note.setAlignment(Qt::AlignLeft);
    w.cursor().setBlockFormat(note);
    QFont noteFont = w.sized(faces.body, 0.9);
    w.text(meta.editorsNote.in(language), noteFont, type.colours.muted);
    w.leaveFrame();

    int figureNumber = 0;
    for (int s = 0; s < article.sections.size(); ++s) {
        const ArticleSection &section = article.sections.at(s);
        if (s == 0) {
            anchors.sectionBlocks << titleBlock;
        } else if (!section.number.isEmpty() || !section.heading.in(language).isEmpty()) {
            QTextBlockFormat heading = w.base();
            heading.setAlignment(Qt::AlignLeft);
            heading.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
            heading.setTopMargin(em * 2.2);
            heading.setBottomMargin(em * 1.0);
            anchors.sectionBlocks << w.beginBlock(heading);
            anchors.blocks << qMakePair(section.id, anchors.sectionBlocks.last());
            if (!section.number.isEmpty()) {
                w.text(section.number, w.sized(faces.heading, 2.1), type.colours.accent, true);
                w.cursor().insertText(QString(QChar::LineSeparator));
            }
            w.text(section.heading.in(language), w.sized(faces.heading, 1.3), type.colours.ink,
                   true);
        } else {
            // An unnumbered part without a heading opens with a quiet ornament.
            QTextBlockFormat ornament = w.base();
            ornament.setAlignment(Qt::AlignHCenter);
            ornament.setTopMargin(em * 1.8);
            ornament.setBottomMargin(em * 1.2);
            anchors.sectionBlocks << w.beginBlock(ornament);
            anchors.blocks << qMakePair(section.id, anchors.sectionBlocks.last());
            w.text(QStringLiteral("＊　＊　＊"), w.sized(faces.body, 0.9), type.colours.rule);
        }

        for (const ArticleBlock &block : section.blocks) {
            if (block.kind == BlockKind::Paragraph) {
                QTextBlockFormat p = w.base();
                p.setBottomMargin(em * 0.9);
                // Chinese paragraphs open with a two-character indent.
                if (language == Language::Chinese)
                    p.setTextIndent(em * 2);
                anchors.blocks << qMakePair(block.id, w.beginBlock(p));
                writeWithLinks(w, block, article.milestones);
                ChineseSetting::bindLastLine(w.cursor().block());
                const int chapter = article.clip.chapterForBlock(block.id);
                if (chapter >= 0) {
                    w.cursor().insertText(QStringLiteral("\u2002"), QTextCharFormat());
                    insertPlayLink(w, article.clip.chapters.at(chapter).id);
                }
                continue;
            }
            // A figure place: the capture kept only the picture's alt text,
            // which repeats the title, so the place is marked, not the text.
            ++figureNumber;
            QTextFrameFormat frame;
            frame.setBackground(type.colours.figurePaper);
            frame.setBorder(1);
            frame.setBorderBrush(type.colours.rule);
            frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            frame.setPadding(em * 1.0);
            frame.setTopMargin(em * 0.4);
            frame.setBottomMargin(em * 1.3);
            w.cursor().insertFrame(frame);
            QTextBlockFormat figure;
            figure.setAlignment(Qt::AlignHCenter);
            w.cursor().setBlockFormat(figure);
            anchors.blocks << qMakePair(block.id, w.cursor().block().blockNumber());
            const int chapter = article.clip.chapterForBlock(block.id);
            if (chapter >= 0 && !article.clip.chapters.at(chapter).stillPath.isEmpty()) {
                // A still of the clip's matching scene; clicking it plays.
                const ClipChapter &c = article.clip.chapters.at(chapter);
                QTextImageFormat still;
                still.setName(ArticleLinks::still(c.id));
                still.setWidth(em * 18);
                still.setHeight(em * 18 * 9 / 16);
                still.setAnchor(true);
                still.setAnchorHref(ArticleLinks::chapter(c.id));
                still.setToolTip(tr("Play this scene of the clip"));
                w.cursor().insertImage(still);
                w.cursor().insertText(QString(QChar::LineSeparator));
                w.text(tr("Figure %1").arg(figureNumber), w.sized(faces.body, 0.8),
                       type.colours.muted, true);
                w.text(QStringLiteral(" · ") +
                           tr("A scene from the clip: %1").arg(c.title.in(language)),
                       w.sized(faces.body, 0.8), type.colours.muted);
                w.cursor().insertText(QString(QChar::LineSeparator));
                insertPlayLink(w, c.id);
            } else {
                w.text(tr("Figure %1").arg(figureNumber), w.sized(faces.body, 0.8),
                       type.colours.muted, true);
                w.cursor().insertText(QString(QChar::LineSeparator));
                w.text(tr("A picture stood here in the original article."),
                       w.sized(faces.body, 0.8), type.colours.muted);
            }
            w.leaveFrame();
        }
    }
    // Looks at the characters, not the language: in either, only Chinese
    // text has anything to change.
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) ChineseSetting::setBlock(b);
    return anchors;
}

}  // namespace hope::core
