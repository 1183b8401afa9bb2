#include "core/CueLoop.h"

#include <QTest>

using namespace hope::core;

class TestCueLoop : public QObject
{
    Q_OBJECT

private slots:
    // The Taiko line, 12.4 s to 18.6 s.
    void jumpFor_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<qint64>("jump");  // -1: none
        QTest::newRow("at the start") << qint64(12400) << qint64(-1);
        QTest::newRow("inside") << qint64(15000) << qint64(-1);
        QTest::newRow("just before the end") << qint64(18599) << qint64(-1);
        QTest::newRow("at the end") << qint64(18600) << qint64(12400);
        QTest::newRow("a report past the end") << qint64(18700) << qint64(12400);
        QTest::newRow("before the start: not its business") << qint64(3000) << qint64(-1);
    }

    void jumpFor()
    {
        QFETCH(qint64, position);
        QFETCH(qint64, jump);
        CueLoop loop;
        loop.start(12400, 18600);
        QVERIFY(loop.isActive());
        const auto to = loop.jumpFor(position);
        QCOMPARE(to ? *to : -1, jump);
        QCOMPARE(loop.rounds(), jump >= 0 ? 1 : 0);
    }

    void covers_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<bool>("covered");
        QTest::newRow("the lead-in a seek may land in") << qint64(12300) << true;
        QTest::newRow("before the lead-in") << qint64(12299) << false;
        QTest::newRow("inside") << qint64(16000) << true;
        QTest::newRow("the end is out") << qint64(18600) << false;
    }

    void covers()
    {
        QFETCH(qint64, position);
        QFETCH(bool, covered);
        CueLoop loop;
        loop.start(12400, 18600);
        QCOMPARE(loop.covers(position), covered);
    }

    void roundsCount_andStopEndsIt()
    {
        CueLoop loop;
        loop.start(1000, 2000);
        QCOMPARE(loop.jumpFor(2000).value_or(-1), 1000);
        QCOMPARE(loop.jumpFor(1500).value_or(-1), -1);
        QCOMPARE(loop.jumpFor(2040).value_or(-1), 1000);
        QCOMPARE(loop.rounds(), 2);
        loop.stop();
        QVERIFY(!loop.isActive());
        QVERIFY(!loop.jumpFor(5000));
        QVERIFY(!loop.covers(1500));
    }

    void anEmptySpan_loopsNothing_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("empty") << qint64(1000) << qint64(1000);
        QTest::newRow("backwards") << qint64(2000) << qint64(1000);
        QTest::newRow("negative") << qint64(-5) << qint64(1000);
    }

    void anEmptySpan_loopsNothing()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        CueLoop loop;
        loop.start(from, to);
        QVERIFY(!loop.isActive());
        QVERIFY(!loop.jumpFor(5000));
    }
};

QTEST_GUILESS_MAIN(TestCueLoop)
#include "tst_cueloop.moc"
