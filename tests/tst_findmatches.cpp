#include "core/FindMatches.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace hope::core;

Q_DECLARE_METATYPE(QList<int>)

class TestFindMatches : public QObject
{
    Q_OBJECT

private:
    // Paragraphs joined as blocks, as the reader's document has them.
    static void fill(QTextDocument &document, const QStringList &paragraphs)
    {
        QTextCursor cursor(&document);
        for (int i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                cursor.insertBlock();
            cursor.insertText(paragraphs.at(i));
        }
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QList<int>>("lengths");
        const QStringList tokyo{QStringLiteral("The Tokyo Olympics, in Tokyo."),
                                QStringLiteral("tokyo again")};
        QTest::newRow("ignores case, across paragraphs")
            << tokyo << QStringLiteral("tokyo") << QList<int>{4, 23, 30} << QList<int>{5, 5, 5};
        QTest::newRow("none") << tokyo << QStringLiteral("Osaka") << QList<int>{} << QList<int>{};
        QTest::newRow("straight apostrophe finds a curly one")
            << QStringList{QStringLiteral("Alibaba\u2019s and Alibaba's")}
            << QStringLiteral("Alibaba's") << QList<int>{0, 14} << QList<int>{9, 9};
        QTest::newRow("three dots find an ellipsis")
            << QStringList{QStringLiteral("Wait\u2026 wait...")} << QStringLiteral("wait...")
            << QList<int>{0, 6} << QList<int>{5, 7};
        QTest::newRow("half-width comma finds the full-width one shown")
            << QStringList{QStringLiteral("奥运会，将在")} << QStringLiteral("会,将")
            << QList<int>{2} << QList<int>{3};
        QTest::newRow("looks through a word joiner")
            << QStringList{QStringLiteral("一盏明\u2060灯")} << QStringLiteral("明灯")
            << QList<int>{2} << QList<int>{3};
        QTest::newRow("regular expression syntax is text")
            << QStringList{QStringLiteral("Wait and (see)")} << QStringLiteral("(see")
            << QList<int>{9} << QList<int>{4};
        QTest::newRow("a dot is a dot") << QStringList{QStringLiteral("Wait")}
                                        << QStringLiteral("Wa.t") << QList<int>{} << QList<int>{};
    }

    void matches()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, typed);
        QFETCH(QList<int>, starts);
        QFETCH(QList<int>, lengths);
        QTextDocument document;
        fill(document, paragraphs);
        const FindMatches found(&document, typed);
        QList<int> gotStarts;
        QList<int> gotLengths;
        for (const FindMatches::Match &m : found.matches()) {
            gotStarts << m.start;
            gotLengths << m.length;
        }
        QCOMPARE(gotStarts, starts);
        QCOMPARE(gotLengths, lengths);
        QCOMPARE(found.count(), starts.size());
    }

    // Matches start at 4, 23 and 30 (see above).
    void spellings_data()
    {
        QTest::addColumn<QStringList>("spellings");
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QList<int>>("lengths");
        // 奥运 in both scripts in one text, as a bilingual note might have it.
        QTest::newRow("either script")
            << QStringList{QStringLiteral("奥运"), QStringLiteral("奧運")} << QList<int>{0, 6}
            << QList<int>{2, 2};
        QTest::newRow("one spelling")
            << QStringList{QStringLiteral("奧運")} << QList<int>{6} << QList<int>{2};
        QTest::newRow("overlapping: the first, the longer at a tie")
            << QStringList{QStringLiteral("运会"), QStringLiteral("奥运会")} << QList<int>{0}
            << QList<int>{3};
        QTest::newRow("the same twice") << QStringList{QStringLiteral("会"), QStringLiteral("会")}
                                        << QList<int>{2} << QList<int>{1};
        QTest::newRow("none") << QStringList{} << QList<int>{} << QList<int>{};
    }
    void spellings()
    {
        QFETCH(QStringList, spellings);
        QFETCH(QList<int>, starts);
        QFETCH(QList<int>, lengths);
        QTextDocument document;
        fill(document, {QStringLiteral("奥运会，在"), QStringLiteral("奧運")});
        const FindMatches found(&document, spellings);
        QList<int> gotStarts, gotLengths;
        for (const FindMatches::Match &m : found.matches()) {
            gotStarts << m.start;
            gotLengths << m.length;
        }
        QCOMPARE(gotStarts, starts);
        QCOMPARE(gotLengths, lengths);
    }

    void stepping_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("firstFrom");
        QTest::addColumn<int>("lastBefore");
        QTest::newRow("top of the document") << 0 << 0 << 2;
        QTest::newRow("on the first") << 4 << 0 << 2;
        QTest::newRow("just after the first") << 5 << 1 << 0;
        QTest::newRow("between") << 20 << 1 << 0;
        QTest::newRow("on the last") << 30 << 2 << 1;
        QTest::newRow("after the last wraps") << 35 << 0 << 2;
    }

    void stepping()
    {
        QFETCH(int, position);
        QFETCH(int, firstFrom);
        QFETCH(int, lastBefore);
        QTextDocument document;
        fill(document,
             {QStringLiteral("The Tokyo Olympics, in Tokyo."), QStringLiteral("tokyo again")});
        const FindMatches found(&document, QStringLiteral("TOKYO"));
        QCOMPARE(found.firstFrom(position), firstFrom);
        QCOMPARE(found.lastBefore(position), lastBefore);
        QCOMPARE(found.next(2), 0);
        QCOMPARE(found.previous(0), 2);
        QCOMPARE(found.next(0), 1);
        QCOMPARE(found.indexAt(23), 1);
        QCOMPARE(found.indexAt(24), -1);
    }

    void nothing_toStepThrough()
    {
        const FindMatches none;
        QCOMPARE(none.count(), 0);
        QCOMPARE(none.firstFrom(0), -1);
        QCOMPARE(none.lastBefore(10), -1);
        QCOMPARE(none.next(0), -1);
        QCOMPARE(none.previous(0), -1);
        QTextDocument document;
        QVERIFY(FindMatches(&document, QString()).isEmpty());
    }
};

QTEST_MAIN(TestFindMatches)
#include "tst_findmatches.moc"
