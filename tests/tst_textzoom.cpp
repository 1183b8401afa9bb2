#include "core/TextZoom.h"

#include <QTest>

using namespace hope::core;

class TestTextZoom : public QObject
{
    Q_OBJECT

private slots:
    void steps_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::newRow("default") << 100 << 110 << 90;
        QTest::newRow("smallest") << 70 << 80 << 70;
        QTest::newRow("largest") << 250 << 250 << 225;
        QTest::newRow("between steps") << 117 << 125 << 110;
        QTest::newRow("just above a step") << 101 << 110 << 100;
        QTest::newRow("below the range") << 40 << 80 << 70;
        QTest::newRow("above the range") << 900 << 250 << 225;
        QTest::newRow("garbage") << -5 << 110 << 90;
        QTest::newRow("zero") << 0 << 110 << 90;
    }

    void steps()
    {
        QFETCH(int, from);
        QFETCH(int, in);
        QFETCH(int, out);
        QCOMPARE(TextZoom::zoomIn(from), in);
        QCOMPARE(TextZoom::zoomOut(from), out);
    }

    // From the smallest to the largest size and back, one step at a time.
    void walk_coversTheRange()
    {
        int percent = 70;
        int count = 1;
        while (percent < 250) {
            const int next = TextZoom::zoomIn(percent);
            QVERIFY(next > percent);
            QVERIFY(next - percent <= 25);
            percent = next;
            ++count;
        }
        QCOMPARE(count, 11);
        while (percent > 70) percent = TextZoom::zoomOut(percent);
        QCOMPARE(percent, 70);
    }

    void clamp_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("expected");
        QTest::newRow("in range") << 135 << 135;
        QTest::newRow("low") << 10 << 70;
        QTest::newRow("high") << 1000 << 250;
        QTest::newRow("zero") << 0 << 100;
        QTest::newRow("negative") << -100 << 100;
    }

    void clamp()
    {
        QFETCH(int, percent);
        QFETCH(int, expected);
        QCOMPARE(TextZoom::clamp(percent), expected);
    }

    void pixelSize_data()
    {
        QTest::addColumn<qreal>("design");
        QTest::addColumn<qreal>("system");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("expected");
        QTest::newRow("as designed") << 18.0 << 14.0 << 100 << 18;
        QTest::newRow("zoomed 150 %") << 18.0 << 14.0 << 150 << 27;
        QTest::newRow("zoomed 70 %") << 18.0 << 14.0 << 70 << 13;
        QTest::newRow("zoomed 250 %") << 18.0 << 14.0 << 250 << 45;
        QTest::newRow("large desktop font") << 18.0 << 21.0 << 100 << 27;
        QTest::newRow("large font and zoom") << 18.0 << 21.0 << 200 << 54;
        QTest::newRow("small desktop font") << 18.0 << 12.0 << 100 << 18;
        QTest::newRow("tiny desktop font held") << 18.0 << 6.0 << 100 << 18;
        QTest::newRow("a little larger") << 18.0 << 16.0 << 100 << 21;
        QTest::newRow("huge desktop font held") << 18.0 << 70.0 << 100 << 45;
        QTest::newRow("unknown desktop font") << 18.0 << 0.0 << 100 << 18;
        QTest::newRow("never below 8") << 10.0 << 12.0 << 70 << 8;
    }

    void pixelSize()
    {
        QFETCH(qreal, design);
        QFETCH(qreal, system);
        QFETCH(int, percent);
        QFETCH(int, expected);
        QCOMPARE(TextZoom::pixelSize(design, system, percent), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextZoom)
#include "tst_textzoom.moc"
