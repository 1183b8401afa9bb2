#include "TestArticle.h"
#include "core/ReadingLayout.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"

#include <QAccessible>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace hope::core;
using namespace hope::ui;

// The article as a screen reader reads it: its text, caret and language.
class TestArticleAccessible : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    void textCaretAndLanguage()
    {
        ArticleView view;
        Typography t;
        t.chinese = {EmbeddedFonts::serif(18, Language::Chinese),
                     EmbeddedFonts::serif(18, Language::Chinese)};
        t.english = {EmbeddedFonts::serif(18, Language::English),
                     EmbeddedFonts::serif(18, Language::English)};
        view.setTypography(t);
        view.resize(800, 600);
        view.setArticle(m_article, Language::Chinese);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Document);
        QVERIFY(iface->state().readOnly);
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY(text);
        const QString title = m_article.meta.title.in(Language::Chinese);
        // The text as the view shows it (Chinese punctuation set full-width).
        QTextCursor shown(view.document());
        shown.setPosition(6, QTextCursor::KeepAnchor);
        QCOMPARE(text->text(0, 6), shown.selectedText());
        QCOMPARE(text->text(0, 4), title.left(4));
        QVERIFY(text->characterCount() > 2000);
        int start = -1;
        int end = -1;
        QVERIFY(text->attributes(3, &start, &end).contains(u"language:zh-CN;"));
        QVERIFY(start <= 3 && end > 3);
        text->setCursorPosition(40);
        QCOMPARE(view.textCursor().position(), 40);
        QCOMPARE(text->cursorPosition(), 40);
        text->setSelection(0, 2, 6);
        QCOMPARE(text->selectionCount(), 1);
        text->selection(0, &start, &end);
        QCOMPARE(start, 2);
        QCOMPARE(end, 6);
        // A point on screen and the character there agree.
        const QRect r = text->characterRect(2);
        QVERIFY(r.width() > 0 && r.height() > 0);
        QCOMPARE(text->offsetAtPoint(r.center() - QPoint(r.width() / 4, 0)), 2);
        // A line is a line on screen: the title's first line, not all of it.
        int lineStart = -1;
        int lineEnd = -1;
        const QString line = text->textAtOffset(2, QAccessible::LineBoundary, &lineStart, &lineEnd);
        QCOMPARE(lineStart, 0);
        const QString shownTitle = view.document()->firstBlock().text();
        QVERIFY(shownTitle.startsWith(line.trimmed()));
        QVERIFY2(line.trimmed().size() < shownTitle.size(), qPrintable(line));
        int nextStart = -1;
        int nextEnd = -1;
        const QString next =
            text->textAfterOffset(2, QAccessible::LineBoundary, &nextStart, &nextEnd);
        QCOMPARE(nextStart, lineEnd);
        QVERIFY(shownTitle.mid(lineEnd).startsWith(next.trimmed()));
        QCOMPARE(
            text->textBeforeOffset(nextStart + 1, QAccessible::LineBoundary, &lineStart, &lineEnd),
            line);
        // A word is the word: in the English title, "lights".
        view.setLanguage(Language::English);
        const QString english = m_article.meta.title.in(Language::English);
        const int lights = int(english.indexOf(u"lights"));
        QVERIFY(lights > 0);
        int wordStart = -1;
        int wordEnd = -1;
        // A word runs to where the next begins (AT-SPI's word start), so the
        // word Ctrl+Right passed is said with nothing cut: "lights ", and
        // "up: " with its colon.
        QCOMPARE(text->textAtOffset(lights + 2, QAccessible::WordBoundary, &wordStart, &wordEnd),
                 QStringLiteral("lights "));
        QCOMPARE(wordStart, lights);
        const int up = int(english.indexOf(u"up:"));
        QCOMPARE(text->textAtOffset(up + 2, QAccessible::WordBoundary, &wordStart, &wordEnd),
                 QStringLiteral("up: "));
        QCOMPARE(text->textAfterOffset(up, QAccessible::WordBoundary, &wordStart, &wordEnd),
                 english.mid(up + 4).section(u' ', 0, 0) + u' ');
        QVERIFY(text->attributes(3, &start, &end).contains(u"language:en-GB;"));
        QCOMPARE(text->text(0, 10), m_article.meta.title.in(Language::English).left(10));
        // Interleaved, each paragraph says its own language: the English
        // title follows the Chinese one.
        view.setReadingLayout(ReadingLayout::Interleaved);
        const QString document = text->text(0, text->characterCount());
        const int englishTitle = int(document.indexOf(english.left(12)));
        QVERIFY(englishTitle > 0);
        QVERIFY(text->attributes(2, &start, &end).contains(u"language:zh-CN;"));
        QVERIFY(text->attributes(englishTitle + 2, &start, &end).contains(u"language:en-GB;"));
    }

    // Every line a screen reader asks for is one line on screen, the same
    // line from each of its offsets, and the lines follow one another with
    // nothing skipped or read twice (the editor's note, figures and play
    // links were read twice or skipped), in every layout and language.
    void linesTileTheText_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<ReadingLayout>("layout");
        QTest::newRow("en") << Language::English << ReadingLayout::English;
        QTest::newRow("zh") << Language::Chinese << ReadingLayout::Chinese;
        QTest::newRow("interleaved") << Language::Chinese << ReadingLayout::Interleaved;
        QTest::newRow("side by side") << Language::Chinese << ReadingLayout::Parallel;
    }

    void linesTileTheText()
    {
        QFETCH(Language, language);
        QFETCH(ReadingLayout, layout);
        ArticleView view;
        view.resize(1000, 700);
        view.setArticle(m_article, language);
        view.setReadingLayout(layout);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleTextInterface *text =
            QAccessible::queryAccessibleInterface(&view)->textInterface();
        QVERIFY(text);
        const int count = text->characterCount();
        int lines = 0;
        int offset = 0;
        while (offset < count) {
            int start = -1;
            int end = -1;
            const QString line =
                text->textAtOffset(offset, QAccessible::LineBoundary, &start, &end);
            QVERIFY2(start == offset, qPrintable(QStringLiteral("line at %1 starts at %2: %3")
                                                     .arg(offset)
                                                     .arg(start)
                                                     .arg(line)));
            QVERIFY2(end > start, qPrintable(QStringLiteral("empty line at %1").arg(offset)));
            // Its text is the document's characters there (a text cursor's
            // selection into a frame gave the whole frame).
            QString shown;
            for (int at = start; at < end; ++at) {
                const QChar c = view.document()->characterAt(at);
                shown += c == QChar::ParagraphSeparator || c == QChar::LineSeparator ||
                                 c == QChar(0xfdd0) || c == QChar(0xfdd1)
                             ? QChar(u'\n')
                             : c;
            }
            QCOMPARE(line, shown);
            // Each of its characters is on it, and on one row on screen.
            const int top = text->characterRect(start).top();
            for (int at = start; at < end; ++at) {
                int s = -1;
                int e = -1;
                text->textAtOffset(at, QAccessible::LineBoundary, &s, &e);
                QVERIFY2(s == start && e == end,
                         qPrintable(QStringLiteral("offset %1 of line %2-%3 (%4) is on %5-%6")
                                        .arg(at)
                                        .arg(start)
                                        .arg(end)
                                        .arg(line)
                                        .arg(s)
                                        .arg(e)));
                if (line.at(at - start) != u'\n' &&
                    line.at(at - start) != QChar::ObjectReplacementCharacter)
                    QVERIFY2(qAbs(text->characterRect(at).top() - top) < 4,
                             qPrintable(QStringLiteral("offset %1 of line %2 is not on its row")
                                            .arg(at)
                                            .arg(line)));
            }
            int nextStart = -1;
            int nextEnd = -1;
            text->textAfterOffset(offset, QAccessible::LineBoundary, &nextStart, &nextEnd);
            if (end < count)
                QVERIFY2(nextStart == end,
                         qPrintable(QStringLiteral("after line %1-%2 (%3) comes %4-%5")
                                        .arg(start)
                                        .arg(end)
                                        .arg(line)
                                        .arg(nextStart)
                                        .arg(nextEnd)));
            offset = end;
            ++lines;
        }
        QVERIFY(lines > 40);
    }
};

QTEST_MAIN(TestArticleAccessible)
#include "tst_articleaccessible.moc"
