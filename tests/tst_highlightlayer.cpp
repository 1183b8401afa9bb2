#include "TestArticle.h"
#include "core/ChineseSetting.h"
#include "core/ReadingLayout.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"
#include "ui/HighlightLayer.h"

#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace hope::core;
using namespace hope::ui;
using hope::core::HighlightMark;

Q_DECLARE_METATYPE(ReadingLayout)
Q_DECLARE_METATYPE(Language)

// The reader's highlights over their words, found again in every layout and
// text size; and a selection read back as paragraph ids and offsets.
class TestHighlightLayer : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    static Typography typography(int pixels)
    {
        Typography t;
        t.chinese = {EmbeddedFonts::serif(pixels, Language::Chinese),
                     EmbeddedFonts::serif(pixels, Language::Chinese)};
        t.english = {EmbeddedFonts::serif(pixels, Language::English),
                     EmbeddedFonts::serif(pixels, Language::English)};
        return t;
    }

    [[nodiscard]] bool makeView(ArticleView &view, ReadingLayout layout)
    {
        view.setTypography(typography(18));
        view.resize(1000, 700);
        view.setArticle(m_article,
                        layout == ReadingLayout::English ? Language::English : Language::Chinese);
        view.setReadingLayout(layout);
        view.show();
        return QTest::qWaitForWindowExposed(&view) &&
               QTest::qWaitFor([&] { return view.verticalScrollBar()->maximum() > 3000; });
    }

    // The words each highlight of the view is painted on, as the source has them.
    static QStringList paintedWords(const ArticleView &view)
    {
        QStringList words;
        for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
            if (s.format.background().color() == view.typography().colours.highlightGreen)
                words << ChineseSetting::sourceText(view.document(), s.cursor.selectionStart(),
                                                    s.cursor.selectionEnd());
        }
        return words;
    }

    // A highlight on a paragraph's words, its offsets found in the bundle's text.
    HighlightMark markOn(const QString &block, Language language, const QString &words) const
    {
        const QString text = m_article.block(block)->text.in(language);
        const qsizetype at = text.indexOf(words);
        return {QStringLiteral("m-%1-%2").arg(block, languageCode(language)),
                block,
                language,
                at,
                words.size(),
                HighlightColour::Green,
                QString()};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    void paintsTheWordsInEveryLayout_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        QTest::addColumn<QStringList>("expected");
        const QString zh = QStringLiteral("东京奥组委顶住压力");
        const QString en = QStringLiteral("withstood the pressure");
        QTest::addRow("Chinese") << ReadingLayout::Chinese << QStringList{zh};
        QTest::addRow("English") << ReadingLayout::English << QStringList{en};
        QTest::addRow("interleaved") << ReadingLayout::Interleaved << QStringList{zh, en};
        QTest::addRow("side by side") << ReadingLayout::Parallel << QStringList{zh, en};
    }
    void paintsTheWordsInEveryLayout()
    {
        QFETCH(ReadingLayout, layout);
        QFETCH(QStringList, expected);
        ArticleView view;
        QVERIFY(makeView(view, layout));
        view.setHighlights({markOn(QStringLiteral("s1-p1"), Language::Chinese,
                                   QStringLiteral("东京奥组委顶住压力")),
                            markOn(QStringLiteral("s1-p1"), Language::English,
                                   QStringLiteral("withstood the pressure"))});
        QCOMPARE(paintedWords(view), expected);
        // A language the layout does not show has no place on screen.
        const bool chinese = layout != ReadingLayout::English;
        const bool english = layout != ReadingLayout::Chinese;
        QCOMPARE(!view.highlightRect(QStringLiteral("m-s1-p1-zh")).isNull(), chinese);
        QCOMPARE(!view.highlightRect(QStringLiteral("m-s1-p1-en")).isNull(), english);
    }

    // A new text size or theme re-typesets the article: the highlight is on
    // the same words after it.
    void staysOnItsWordsThroughAZoom()
    {
        ArticleView view;
        QVERIFY(makeView(view, ReadingLayout::Interleaved));
        view.setHighlights({markOn(QStringLiteral("s2-p1"), Language::Chinese,
                                   QStringLiteral("全人类都共同抗击疫情"))});
        const QStringList before = paintedWords(view);
        QCOMPARE(before, QStringList{QStringLiteral("全人类都共同抗击疫情")});
        view.setTypography(typography(30));
        QCOMPARE(paintedWords(view), before);
        view.setReadingLayout(ReadingLayout::Chinese);
        QCOMPARE(paintedWords(view), before);
    }

    void aHighlightPastItsTextIsNotPainted()
    {
        ArticleView view;
        QVERIFY(makeView(view, ReadingLayout::Chinese));
        const qsizetype size = m_article.block(QStringLiteral("s1-p1"))->text.zh.size();
        view.setHighlights({{QStringLiteral("x"), QStringLiteral("s1-p1"), Language::Chinese, size,
                             4, HighlightColour::Green, QString()},
                            {QStringLiteral("y"), QStringLiteral("no-such-block"),
                             Language::Chinese, 0, 4, HighlightColour::Green, QString()}});
        QVERIFY(paintedWords(view).isEmpty());
        QVERIFY(view.highlightRect(QStringLiteral("x")).isNull());
    }

    void aPointOnTheWordsFindsTheHighlight()
    {
        ArticleView view;
        QVERIFY(makeView(view, ReadingLayout::Chinese));
        const HighlightMark mark =
            markOn(QStringLiteral("lead-1"), Language::Chinese, QStringLiteral("东京奥运会"));
        view.setHighlights({mark});
        const QRect rect = view.highlightRect(mark.id);
        QVERIFY(view.viewport()->rect().contains(rect.center()));
        QCOMPARE(view.highlightAt(rect.center()), mark.id);
        QCOMPARE(view.highlightAt(rect.topLeft() - QPoint(40, 0)), QString());
    }

    // A selection across a pair in an interleaved layout: each paragraph's
    // words with their language and offsets in the bundle's text.
    void readsASelectionAsParagraphsAndOffsets_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        QTest::addRow("Chinese") << ReadingLayout::Chinese;
        QTest::addRow("interleaved") << ReadingLayout::Interleaved;
        QTest::addRow("side by side") << ReadingLayout::Parallel;
    }
    void readsASelectionAsParagraphsAndOffsets()
    {
        QFETCH(ReadingLayout, layout);
        ArticleView view;
        QVERIFY(makeView(view, layout));
        // Full-width forms the setting shows stand for the source's commas:
        // the selection spans one ("，" shown for ",").
        const QString text = m_article.block(QStringLiteral("s1-p1"))->text.zh;
        const QString words = QStringLiteral(",只为更好蓄力");
        const qsizetype at = text.indexOf(words);
        QVERIFY(at > 0);
        QTextCursor found = view.document()->find(QStringLiteral("更好蓄力"));
        QVERIFY(!found.isNull());
        QTextCursor selection(view.document());
        selection.setPosition(found.selectionEnd() - 7);
        selection.setPosition(found.selectionEnd(), QTextCursor::KeepAnchor);
        view.setTextCursor(selection);
        const QList<TextRange> ranges = view.selectedRanges();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().blockId, QStringLiteral("s1-p1"));
        QCOMPARE(ranges.first().language, Language::Chinese);
        QCOMPARE(ranges.first().start, at);
        QCOMPARE(ranges.first().length, words.size());
        QCOMPARE(ranges.first().text, words);
    }

    void aSelectionOverTwoParagraphsGivesBoth()
    {
        ArticleView view;
        QVERIFY(makeView(view, ReadingLayout::Interleaved));
        const QString zh = m_article.block(QStringLiteral("s1-p1"))->text.zh;
        const QString en = m_article.block(QStringLiteral("s1-p1"))->text.en;
        // Away from the paragraph's end, where the setting binds the last
        // character with a word joiner.
        QTextCursor from = view.document()->find(zh.mid(zh.size() - 12, 5));
        QTextCursor to = view.document()->find(en.left(10));
        QVERIFY(!from.isNull() && !to.isNull());
        QTextCursor selection(view.document());
        selection.setPosition(from.selectionStart());
        selection.setPosition(to.selectionEnd(), QTextCursor::KeepAnchor);
        view.setTextCursor(selection);
        const QList<TextRange> ranges = view.selectedRanges();
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0).language, Language::Chinese);
        QCOMPARE(ranges.at(0).start, zh.size() - 12);
        // To the paragraph's end: its words, then what the reader set after them.
        QVERIFY2(ranges.at(0).text.startsWith(zh.right(12)), qPrintable(ranges.at(0).text));
        QCOMPARE(ranges.at(1).language, Language::English);
        QCOMPARE(ranges.at(1).start, 0);
        QCOMPARE(ranges.at(1).text, en.left(10));
    }

    // The title and headings come under their own ids, which no paragraph
    // has: whoever makes highlights knows them for what they are.
    void theTitleIsNamedAsSuch()
    {
        ArticleView view;
        QVERIFY(makeView(view, ReadingLayout::Chinese));
        QTextCursor title = view.document()->find(m_article.meta.title.zh.left(4));
        QVERIFY(!title.isNull());
        view.setTextCursor(title);
        const QList<TextRange> ranges = view.selectedRanges();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().blockId, QStringLiteral("_title"));
        QVERIFY(!m_article.block(ranges.first().blockId));
    }
};

QTEST_MAIN(TestHighlightLayer)
#include "tst_highlightlayer.moc"
