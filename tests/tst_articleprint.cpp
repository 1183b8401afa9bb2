#include "TestArticle.h"
#include "app/PdfFinisher.h"
#include "core/ArticlePrint.h"
#include "core/ArticleScript.h"
#include "core/PinyinAnnotator.h"
#include "core/PinyinConverter.h"
#include "core/ScriptConverter.h"
#include "ui/EmbeddedFonts.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace hope::core;
using namespace hope::ui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ReadingLayout)

// The PDF read back with poppler-utils (scripts/setup installs them): its
// text, its pages and its fonts, as any PDF reader would see them.
class TestArticlePrint : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    Typography m_type;
    QTemporaryDir m_dir;

    static QString run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.start(tool, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("(%1 failed: %2)").arg(tool, process.errorString());
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QString text(const QString &pdf, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
    }
    static int pages(const QString &pdf)
    {
        static const QRegularExpression line(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                             QRegularExpression::MultilineOption);
        return line.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
    }
    // The pixels of a PDF's first page (drawn by pdftoppm at dpi) that are
    // of a colour; -1 if the page could not be drawn.
    static int pixelsOnFirstPage(const QString &pdf, int dpi,
                                 const std::function<bool(const QColor &)> &colour)
    {
        const QString prefix = pdf + QStringLiteral("-page");
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
             QStringLiteral("-png"), pdf, prefix});
        const QImage page(prefix + QStringLiteral(".png"));
        if (page.isNull())
            return -1;
        int count = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) count += colour(page.pixelColor(x, y));
        return count;
    }
    // pdftotext's words with the spaces and line ends taken out, so a
    // paragraph can be found whatever the lines it was broken into.
    static QString squeezed(const QString &text)
    {
        static const QRegularExpression space(QStringLiteral("[\\s\\x{00ad}]+"));
        return text.normalized(QString::NormalizationForm_KC).remove(space);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const QString &tool :
             {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo"), QStringLiteral("pdffonts")})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     "poppler-utils is missing: scripts/setup installs it");
        m_article = embeddedArticle();
        EmbeddedFonts::ensureRegistered();
        m_type.chinese = {EmbeddedFonts::serif(18, Language::Chinese),
                          EmbeddedFonts::serif(18, Language::Chinese)};
        m_type.english = {EmbeddedFonts::serif(18, Language::English),
                          EmbeddedFonts::serif(18, Language::English)};
    }

    void eachLayout_givesItsTextBack_inPagesWithHeaderAndNumbers_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<bool>("english");
        QTest::newRow("zh") << ReadingLayout::Chinese << true << false;
        QTest::newRow("en") << ReadingLayout::English << false << true;
        QTest::newRow("parallel") << ReadingLayout::Parallel << true << true;
        QTest::newRow("interleaved") << ReadingLayout::Interleaved << true << true;
    }
    void eachLayout_givesItsTextBack_inPagesWithHeaderAndNumbers()
    {
        QFETCH(ReadingLayout, layout);
        QFETCH(bool, chinese);
        QFETCH(bool, english);
        const QString pdf = m_dir.filePath(readingLayoutName(layout) + QStringLiteral(".pdf"));
        QCOMPARE(ArticlePrint(m_article, layout, m_type).writePdf(pdf), QString());

        const int count = pages(pdf);
        // The article is about 9,000 characters of Chinese and 3,500 words
        // of English: at 10.5 pt on A4 that is a few pages, both a few more.
        QVERIFY2(count >= 3 && count <= 14, qPrintable(QString::number(count)));
        const QString all = squeezed(text(pdf));
        // Every paragraph, in the languages of the layout, and none of
        // the other.
        for (const ArticleSection &s : m_article.sections) {
            for (const ArticleBlock &b : s.blocks) {
                if (b.kind != BlockKind::Paragraph)
                    continue;
                // No more than the first line of a column holds: pdftotext
                // reads two columns line by line across.
                const QString zh = squeezed(b.text.zh.left(8));
                const QString en = squeezed(b.text.en.left(24));
                QVERIFY2(all.contains(zh) == chinese, qPrintable(b.id + u' ' + zh));
                QVERIFY2(all.contains(en) == english, qPrintable(b.id + u' ' + en));
            }
        }
        // Section headings.
        QVERIFY(
            all.contains(squeezed(m_article.sections.at(2)
                                      .heading.in(chinese ? Language::Chinese : Language::English)
                                      .left(6))));
        // From the second page a running head names the section the page
        // opens in (the first has the title itself); the footer numbers it.
        const QString first = text(pdf, 1);
        const QString second = text(pdf, 2);
        const Language language = chinese ? Language::Chinese : Language::English;
        const QString part1 =
            m_article.sections.at(1).number + m_article.sections.at(1).heading.in(language);
        // Interleaved, the lead alone fills the first page: the second opens
        // in it, under the title, set as the text is (full-width ，：).
        const QString head =
            layout == ReadingLayout::Interleaved
                ? QStringLiteral("希望是光，希望有你：国际奥林匹克日阿里巴巴发布奥运大片")
                : part1;
        QVERIFY2(squeezed(second).startsWith(squeezed(head)), qPrintable(second.left(200)));
        if (layout == ReadingLayout::Interleaved)
            QVERIFY2(second.trimmed().startsWith(head), qPrintable(second.left(200)));
        QVERIFY2(squeezed(second).endsWith(QStringLiteral("2")), qPrintable(second.right(100)));
        // The first page opens with the title itself, not a running head.
        // (Side by side, pdftotext reads the two columns' lines in turn.)
        const QString title = squeezed(m_article.meta.title.in(language))
                                  .left(layout == ReadingLayout::Parallel ? 6 : -1);
        QVERIFY2(squeezed(first).startsWith(title) &&
                     !squeezed(first).mid(title.size()).startsWith(title),
                 qPrintable(first.left(200)));
        // Each figure's place, as a caption.
        QVERIFY(all.contains(chinese ? QStringLiteral("图3") : QStringLiteral("Figure3")));
    }

    // Paper as a typesetter would set it: no page ends with a heading, no
    // heading is cut between pages, nothing on it asks to be clicked.
    void pages_areCutAsATypesetterWould_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        QTest::newRow("zh") << ReadingLayout::Chinese;
        QTest::newRow("en") << ReadingLayout::English;
        QTest::newRow("parallel") << ReadingLayout::Parallel;
        QTest::newRow("interleaved") << ReadingLayout::Interleaved;
    }

    void pages_areCutAsATypesetterWould()
    {
        QFETCH(ReadingLayout, layout);
        const QString pdf = m_dir.filePath(QStringLiteral("cut-") + readingLayoutName(layout) +
                                           QStringLiteral(".pdf"));
        QCOMPARE(ArticlePrint(m_article, layout, m_type).writePdf(pdf), QString());
        const int count = pages(pdf);
        QVERIFY(count >= 3);
        QStringList pageTexts;
        for (int page = 1; page <= count; ++page) {
            // The page's text without its number at the foot.
            QString t = squeezed(text(pdf, page));
            t.chop(QString::number(page).size());
            pageTexts << t;
        }
        const QString all = pageTexts.join(QString());
        QVERIFY(!all.contains(u"Playthisscene") && !all.contains(u"▶") &&
                !all.contains(u"播放此场景"));
        for (const ArticleSection &section : m_article.sections) {
            for (const Language language : {Language::Chinese, Language::English}) {
                const QString heading = squeezed(section.heading.in(language));
                if (heading.isEmpty() || !all.contains(heading))
                    continue;
                bool whole = false;
                for (int page = 0; page < count; ++page) {
                    const QString &t = pageTexts.at(page);
                    whole = whole || t.contains(heading);
                    // Never the last thing on a page (the running head of
                    // the next repeats it at its top, which is fine).
                    QVERIFY2(!t.endsWith(heading),
                             qPrintable(QStringLiteral("page %1 ends with %2")
                                            .arg(page + 1)
                                            .arg(section.heading.in(language))));
                }
                QVERIFY2(whole, qPrintable(section.heading.in(language)));
            }
        }
    }

    // Letter where the locale measures in inches, A4 elsewhere; each with
    // margins that keep the measure.
    void paper_followsTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QPageSize::PageSizeId us = ArticlePrint::localePaper();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QPageSize::PageSizeId china = ArticlePrint::localePaper();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QPageSize::PageSizeId uk = ArticlePrint::localePaper();
        QLocale::setDefault(before);
        QCOMPARE(us, QPageSize::Letter);
        QCOMPARE(china, QPageSize::A4);
        QCOMPARE(uk, QPageSize::A4);
        // The line is as long on either: 210 - 36 = 216 - 42 mm.
        const QMarginsF a4 = ArticlePrint::margins(QPageSize::A4);
        const QMarginsF letter = ArticlePrint::margins(QPageSize::Letter);
        QCOMPARE(210 - a4.left() - a4.right(), 216 - letter.left() - letter.right());
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(ArticlePrint(m_article, ReadingLayout::English, m_type)
                     .writePdf(pdf, QPageSize::Letter),
                 QString());
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts")));
    }

    // What a PDF reader shows beside the pages: title, author, subject and
    // language in the document's information, the sections as bookmarks
    // (written by the print module with qpdf; Qt's writer cannot).
    void metadataAndOutline_areWritten_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << ReadingLayout::Chinese << QStringLiteral("zh-CN");
        QTest::newRow("en") << ReadingLayout::English << QStringLiteral("en-GB");
        QTest::newRow("parallel") << ReadingLayout::Parallel << QStringLiteral("zh-CN");
    }

    void metadataAndOutline_areWritten()
    {
        QFETCH(ReadingLayout, layout);
        QFETCH(QString, language);
        ArticlePrint print(m_article, layout, m_type);
        print.setFinisher(hope::app::PdfFinisher::finisher());
        const QString pdf = m_dir.filePath(QStringLiteral("meta-") + readingLayoutName(layout) +
                                           QStringLiteral(".pdf"));
        QCOMPARE(print.writePdf(pdf), QString());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const Language first = language == u"en-GB" ? Language::English : Language::Chinese;
        QVERIFY2(
            info.contains(QStringLiteral("Author:          ") + m_article.meta.author.in(first)),
            qPrintable(info));
        QVERIFY2(
            info.contains(QStringLiteral("Title:           ") + m_article.meta.title.in(first)),
            qPrintable(info));
        QVERIFY2(
            info.contains(QStringLiteral("Subject:         ") + m_article.meta.outlet.in(first)),
            qPrintable(info));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QStringLiteral("/Lang (%1)").arg(language).toLatin1()));
        // The outline as poppler reads it: every section, in order, each on
        // the page where its heading is.
        const QString html = run(QStringLiteral("pdftohtml"),
                                 {QStringLiteral("-stdout"), QStringLiteral("-i"),
                                  QStringLiteral("-noframes"), QStringLiteral("-q"), pdf});
        const qsizetype outline = html.indexOf(QStringLiteral("Document Outline"));
        QVERIFY2(outline >= 0, qPrintable(html.left(300)));
        static const QRegularExpression entry(
            QStringLiteral("<li><a href=\"[^\"]*#(\\d+)\">([^<]*)</a>"));
        QStringList titles;
        for (auto it = entry.globalMatch(html, outline); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            titles << m.captured(2);
            // The heading is on that page.
            const int page = m.captured(1).toInt();
            // (The closing has no heading: its ornament, ＊ ＊ ＊, opens it.)
            const int section = int(titles.size()) - 1;
            const QString heading =
                section < m_article.sections.size() &&
                        m_article.sections.at(section).heading.in(first).isEmpty() && section > 0
                    ? QStringLiteral("＊＊＊")
                    : m.captured(2).section(u' ', -1);
            QVERIFY2(squeezed(text(pdf, page)).contains(squeezed(heading).left(4)),
                     qPrintable(QStringLiteral("%1 on page %2").arg(m.captured(2)).arg(page)));
        }
        QCOMPARE(titles.size(), m_article.sections.size());
        QVERIFY2(titles.at(2).startsWith(m_article.sections.at(2).number),
                 qPrintable(titles.join(u'|')));
        QVERIFY2(titles.at(2).contains(m_article.sections.at(2).heading.in(first).left(4)),
                 qPrintable(titles.join(u'|')));
    }

    // Pinyin on paper when the screen shows it: each word's reading over
    // it, as text a PDF reader finds; none when it is not shown.
    void pinyin_isPrintedWhenShown()
    {
        auto converter = std::make_shared<PinyinConverter>();
        QVERIFY2(converter->load(), qPrintable(converter->error()));
        ArticlePrint with(m_article, ReadingLayout::Chinese, m_type);
        with.setPinyin(converter);
        const QString pinyin = m_dir.filePath(QStringLiteral("pinyin.pdf"));
        QCOMPARE(with.writePdf(pinyin), QString());
        const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
        QCOMPARE(ArticlePrint(m_article, ReadingLayout::Chinese, m_type).writePdf(plain),
                 QString());
        // 延迟一年的东京奥运会: the lead's first words, as the orthography
        // writes them, a syllable over each character.
        const QString shown = squeezed(text(pinyin, 1));
        QVERIFY2(shown.contains(QStringLiteral("Yánchí")), qPrintable(shown.left(400)));
        QVERIFY2(shown.contains(QStringLiteral("Àoyùnhuì")), qPrintable(shown.left(400)));
        QVERIFY(!squeezed(text(plain, 1)).contains(QStringLiteral("Yánchí")));
        // The room over each line makes the article longer, not cut.
        QVERIFY(pages(pinyin) > pages(plain));
        QVERIFY(squeezed(text(pinyin))
                    .contains(squeezed(m_article.sections.at(3).blocks.last().text.zh.left(8))));
    }

    // Printed as the screen writes it: in Zhuyin, with 一 and 不 in their
    // spoken tones, in tone colours, when the reader chose so.
    void pinyin_isPrintedInTheScreensStyle()
    {
        auto converter = std::make_shared<PinyinConverter>();
        QVERIFY2(converter->load(), qPrintable(converter->error()));
        const auto printed = [&](const PinyinAnnotator::Style &style, const QString &name) {
            ArticlePrint print(m_article, ReadingLayout::Chinese, m_type);
            print.setPinyin(converter, style);
            const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
            return print.writePdf(pdf).isEmpty() ? pdf : QString();
        };
        const QString plain = printed({}, QStringLiteral("style-plain"));
        QVERIFY(!plain.isEmpty());
        // 延迟一年的: yī nián as the dictionary writes it, yì nián as said.
        QVERIFY2(squeezed(text(plain, 1)).contains(u"yīnián"_s),
                 qPrintable(squeezed(text(plain, 1)).left(300)));
        PinyinAnnotator::Style spoken;
        spoken.spokenTones = true;
        const QString said = squeezed(text(printed(spoken, QStringLiteral("style-spoken")), 1));
        QVERIFY2(said.contains(u"yìnián"_s), qPrintable(said.left(300)));
        QVERIFY(!said.contains(u"yīnián"_s));

        PinyinAnnotator::Style zhuyin;
        zhuyin.ruby = PinyinAnnotator::Ruby::Zhuyin;
        const QString columns = text(printed(zhuyin, QStringLiteral("style-zhuyin")), 1);
        const auto bopomofo = [](const QString &t) {
            return std::count_if(t.cbegin(), t.cend(), [](QChar c) {
                return c.unicode() >= 0x3105 && c.unicode() <= 0x312f;
            });
        };
        QVERIFY2(bopomofo(columns) > 50, qPrintable(columns.left(300)));
        QVERIFY(!squeezed(columns).contains(u"Yánchí"_s));
        QCOMPARE(bopomofo(text(plain, 1)), 0);

        PinyinAnnotator::Style coloured;
        coloured.toneColours = true;
        // The third tone's blue: the plain pinyin ink is a warm one, so a
        // pixel of that hue (however anti-aliased) is a third tone's.
        const QColor third = m_type.colours.tone3;
        const auto inkOfTheThirdTone = [&third](const QString &pdf) {
            return pixelsOnFirstPage(pdf, 100, [&third](const QColor &c) {
                return c.hsvSaturation() > 60 && std::abs(c.hsvHue() - third.hsvHue()) < 20;
            });
        };
        const int withColours =
            inkOfTheThirdTone(printed(coloured, QStringLiteral("style-colours")));
        const int without = inkOfTheThirdTone(plain);
        QVERIFY2(without >= 0 && withColours > without + 50,
                 qPrintable(QStringLiteral("%1 against %2").arg(withColours).arg(without)));
    }

    // In Traditional characters: the text as shown, its pinyin read from
    // the Simplified behind it (作為 read alone is zuòwèi, a Taiwan
    // reading; the article's 作为 is zuòwéi), and the PDF's language
    // Taiwan's.
    void traditional_isPrintedAsShown_withThePublishedPinyin()
    {
        const ScriptConverter converter(u"s2twp.json"_s);
        QVERIFY2(converter.load(), qPrintable(converter.error()));
        const Article shown = articleInScript(m_article, converter);
        auto pinyin = std::make_shared<PinyinConverter>();
        QVERIFY2(pinyin->load(), qPrintable(pinyin->error()));
        ArticlePrint print(shown, ReadingLayout::Chinese, m_type);
        print.setPinyin(pinyin);
        print.setPublished(m_article, ChineseScript::TraditionalTaiwan);
        QCOMPARE(print.details().language, u"zh-TW"_s);
        const QString pdf = m_dir.filePath(QStringLiteral("traditional.pdf"));
        QCOMPARE(print.writePdf(pdf), QString());
        const QString first = squeezed(text(pdf, 1));
        // 延遲一年的東京奧運會, read Yánchí … Dōngjīng Àoyùnhuì.
        QVERIFY2(first.contains(u"東京奧運會"_s), qPrintable(first.left(400)));
        QVERIFY2(first.contains(u"Yánchí"_s), qPrintable(first.left(400)));
        QVERIFY2(first.contains(u"Àoyùnhuì"_s), qPrintable(first.left(400)));
        QVERIFY(!first.contains(u"东京奥运会"_s));
        const QString all = squeezed(text(pdf));
        QVERIFY2(all.contains(u"zuòwéi"_s), qPrintable(all.left(2000)));
        QVERIFY(!all.contains(u"zuòwèi"_s));
        QVERIFY(!all.contains(u"chéngwèi"_s));
        QCOMPARE(ArticlePrint(m_article, ReadingLayout::Chinese, m_type).details().language,
                 u"zh-CN"_s);
    }

    // A highlight is on paper as on screen: its words tinted in its colour.
    void highlights_areTintedOnPaper()
    {
        const QString words = QStringLiteral("延迟一年的东京奥运会");
        ArticlePrint with(m_article, ReadingLayout::Chinese, m_type);
        with.setHighlights({{QStringLiteral("h"), QStringLiteral("lead-1"), Language::Chinese, 0,
                             words.size(), HighlightColour::Pink, QString()}});
        const QString tinted = m_dir.filePath(QStringLiteral("tinted.pdf"));
        QCOMPARE(with.writePdf(tinted), QString());
        const QString plain = m_dir.filePath(QStringLiteral("untinted.pdf"));
        QCOMPARE(ArticlePrint(m_article, ReadingLayout::Chinese, m_type).writePdf(plain),
                 QString());
        const QColor pink = m_type.colours.highlightPink;
        const auto pinkPixels = [&pink](const QString &pdf) {
            return pixelsOnFirstPage(pdf, 40, [&pink](const QColor &c) {
                return std::abs(c.red() - pink.red()) < 4 &&
                       std::abs(c.green() - pink.green()) < 4 &&
                       std::abs(c.blue() - pink.blue()) < 4;
            });
        };
        // Ten characters' worth of tint on the first page, none without.
        QVERIFY2(pinkPixels(tinted) > 100, qPrintable(QString::number(pinkPixels(tinted))));
        QCOMPARE(pinkPixels(plain), 0);
        QVERIFY(squeezed(text(tinted, 1)).contains(words));
    }

    // Asked for, the notes on highlights are numbered after their words and
    // printed after the article, in reading order, as plain text.
    void notes_areNumberedAndPrintedAfterTheArticle()
    {
        const QString last = QStringLiteral("东京奥运会");
        const QString first = QStringLiteral("延迟一年");
        const QList<HighlightMark> marks{
            {QStringLiteral("b"), QStringLiteral("lead-1"), Language::Chinese, 5, last.size(),
             HighlightColour::Yellow, QStringLiteral("<b>second</b> note")},
            {QStringLiteral("a"), QStringLiteral("lead-1"), Language::Chinese, 0, first.size(),
             HighlightColour::Blue, QStringLiteral("first note")},
            {QStringLiteral("c"), QStringLiteral("lead-2"), Language::Chinese, 0, 2,
             HighlightColour::Green, QString()}};
        ArticlePrint with(m_article, ReadingLayout::Chinese, m_type);
        with.setHighlights(marks);
        with.setNotesAtEnd(true);
        const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        QCOMPARE(with.writePdf(pdf), QString());
        const QString all = squeezed(text(pdf));
        QVERIFY2(all.contains(first + u'1'), qPrintable(all.left(300)));
        QVERIFY2(all.contains(last + u'2'), qPrintable(all.left(300)));
        const qsizetype notes = all.lastIndexOf(QStringLiteral("Notes"));
        QVERIFY(notes >
                all.indexOf(squeezed(m_article.sections.last().blocks.last().text.zh.right(6))));
        QVERIFY2(all.mid(notes).contains(
                     QStringLiteral("1.“延迟一年”firstnote2.“东京奥运会”<b>second</b>note")),
                 qPrintable(all.mid(notes)));
        // Not asked: tinted, nothing numbered, no notes.
        ArticlePrint without(m_article, ReadingLayout::Chinese, m_type);
        without.setHighlights(marks);
        const QString plainPdf = m_dir.filePath(QStringLiteral("nonotes.pdf"));
        QCOMPARE(without.writePdf(plainPdf), QString());
        QVERIFY(!squeezed(text(plainPdf)).contains(QStringLiteral("firstnote")));
        QVERIFY(!squeezed(text(plainPdf)).contains(first + u'1'));
    }

    void fonts_areEmbedded()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QCOMPARE(ArticlePrint(m_article, ReadingLayout::Parallel, m_type).writePdf(pdf), QString());
        const QStringList lines =
            run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        bool cjk = false;
        for (const QString &line : lines) {
            // name type encoding emb sub uni object id
            const QStringList fields = line.simplified().split(u' ');
            QVERIFY2(fields.size() >= 7 && fields.at(fields.size() - 5) == u"yes",
                     qPrintable(line));
            cjk = cjk || line.contains(QStringLiteral("CJK"));
        }
        QVERIFY2(cjk, "no CJK face in the PDF");
    }

    void aFolderThatIsNotThere_isSaid()
    {
        const QString error = ArticlePrint(m_article, ReadingLayout::Chinese, m_type)
                                  .writePdf(m_dir.filePath(QStringLiteral("no/such/a.pdf")));
        QVERIFY(error.contains(QStringLiteral("no/such")));
    }
};

QTEST_MAIN(TestArticlePrint)
#include "tst_articleprint.moc"
