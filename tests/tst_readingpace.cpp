#include "core/ReadingPace.h"

#include <QTest>

using namespace hope::core;

// (milliseconds since the start, units read)
using Steps = QList<QPair<qint64, double>>;
Q_DECLARE_METATYPE(Steps)

class TestReadingPace : public QObject
{
    Q_OBJECT

private slots:
    void pace_data()
    {
        QTest::addColumn<double>("usual");
        QTest::addColumn<Steps>("steps");
        QTest::addColumn<double>("perMinute");
        QTest::addColumn<bool>("own");
        QTest::addColumn<int>("minutesFor3000");
        constexpr qint64 m = 60'000;
        QTest::newRow("Chinese, nothing read yet") << 300.0 << Steps{} << 300.0 << false << 10;
        QTest::newRow("English, nothing read yet") << 230.0 << Steps{} << 230.0 << false << 14;
        QTest::newRow("a minute is not yet a while")
            << 300.0 << Steps{{0, 0}, {m, 150}} << 300.0 << false << 10;
        QTest::newRow("three minutes at 150 a minute")
            << 300.0 << Steps{{0, 0}, {m, 150}, {2 * m, 300}, {3 * m, 450}} << 150.0 << true << 20;
        QTest::newRow("steps of one gesture count together")
            << 300.0
            << Steps{{0, 0}, {m, 150}, {m + 16, 160}, {m + 32, 170}, {2 * m, 300}, {3 * m, 450}}
            << 150.0 << true << 20;
        QTest::newRow("a long pause counts three minutes")
            << 300.0 << Steps{{0, 0}, {m, 300}, {31 * m, 600}} << 150.0 << true << 20;
        QTest::newRow("a jump ahead is not reading") << 300.0
                                                     << Steps{{0, 0},
                                                              {m, 400},
                                                              {m + 30'000, 5000},
                                                              {2 * m + 30'000, 5400},
                                                              {3 * m + 30'000, 5800}}
                                                     << 400.0 << true << 8;
        QTest::newRow("going back starts measuring again") << 300.0
                                                           << Steps{{0, 0},
                                                                    {m, 200},
                                                                    {m + 40'000, 50},
                                                                    {2 * m + 40'000, 250},
                                                                    {3 * m + 40'000, 450}}
                                                           << 200.0 << true << 15;
        QTest::newRow("very slow is kept to a third of the usual")
            << 300.0 << Steps{{0, 0}, {m, 20}, {2 * m, 40}, {3 * m, 60}} << 100.0 << true << 30;
        QTest::newRow("English, two minutes at 345 words")
            << 230.0 << Steps{{0, 0}, {m, 345}, {2 * m, 690}} << 345.0 << true << 9;
    }

    void pace()
    {
        QFETCH(double, usual);
        QFETCH(Steps, steps);
        QFETCH(double, perMinute);
        QFETCH(bool, own);
        QFETCH(int, minutesFor3000);
        qint64 now = 0;
        ReadingPace pace([&now] { return now; });
        pace.reset(usual);
        for (const auto &[at, units] : steps) {
            now = at;
            pace.advanceTo(units);
        }
        QCOMPARE(pace.isOwnPace(), own);
        QCOMPARE(pace.unitsPerMinute(), perMinute);
        QCOMPARE(pace.minutesFor(3000), minutesFor3000);
    }

    void minutes_roundUp_andNothingLeftIsNoTime()
    {
        ReadingPace pace([] { return qint64(0); });
        pace.reset(300);
        QCOMPARE(pace.minutesFor(0), 0);
        QCOMPARE(pace.minutesFor(1), 1);
        QCOMPARE(pace.minutesFor(300), 1);
        QCOMPARE(pace.minutesFor(301), 2);
    }

    void reset_forgetsTheReadersPace()
    {
        qint64 now = 0;
        ReadingPace pace([&now] { return now; });
        pace.reset(300);
        for (int i = 0; i <= 3; ++i) {
            now = i * 60'000;
            pace.advanceTo(i * 150);
        }
        QVERIFY(pace.isOwnPace());
        pace.reset(230);
        QVERIFY(!pace.isOwnPace());
        QCOMPARE(pace.unitsPerMinute(), 230.0);
    }
};

QTEST_GUILESS_MAIN(TestReadingPace)
#include "tst_readingpace.moc"
