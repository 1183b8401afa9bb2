#include "core/TimelineScale.h"

#include <QTest>

using namespace hope::core;

namespace {
// Full range 2016-07 .. 2029-06; default view 2017-01-01 .. 2023-01-01
// (2191 days) over x 100 .. 1191, so one pixel is 2 days at zoom 1.
TimelineScale makeScale()
{
    TimelineScale s(QDate(2016, 7, 1), QDate(2029, 6, 30), QDate(2017, 1, 1), QDate(2023, 1, 1));
    s.setPixelRange(100, 1195.5);
    return s;
}
}  // namespace

class TestTimelineScale : public QObject
{
    Q_OBJECT

private slots:
    void dateToX_data()
    {
        QTest::addColumn<qreal>("zoomX");  // where to zoom, or < 0 for none
        QTest::addColumn<qreal>("zoomFactor");
        QTest::addColumn<qreal>("pan");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qreal>("x");

        QTest::newRow("view start") << -1.0 << 1.0 << 0.0 << QDate(2017, 1, 1) << 100.0;
        QTest::newRow("view end") << -1.0 << 1.0 << 0.0 << QDate(2023, 1, 1) << 1195.5;
        QTest::newRow("one year in") << -1.0 << 1.0 << 0.0 << QDate(2018, 1, 1) << 282.5;
        QTest::newRow("before the view") << -1.0 << 1.0 << 0.0 << QDate(2016, 12, 31) << 99.5;
        QTest::newRow("zoom 2 about the start keeps the start")
            << 100.0 << 2.0 << 0.0 << QDate(2017, 1, 1) << 100.0;
        QTest::newRow("zoom 2 about the start doubles distances")
            << 100.0 << 2.0 << 0.0 << QDate(2018, 1, 1) << 465.0;
        QTest::newRow("zoom 2 about x keeps the date under x")
            << 282.5 << 2.0 << 0.0 << QDate(2018, 1, 1) << 282.5;
        QTest::newRow("zoom 2 about the middle, second half")
            << 647.75 << 2.0 << 0.0 << QDate(2023, 1, 1) << 1743.25 - 0.0;
        QTest::newRow("pan one year later") << -1.0 << 1.0 << 182.5 << QDate(2018, 1, 1) << 100.0;
        QTest::newRow("pan stops at the full end")
            << -1.0 << 1.0 << 1e6 << QDate(2029, 6, 30) << 1195.5;
        QTest::newRow("pan stops at the full start")
            << -1.0 << 1.0 << -1e6 << QDate(2016, 7, 1) << 100.0;
    }

    void dateToX()
    {
        QFETCH(qreal, zoomX);
        QFETCH(qreal, zoomFactor);
        QFETCH(qreal, pan);
        QFETCH(QDate, date);
        QFETCH(qreal, x);
        TimelineScale s = makeScale();
        if (zoomX >= 0)
            s.zoomAt(zoomX, zoomFactor);
        if (pan != 0)
            s.panBy(pan);
        QVERIFY2(std::abs(s.dateToX(date) - x) < 0.51,
                 qPrintable(QStringLiteral("%1 != %2").arg(s.dateToX(date)).arg(x)));
        // And back.
        QCOMPARE(s.xToDate(s.dateToX(date)), date);
    }

    void zoom_isBounded()
    {
        TimelineScale s = makeScale();
        for (int i = 0; i < 20; ++i) s.zoomAt(500, 2.0);
        QCOMPARE(s.zoom(), TimelineScale::kMaxZoom);
        for (int i = 0; i < 20; ++i) s.zoomAt(500, 0.5);
        // At most the full range is in view, centred.
        QVERIFY(s.viewStart() <= QDate(2016, 7, 1));
        QVERIFY(s.viewEnd() >= QDate(2029, 6, 29));
        s.reset();
        QCOMPARE(s.zoom(), 1.0);
        QCOMPARE(s.viewStart(), QDate(2017, 1, 1));
    }

    void ensureVisible_pansOnlyAsNeeded()
    {
        TimelineScale s = makeScale();
        s.ensureVisible(QDate(2018, 1, 1), 40);
        QCOMPARE(s.viewStart(), QDate(2017, 1, 1));
        s.ensureVisible(QDate(2025, 1, 1), 40);
        QVERIFY(std::abs(s.dateToX(QDate(2025, 1, 1)) - (1195.5 - 40)) < 0.6);
    }

    void ticks_coverTheView()
    {
        const TimelineScale s = makeScale();
        const QList<QDate> years = s.yearTicks();
        QCOMPARE(years.first(), QDate(2017, 1, 1));
        QCOMPARE(years.last(), QDate(2023, 1, 1));
        QCOMPARE(years.size(), 7);
        const QList<QDate> months = s.monthTicks();
        QCOMPARE(months.size(), 6 * 11);
        QCOMPARE(months.first(), QDate(2017, 2, 1));
    }
};

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"
