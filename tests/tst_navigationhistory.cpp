#include "core/NavigationHistory.h"

#include <QTest>

using namespace hope::core;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void empty_canGoNowhere()
    {
        NavigationHistory h;
        QVERIFY(!h.canGoBack());
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.back(QStringLiteral("a")), QString());
    }

    void backAndForward_returnToWhereTheReaderWas()
    {
        NavigationHistory h;
        h.recordJump(QStringLiteral("a"), QStringLiteral("b"));
        h.recordJump(QStringLiteral("b2"), QStringLiteral("c"));
        QVERIFY(h.canGoBack());
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.back(QStringLiteral("c")), QStringLiteral("b2"));
        QCOMPARE(h.back(QStringLiteral("b2")), QStringLiteral("a"));
        QVERIFY(!h.canGoBack());
        // The reader scrolled a little before coming forward again.
        QCOMPARE(h.forward(QStringLiteral("a3")), QStringLiteral("b2"));
        QCOMPARE(h.back(QStringLiteral("b2")), QStringLiteral("a3"));
    }

    void newJump_dropsTheForwardEntries()
    {
        NavigationHistory h;
        h.recordJump(QStringLiteral("a"), QStringLiteral("b"));
        h.recordJump(QStringLiteral("b"), QStringLiteral("c"));
        QCOMPARE(h.back(QStringLiteral("c")), QStringLiteral("b"));
        h.recordJump(QStringLiteral("b"), QStringLiteral("d"));
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.back(QStringLiteral("d")), QStringLiteral("b"));
        QCOMPARE(h.back(QStringLiteral("b")), QStringLiteral("a"));
    }

    void jumpToWhereTheReaderIs_addsNothing()
    {
        NavigationHistory h;
        h.recordJump(QStringLiteral("a"), QStringLiteral("a"));
        QVERIFY(!h.canGoBack());
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
