#include "core/ArticleDocumentWriter.h"

#include "core/ArticleLinks.h"
#include "core/ChineseSetting.h"
#include "core/LayoutMeasure.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

namespace hope::core {

namespace {

constexpr char kContext[] = "ArticleDocumentBuilder";
constexpr qreal kChineseLineEm = 1.8;

}  // namespace

QString ArticleDocumentWriter::shownText(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    text.remove(u'\r');
    return text;
}

ArticleDocumentWriter::ArticleDocumentWriter(QTextDocument *document, const Typography &typography)
    : m_cursor(document), m_type(typography), m_faces(typography.chinese)
{}

void ArticleDocumentWriter::setLanguage(Language language, Role role)
{
    m_language = language;
    m_role = role;
    m_faces = m_type.faces(language);
    if (role == Role::Column) {
        m_faces.body.setPixelSize(qRound(em() * LayoutMeasure::kParallelScale));
        m_faces.heading.setPixelSize(m_faces.body.pixelSize());
    }
}

void ArticleDocumentWriter::writeInto(const QTextCursor &cursor)
{
    m_cursor = cursor;
    m_reuseCurrent = true;
}

QString ArticleDocumentWriter::words(const char *source) const
{
    const QString words = wordsIn(m_language, kContext, source);
    return m_language == Language::Chinese && m_type.chineseWords ? m_type.chineseWords(words)
                                                                  : words;
}

qreal ArticleDocumentWriter::em() const
{
    return m_faces.body.pixelSize() > 0 ? m_faces.body.pixelSize() : 17;
}

QTextBlockFormat ArticleDocumentWriter::base() const
{
    QTextBlockFormat f;
    // Chinese wants more air between lines than English does: clreq's
    // 1.8 em from line to line. Qt takes a proportional height as a share of
    // the font's own line height (ascent and descent, some 1.45 em in the
    // CJK face), so the share is worked out from it.
    qreal height = 135;
    if (m_language == Language::Chinese) {
        const qreal fontHeight = QFontMetricsF(m_faces.body).height();
        height = fontHeight > 0 ? 100.0 * kChineseLineEm * em() / fontHeight : 150;
    }
    f.setLineHeight(height, QTextBlockFormat::ProportionalHeight);
    f.setAlignment(m_language == Language::Chinese ? Qt::AlignJustify : Qt::AlignLeft);
    return f;
}

QFont ArticleDocumentWriter::sized(const QFont &font, qreal factor) const
{
    QFont f = font;
    f.setPixelSize(qRound(em() * factor));
    return f;
}

QColor ArticleDocumentWriter::ink() const
{
    return m_role == Role::Companion ? m_type.colours.companionInk() : m_type.colours.ink;
}

int ArticleDocumentWriter::beginBlock(const QTextBlockFormat &format)
{
    if (m_reuseCurrent) {
        m_cursor.setBlockFormat(format);
        m_reuseCurrent = false;
    } else {
        m_cursor.insertBlock(format);
    }
    return m_cursor.block().blockNumber();
}

void ArticleDocumentWriter::text(const QString &text, const QFont &font, const QColor &color,
                                 bool bold)
{
    QTextCharFormat f;
    f.setFont(font);
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    m_cursor.insertText(shownText(text), f);
}

void ArticleDocumentWriter::leaveFrame(QTextFrame *frame)
{
    // After the frame there is an empty block: the next piece goes there.
    m_cursor.setPosition(frame->lastPosition() + 1);
    m_reuseCurrent = true;
}

QList<int> ArticleDocumentWriter::titleBlock(const ArticleMeta &meta)
{
    QList<int> blocks;
    const qreal em = this->em();
    QTextBlockFormat title = base();
    title.setAlignment(Qt::AlignLeft);
    title.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    title.setTopMargin(em * (m_role == Role::Companion ? 0.2 : 1.5));
    title.setBottomMargin(em * 0.9);
    title.setProperty(kKeepWithNextProperty, true);
    blocks << beginBlock(title);
    // A column's title is set smaller: two long titles side by side.
    const qreal titleSize = m_role == Role::Alone ? 1.75 : m_role == Role::Column ? 1.45 : 1.35;
    text(meta.title.in(m_language), sized(m_faces.heading, titleSize), ink(), true);
    // The same rule as for paragraphs: no character alone on the last line.
    ChineseSetting::bindLastLine(m_cursor.block());

    QTextBlockFormat byline = base();
    byline.setAlignment(Qt::AlignLeft);
    byline.setBottomMargin(em * 0.2);
    byline.setProperty(kKeepWithNextProperty, true);
    blocks << beginBlock(byline);
    // The translation is British English, and so are its dates: Qt's en_GB
    // long format still has a comma after the weekday, which British style
    // guides drop ("Sunday 27 June 2021").
    const QString date =
        m_language == Language::Chinese
            ? QLocale(QLocale::Chinese, QLocale::China).toString(meta.date, QLocale::LongFormat)
            : QLocale(QLocale::English, QLocale::UnitedKingdom)
                  .toString(meta.date, QStringLiteral("dddd d MMMM yyyy"));
    text(words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "%1 · published %2"))
             .arg(meta.outlet.in(m_language), date),
         sized(m_faces.body, 0.85), m_type.colours.muted);
    blocks << beginBlock(byline);
    text(words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "Text: %1    Editor: %2"))
             .arg(meta.author.in(m_language), meta.editor.in(m_language)),
         sized(m_faces.body, 0.85), m_type.colours.muted);

    QTextFrameFormat noteFrame;
    noteFrame.setBackground(m_type.colours.figurePaper);
    noteFrame.setPadding(em * 0.8);
    noteFrame.setTopMargin(em * 0.8);
    noteFrame.setBottomMargin(em * 1.4);
    noteFrame.setBorder(0);
    QTextFrame *frame = m_cursor.insertFrame(noteFrame);
    QTextBlockFormat note = base();
    note.setAlignment(Qt::AlignLeft);
    m_cursor.setBlockFormat(note);
    blocks << m_cursor.block().blockNumber();
    text(meta.editorsNote.in(m_language), sized(m_faces.body, 0.9), m_type.colours.muted);
    leaveFrame(frame);
    return blocks;
}

