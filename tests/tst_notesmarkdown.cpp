#include "TestArticle.h"
#include "core/NotesMarkdown.h"

#include <QTest>

using namespace hope::core;

class TestNotesMarkdown : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void citesTitleOutletAuthorDateSectionAndParagraph_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");
        QTest::addRow("English, first paragraph of part 1")
            << QStringLiteral("s1-p1") << int(Language::English)
            << QStringLiteral(
                   "— “Hope lights us up: Alibaba releases a showpiece Olympic film on "
                   "Olympic Day”, Beike Hao, Huang Mengting, 27 June 2021; 01 Eagerly "
                   "awaited, paragraph 1");
        QTest::addRow("Chinese, in the quote's language")
            << QStringLiteral("s1-p1") << int(Language::Chinese)
            << QStringLiteral(
                   "——《希望是光,希望有你:国际奥林匹克日阿里巴巴发布奥运大片》，贝壳号，"
                   "黄梦婷，2021年6月27日；01 翘首期盼，第1段");
        QTest::addRow("an unknown paragraph")
            << QStringLiteral("nope") << int(Language::English) << QString();
    }
    void citesTitleOutletAuthorDateSectionAndParagraph()
    {
        QFETCH(QString, block);
        QFETCH(int, language);
        QFETCH(QString, expected);
        QCOMPARE(NotesMarkdown::citation(m_article, block, Language(language)), expected);
    }

    // Figures are not paragraphs: s1-p3 follows s1-p2 and a figure.
    void paragraphsAreCountedInTheirSection()
    {
        QVERIFY(NotesMarkdown::citation(m_article, QStringLiteral("s1-p3"), Language::English)
                    .endsWith(QStringLiteral("01 Eagerly awaited, paragraph 3")));
        QVERIFY(NotesMarkdown::citation(m_article, QStringLiteral("lead-2"), Language::English)
                    .endsWith(QStringLiteral("; Introduction, paragraph 2")));
    }

    void escapesWhatMarkdownWouldRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("东京 2020") << QStringLiteral("东京 2020");
        QTest::addRow("emphasis and links")
            << QStringLiteral("*a* _b_ [c](d)") << QStringLiteral("\\*a\\* \\_b\\_ \\[c\\](d)");
        QTest::addRow("html") << QStringLiteral("<img src=x>") << QStringLiteral("\\<img src=x\\>");
        QTest::addRow("a list at a line's start")
            << QStringLiteral("- one\n+ two\na-b") << QStringLiteral("\\- one\n\\+ two\na-b");
        QTest::addRow("a heading") << QStringLiteral("# x") << QStringLiteral("\\# x");
        QTest::addRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    }
    void escapesWhatMarkdownWouldRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(NotesMarkdown::escaped(text), expected);
    }

    void writesNotesInReadingOrderUnderTheirSections()
    {
        auto later = *AnnotationAnchor::highlight(m_article, QStringLiteral("s2-p1"),
                                                  Language::English, 0, 5);
        later.note = QStringLiteral("*why* it matters\nsecond line");
        const auto first = *AnnotationAnchor::highlight(m_article, QStringLiteral("s1-p1"),
                                                        Language::Chinese, 0, 4);
        const auto mark =
            *AnnotationAnchor::bookmark(m_article, QStringLiteral("s1-p2"), Language::Chinese);
        auto gone = first;
        gone.id = QStringLiteral("gone");
        gone.quote = QStringLiteral("不在文中");
        gone.length = gone.quote.size();
        const QString md = NotesMarkdown::write(m_article, {later, gone, mark, first});
        const qsizetype heading = md.indexOf(QStringLiteral("## 01 翘首期盼"));
        const qsizetype quote = md.indexOf(QStringLiteral("> 一年等待"));
        const qsizetype bookmark = md.indexOf(QStringLiteral("Bookmark: "));
        const qsizetype second = md.indexOf(QStringLiteral("## 02 "));
        QVERIFY2(md.startsWith(QStringLiteral("# Notes: 希望是光")), qPrintable(md));
        QVERIFY2(heading > 0 && heading < quote && quote < bookmark && bookmark < second,
                 qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("\\*why\\* it matters  \nsecond line")),
                 qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("> 不在文中\n\n(Detached")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("第1段")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("paragraph 1")), qPrintable(md));
        QVERIFY(NotesMarkdown::write(m_article, {}).contains(QStringLiteral("No highlights")));
    }

    void copiesTheQuoteWithItsCitation()
    {
        QCOMPARE(
            NotesMarkdown::quoteWithCitation(m_article, QStringLiteral("Tokyo"),
                                             QStringLiteral("s1-p1"), Language::English),
            QStringLiteral("Tokyo\n") +
                NotesMarkdown::citation(m_article, QStringLiteral("s1-p1"), Language::English));
        QCOMPARE(NotesMarkdown::quoteWithCitation(m_article, QStringLiteral("x"),
                                                  QStringLiteral("nope"), Language::English),
                 QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestNotesMarkdown)
#include "tst_notesmarkdown.moc"
