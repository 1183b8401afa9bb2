#include "core/LinkSpans.h"

#include <QTest>
#include <QTextDocument>

using namespace hope::core;

Q_DECLARE_METATYPE(QList<LinkSpan>)

// Links found in a typeset document, row by row: what the HTML has, and
// the spans a screen reader is given.
class TestLinkSpans : public QObject
{
    Q_OBJECT

private slots:
    void scan_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QList<LinkSpan>>("expected");
        QTest::newRow("none") << QStringLiteral("<p>No links here.</p>") << QList<LinkSpan>();
        QTest::newRow("one") << QStringLiteral("<p>Go <a href='m:a'>in thirty days</a> now.</p>")
                             << QList<LinkSpan>{{3, 17, QStringLiteral("m:a")}};
        // Bold inside a link is another fragment of the same link.
        QTest::newRow("formats inside")
            << QStringLiteral("<p><a href='m:a'>in <b>thirty</b> days</a></p>")
            << QList<LinkSpan>{{0, 14, QStringLiteral("m:a")}};
        QTest::newRow("two side by side")
            << QStringLiteral("<p><a href='m:a'>one</a><a href='m:b'>two</a></p>")
            << QList<LinkSpan>{{0, 3, QStringLiteral("m:a")}, {3, 6, QStringLiteral("m:b")}};
        // One target twice, apart, is two links.
        QTest::newRow("same target apart")
            << QStringLiteral("<p><a href='m:a'>one</a> and <a href='m:a'>again</a></p>")
            << QList<LinkSpan>{{0, 3, QStringLiteral("m:a")}, {8, 13, QStringLiteral("m:a")}};
        QTest::newRow("second paragraph")
            << QStringLiteral("<p>First.</p><p>See <a href='c:x'>this</a>.</p>")
            << QList<LinkSpan>{{11, 15, QStringLiteral("c:x")}};
        QTest::newRow("anchor without target")
            << QStringLiteral("<p><a name='here'>x</a></p>") << QList<LinkSpan>();
    }

    void scan()
    {
        QFETCH(QString, html);
        QFETCH(QList<LinkSpan>, expected);
        QTextDocument document;
        document.setHtml(html);
        const QList<LinkSpan> found = LinkSpans::scan(document);
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            QCOMPARE(found.at(i).start, expected.at(i).start);
            QCOMPARE(found.at(i).end, expected.at(i).end);
            QCOMPARE(found.at(i).href, expected.at(i).href);
        }
    }

    void indexAt_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("expected");
        QTest::newRow("before all") << 0 << -1;
        QTest::newRow("first's start") << 3 << 0;
        QTest::newRow("first's last") << 5 << 0;
        QTest::newRow("first's end is not in it") << 6 << -1;
        QTest::newRow("between") << 8 << -1;
        QTest::newRow("second") << 10 << 1;
        QTest::newRow("after all") << 40 << -1;
    }

    void indexAt()
    {
        QFETCH(int, position);
        QFETCH(int, expected);
        const QList<LinkSpan> spans{{3, 6, QStringLiteral("a")}, {10, 12, QStringLiteral("b")}};
        QCOMPARE(LinkSpans::indexAt(spans, position), expected);
    }
};

QTEST_MAIN(TestLinkSpans)
#include "tst_linkspans.moc"