int ArticleDocumentWriter::heading(const ArticleSection &section)
{
    const qreal em = this->em();
    QTextBlockFormat heading = base();
    heading.setAlignment(Qt::AlignLeft);
    heading.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    heading.setTopMargin(em * (m_role == Role::Companion ? 0.1 : 2.2));
    heading.setBottomMargin(em * 1.0);
    heading.setProperty(kKeepWithNextProperty, true);
    const int block = beginBlock(heading);
    // In an interleaved pair the number is the Chinese heading's.
    if (!section.number.isEmpty() && m_role != Role::Companion) {
        text(section.number, sized(m_faces.heading, 2.1), m_type.colours.accent, true);
        m_cursor.insertText(QString(QChar::LineSeparator));
    }
    text(section.heading.in(m_language),
         sized(m_faces.heading, m_role == Role::Companion ? 1.1 : 1.3), ink(), true);
    ChineseSetting::bindLastLine(m_cursor.block());
    return block;
}

int ArticleDocumentWriter::ornament()
{
    // An unnumbered part without a heading opens with a quiet ornament.
    QTextBlockFormat ornament = base();
    ornament.setAlignment(Qt::AlignHCenter);
    ornament.setTopMargin(em() * 1.8);
    ornament.setBottomMargin(em() * 1.2);
    ornament.setProperty(kKeepWithNextProperty, true);
    const int block = beginBlock(ornament);
    text(QStringLiteral("＊　＊　＊"), sized(m_faces.body, 0.9), m_type.colours.rule);
    return block;
}

