#include "core/SectionLocator.h"

#include <QTest>

using namespace hope::core;

class TestSectionLocator : public QObject
{
    Q_OBJECT

private slots:
    void sectionAt_data()
    {
        QTest::addColumn<QList<qreal>>("tops");
        QTest::addColumn<qreal>("y");
        QTest::addColumn<qreal>("viewport");
        QTest::addColumn<qreal>("maxScroll");
        QTest::addColumn<int>("expected");

        const QList<qreal> tops{0, 1000, 2500.4, 4000, 5200};
        QTest::newRow("top") << tops << 0.0 << 600.0 << 5000.0 << 0;
        QTest::newRow("one px before 01") << tops << 999.0 << 600.0 << 5000.0 << 0;
        QTest::newRow("at 01") << tops << 1000.0 << 600.0 << 5000.0 << 1;
        QTest::newRow("inside 01") << tops << 1800.0 << 600.0 << 5000.0 << 1;
        QTest::newRow("rounded up to fractional 02") << tops << 2501.0 << 600.0 << 5000.0 << 2;
        QTest::newRow("rounded down before 02") << tops << 2499.0 << 600.0 << 5000.0 << 1;
        QTest::newRow("within half a pixel of 02") << tops << 2500.0 << 600.0 << 5000.0 << 2;
        QTest::newRow("just before the end") << tops << 4998.0 << 600.0 << 5000.0 << 3;
        QTest::newRow("end shows the short closing") << tops << 5000.0 << 600.0 << 5000.0 << 4;
        QTest::newRow("end with closing below the view")
            << QList<qreal>{0, 1000, 9000} << 5000.0 << 600.0 << 5000.0 << 1;
        QTest::newRow("no scrolling possible") << tops << 0.0 << 9000.0 << 0.0 << 0;
        QTest::newRow("single section") << QList<qreal>{0} << 300.0 << 600.0 << 900.0 << 0;
        QTest::newRow("no sections") << QList<qreal>{} << 0.0 << 600.0 << 0.0 << -1;
        // A start more than half a pixel past a whole pixel is reached a pixel later.
        const QList<qreal> late{0, 1000, 2500.6, 4000};
        QTest::newRow("half a pixel and more before .6") << late << 2500.0 << 600.0 << 5000.0 << 1;
        QTest::newRow("at .6, rounded up") << late << 2501.0 << 600.0 << 5000.0 << 2;
    }

    void sectionAt()
    {
        QFETCH(QList<qreal>, tops);
        QFETCH(qreal, y);
        QFETCH(qreal, viewport);
        QFETCH(qreal, maxScroll);
        QFETCH(int, expected);
        QCOMPARE(SectionLocator(tops).sectionAt(y, viewport, maxScroll), expected);
    }

    // The scroll value that brings a start to the top: written out by hand,
    // so that the view's own expectations are not taken from this function.
    void scrollValueFor_data()
    {
        QTest::addColumn<qreal>("y");
        QTest::addColumn<int>("expected");
        QTest::newRow("top") << 0.0 << 0;
        QTest::newRow("whole pixel") << 1000.0 << 1000;
        QTest::newRow(".2 rounds down") << 999.2 << 999;
        QTest::newRow(".4 rounds down") << 2500.4 << 2500;
        QTest::newRow(".5 rounds down") << 2500.5 << 2500;
        QTest::newRow(".6 rounds up") << 2500.6 << 2501;
        QTest::newRow(".9 rounds up") << 41.9 << 42;
    }

    void scrollValueFor()
    {
        QFETCH(qreal, y);
        QFETCH(int, expected);
        QCOMPARE(SectionLocator::scrollValueFor(y), expected);
    }
};

QTEST_GUILESS_MAIN(TestSectionLocator)
#include "tst_sectionlocator.moc"
