#include "TestArticle.h"
#include "core/Annotation.h"

#include <QTest>

using namespace hope::core;

// Anchoring to the bundle's text: a highlight is the words it was made on,
// found where they were, found again once if the paragraph changed, and
// otherwise kept and reported detached, never moved onto other words.
class TestAnnotation : public QObject
{
    Q_OBJECT

private:
    static Article withParagraph(const QString &zh, const QString &en)
    {
        Article article;
        ArticleSection section;
        section.id = QStringLiteral("s");
        ArticleBlock block;
        block.id = QStringLiteral("p1");
        block.text = {zh, en};
        section.blocks << block;
        ArticleBlock figure;
        figure.id = QStringLiteral("f1");
        figure.kind = BlockKind::Figure;
        figure.text = {QStringLiteral("图"), QStringLiteral("Figure")};
        section.blocks << figure;
        article.sections << section;
        return article;
    }

private slots:
    void makesAHighlightOnTheWords_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("made");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("quoteStart");
        QTest::addRow("Chinese words") << 0 << 2 << 2 << true << QStringLiteral("东京") << 2;
        QTest::addRow("English, spaces round it trimmed")
            << 1 << 8 << 8 << true << QStringLiteral("Tokyo") << 9;
        QTest::addRow("to the end") << 0 << 2 << 5 << true << QStringLiteral("东京奥运会") << 2;
        QTest::addRow("past the end") << 0 << 3 << 5 << false << QString() << 0;
        QTest::addRow("empty") << 0 << 2 << 0 << false << QString() << 0;
        QTest::addRow("negative start") << 0 << -1 << 2 << false << QString() << 0;
        QTest::addRow("only spaces") << 1 << 7 << 2 << false << QString() << 0;
    }
    void makesAHighlightOnTheWords()
    {
        QFETCH(int, language);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(bool, made);
        QFETCH(QString, quote);
        QFETCH(int, quoteStart);
        const Article article = withParagraph(QStringLiteral("举办东京奥运会"),
                                              QStringLiteral("to hold  Tokyo  Games"));
        const auto a = AnnotationAnchor::highlight(article, QStringLiteral("p1"),
                                                   Language(language), start, length);
        QCOMPARE(a.has_value(), made);
        if (!made)
            return;
        QCOMPARE(a->quote, quote);
        QCOMPARE(a->start, quoteStart);
        QCOMPARE(a->length, quote.size());
        QVERIFY(!a->id.isEmpty());
        QCOMPARE(AnnotationAnchor::place(article, *a).state, AnchorPlace::State::Attached);
    }

    void onlyParagraphsAreHighlighted()
    {
        const Article article = withParagraph(QStringLiteral("东京"), QStringLiteral("Tokyo"));
        QVERIFY(
            !AnnotationAnchor::highlight(article, QStringLiteral("f1"), Language::English, 0, 3));
        QVERIFY(
            !AnnotationAnchor::highlight(article, QStringLiteral("nope"), Language::English, 0, 3));
        QVERIFY(!AnnotationAnchor::bookmark(article, QStringLiteral("f1"), Language::English));
        const auto mark =
            AnnotationAnchor::bookmark(article, QStringLiteral("p1"), Language::English);
        QVERIFY(mark);
        QCOMPARE(mark->quote, QStringLiteral("Tokyo"));
        QVERIFY(!mark->isHighlight());
    }

    void carriageReturnsAreNotCounted()
    {
        const Article article =
            withParagraph(QStringLiteral("第一行\r\n东京"), QStringLiteral("x"));
        const auto a =
            AnnotationAnchor::highlight(article, QStringLiteral("p1"), Language::Chinese, 4, 2);
        QVERIFY(a);
        QCOMPARE(a->quote, QStringLiteral("东京"));
    }

    // The bundle's text after the highlight was made.
    void followsTheTextOrLetsGo_data()
    {
        QTest::addColumn<QString>("changed");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("start");
        QTest::addRow("unchanged")
            << QStringLiteral("举办东京奥运会") << int(AnchorPlace::State::Attached) << 2;
        QTest::addRow("words added before: found once, moved")
            << QStringLiteral("今年夏天举办东京奥运会") << int(AnchorPlace::State::Moved) << 6;
        QTest::addRow("the words gone: detached")
            << QStringLiteral("举办北京冬奥会") << int(AnchorPlace::State::Detached) << 0;
        QTest::addRow("the words twice: a guess, detached")
            << QStringLiteral("东京,东京奥运会") << int(AnchorPlace::State::Detached) << 0;
        QTest::addRow("paragraph emptied") << QString() << int(AnchorPlace::State::Detached) << 0;
    }
    void followsTheTextOrLetsGo()
    {
        QFETCH(QString, changed);
        QFETCH(int, state);
        QFETCH(int, start);
        const Article before = withParagraph(QStringLiteral("举办东京奥运会"), QStringLiteral("x"));
        const auto a =
            AnnotationAnchor::highlight(before, QStringLiteral("p1"), Language::Chinese, 2, 2);
        QVERIFY(a);
        const AnchorPlace place =
            AnnotationAnchor::place(withParagraph(changed, QStringLiteral("x")), *a);
        QCOMPARE(int(place.state), state);
        if (place.isShown()) {
            QCOMPARE(place.start, start);
            QCOMPARE(place.length, 2);
        }
    }

    void aRemovedParagraphDetaches()
    {
        const Article before = withParagraph(QStringLiteral("东京"), QStringLiteral("Tokyo"));
        auto a = AnnotationAnchor::highlight(before, QStringLiteral("p1"), Language::English, 0, 5);
        QVERIFY(a);
        a->blockId = QStringLiteral("p9");
        QCOMPARE(AnnotationAnchor::place(before, *a).state, AnchorPlace::State::Detached);
    }

    void colourCodesRoundTrip()
    {
        QCOMPARE(highlightColourCode(HighlightColour::Pink), QStringLiteral("pink"));
        for (const HighlightColour c : kHighlightColours)
            QCOMPARE(highlightColourFromCode(highlightColourCode(c)), c);
        QVERIFY(!highlightColourFromCode(QStringLiteral("Yellow ")));
        QVERIFY(!highlightColourFromCode(QString()));
    }

    void theEmbeddedArticleAnchors()
    {
        const Article article = embeddedArticle();
        const auto a =
            AnnotationAnchor::highlight(article, QStringLiteral("s1-p1"), Language::Chinese, 0, 4);
        QVERIFY(a);
        QCOMPARE(a->quote, QStringLiteral("一年等待"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotation)
#include "tst_annotation.moc"