void ArticleDocumentWriter::playLink(const QString &chapterId)
{
    QTextCharFormat play;
    play.setFont(sized(m_faces.body, 0.8));
    play.setForeground(m_type.colours.accent);
    play.setAnchor(true);
    play.setAnchorHref(ArticleLinks::chapter(chapterId));
    play.setToolTip(
        words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "Play this scene of the clip")));
    m_cursor.insertText(words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "▶ Play this scene")),
                        play);
}

// Turns the phrases that name a milestone into links to it. The links are
// made here, from the bundle's milestone data, never from anything inside
// the text.
void ArticleDocumentWriter::index(const Article &article)
{
    if (m_indexed == &article)
        return;
    m_indexed = &article;
    m_milestonesOf.clear();
    m_chapterOf.clear();
    for (qsizetype i = 0; i < article.milestones.size(); ++i) {
        for (const QString &id : article.milestones.at(i).paragraphIds) {
            QList<qsizetype> &of = m_milestonesOf[id];
            if (of.isEmpty() || of.last() != i)
                of << i;
        }
    }
    // The first chapter that names a block plays it.
    for (int i = int(article.clip.chapters.size()) - 1; i >= 0; --i) {
        const ClipChapter &chapter = article.clip.chapters.at(i);
        for (const QString &id : chapter.paragraphIds) m_chapterOf.insert(id, i);
        for (const QString &id : chapter.figureIds) m_chapterOf.insert(id, i);
    }
}

void ArticleDocumentWriter::textWithLinks(const ArticleBlock &block, const Article &article)
{
    index(article);
    const QString &text = block.text.in(m_language);
    QList<QPair<QString, QString>> phrases;  // phrase, milestone id
    for (const qsizetype i : m_milestonesOf.value(block.id)) {
        const Milestone &m = article.milestones.at(i);
        for (const QString &phrase : m_language == Language::Chinese ? m.mentionsZh : m.mentionsEn)
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
            this->text(text.mid(pos), m_faces.body, ink());
            break;
        }
        if (next > pos)
            this->text(text.mid(pos, next - pos), m_faces.body, ink());
        if (m_type.paper) {
            // On paper a date is only words: nothing to click.
            this->text(found->first, m_faces.body, ink());
            pos = next + found->first.size();
            continue;
        }
        QTextCharFormat link;
        link.setFont(m_faces.body);
        link.setForeground(m_type.colours.accent);
        link.setAnchor(true);
        link.setAnchorHref(ArticleLinks::milestone(found->second));
        link.setUnderlineStyle(QTextCharFormat::DotLine);
        link.setUnderlineColor(m_type.colours.accent);
        m_cursor.insertText(shownText(found->first), link);
        pos = next + found->first.size();
    }
}

int ArticleDocumentWriter::paragraph(const ArticleBlock &block, const Article &article)
{
    QTextBlockFormat p = base();
    p.setBottomMargin(em() * (m_role == Role::Alone ? 0.9 : 0.7));
    // Chinese paragraphs open with a two-character indent; the English of
    // an interleaved pair stands in from the left, under its Chinese.
    if (m_language == Language::Chinese)
        p.setTextIndent(em() * 2);
    if (m_role == Role::Companion) {
        p.setLeftMargin(em() * 2);
        p.setBottomMargin(em() * 1.3);
    }
    const int number = beginBlock(p);
    textWithLinks(block, article);
    ChineseSetting::bindLastLine(m_cursor.block());
    const int chapter = m_chapterOf.value(block.id, -1);
    if (chapter >= 0 && !m_type.paper) {
        m_cursor.insertText(QStringLiteral("\u2002"), QTextCharFormat());
        playLink(article.clip.chapters.at(chapter).id);
    }
    return number;
}

int ArticleDocumentWriter::figure(const ArticleBlock &block, int number, const Article &article)
{
    if (m_type.paper)
        return paperFigure(block, number, article);
    // A figure place: the capture kept only the picture's alt text, which
    // repeats the title, so the place is marked, not the text.
    const qreal em = this->em();
    QTextFrameFormat format;
    format.setBackground(m_type.colours.figurePaper);
    format.setBorder(1);
    format.setBorderBrush(m_type.colours.rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setPadding(em * 1.0);
    format.setTopMargin(em * 0.4);
    format.setBottomMargin(em * 1.3);
    QTextFrame *frame = m_cursor.insertFrame(format);
    QTextBlockFormat figure;
    figure.setAlignment(Qt::AlignHCenter);
    m_cursor.setBlockFormat(figure);
    const int first = m_cursor.block().blockNumber();
    const QString label =
        words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "Figure %1")).arg(number);
    const QFont small = sized(m_faces.body, 0.8);
    index(article);
    const int chapter = m_chapterOf.value(block.id, -1);
    // In an interleaved pair the still is shown once, above the Chinese.
    if (chapter >= 0 && !article.clip.chapters.at(chapter).stillPath.isEmpty()) {
        // A still of the clip's matching scene; clicking it plays.
        const ClipChapter &c = article.clip.chapters.at(chapter);
        if (m_role != Role::Companion) {
            QTextImageFormat still;
            still.setName(ArticleLinks::still(c.id));
            const qreal width = m_role == Role::Column ? em * 12 : em * 18;
            still.setWidth(width);
            still.setHeight(width * 9 / 16);
            still.setAnchor(true);
            still.setAnchorHref(ArticleLinks::chapter(c.id));
            still.setToolTip(
                words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "Play this scene of the clip")));
            m_cursor.insertImage(still);
            m_cursor.insertText(QString(QChar::LineSeparator));
        }
        text(label, small, m_type.colours.muted, true);
        text(QStringLiteral(" · ") +
                 words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "A scene from the clip: %1"))
                     .arg(c.title.in(m_language)),
             small, m_type.colours.muted);
        m_cursor.insertText(QString(QChar::LineSeparator));
        playLink(c.id);
    } else {
        text(label, small, m_type.colours.muted, true);
        m_cursor.insertText(QString(QChar::LineSeparator));
        text(words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder",
                                     "A picture stood here in the original article.")),
             small, m_type.colours.muted);
    }
    leaveFrame(frame);
    return first;
}

int ArticleDocumentWriter::paperFigure(const ArticleBlock &block, int number,
                                       const Article &article)
{
    // On paper no box for a picture that is not there: the still where the
    // screen shows one, and the figure's words as a quiet caption.
    const qreal em = this->em();
    QTextBlockFormat figure = base();
    figure.setAlignment(Qt::AlignHCenter);
    figure.setTopMargin(em * 0.4);
    figure.setBottomMargin(em * 1.1);
    const int first = beginBlock(figure);
    index(article);
    const int chapter = m_chapterOf.value(block.id, -1);
    if (chapter >= 0 && m_role != Role::Companion &&
        !article.clip.chapters.at(chapter).stillPath.isEmpty()) {
        QTextImageFormat still;
        still.setName(ArticleLinks::still(article.clip.chapters.at(chapter).id));
        const qreal width = m_role == Role::Column ? em * 12 : em * 18;
        still.setWidth(width);
        still.setHeight(width * 9 / 16);
        m_cursor.insertImage(still);
        m_cursor.insertText(QString(QChar::LineSeparator));
    }
    const QFont small = sized(m_faces.body, 0.8);
    text(words(QT_TRANSLATE_NOOP("ArticleDocumentBuilder", "Figure %1")).arg(number), small,
         m_type.colours.muted, true);
    if (!block.text.in(m_language).isEmpty())
        text(QStringLiteral(" · ") + block.text.in(m_language), small, m_type.colours.muted);
    return first;
}

}  // namespace hope::core
