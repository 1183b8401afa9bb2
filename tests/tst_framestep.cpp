#include "core/FrameStep.h"

#include <QTest>

using namespace hope::core;

class TestFrameStep : public QObject
{
    Q_OBJECT

private slots:
    void target_data()
    {
        QTest::addColumn<qint64>("firstMs");  // an uncut frame: the grid
        QTest::addColumn<qint64>("frameUs");
        QTest::addColumn<qint64>("frameMs");  // the frame on screen
        QTest::addColumn<int>("direction");
        QTest::addColumn<qint64>("clipMs");
        QTest::addColumn<qint64>("expected");
        const qint64 at25 = 40000;
        const qint64 at2997 = 33367;  // 1001/30000 s
        // Frame 312 of a 25 fps clip starts at 12.480 s; its neighbours'
        // middles are 12.460 and 12.540.
        QTest::newRow("25 fps forward")
            << qint64(0) << at25 << qint64(12480) << 1 << qint64(48000) << qint64(12540);
        QTest::newRow("25 fps back")
            << qint64(0) << at25 << qint64(12480) << -1 << qint64(48000) << qint64(12460);
        QTest::newRow("a start reported a millisecond early")
            << qint64(0) << at25 << qint64(12479) << 1 << qint64(48000) << qint64(12540);
        // The stand-in clip's video starts 7 ms in: frames at 7 + 40n ms.
        // After a seek to 15.000 the frame shown is 14.967..15.007, cut to
        // start at 15.000; the next one is 15.007..15.047.
        QTest::newRow("grid 7 ms in, a frame cut by a seek, forward")
            << qint64(7) << at25 << qint64(15000) << 1 << qint64(48000) << qint64(15027);
        QTest::newRow("grid 7 ms in, a frame cut by a seek, back")
            << qint64(7) << at25 << qint64(15000) << -1 << qint64(48000) << qint64(14947);
        QTest::newRow("grid 7 ms in, from a step's own landing")
            << qint64(7) << at25 << qint64(15027) << 1 << qint64(48000) << qint64(15067);
        QTest::newRow("back from the first frame stays on it")
            << qint64(0) << at25 << qint64(0) << -1 << qint64(48000) << qint64(20);
        QTest::newRow("forward from the first")
            << qint64(0) << at25 << qint64(0) << 1 << qint64(48000) << qint64(60);
        // 48 s at 25 fps: frames 0..1199, the last at 47.960 s.
        QTest::newRow("forward from the last frame stays on it")
            << qint64(0) << at25 << qint64(47960) << 1 << qint64(48000) << qint64(47980);
        QTest::newRow("back from the last")
            << qint64(0) << at25 << qint64(47960) << -1 << qint64(48000) << qint64(47940);
        // Frame 100 at 29.97 fps starts at 3336.67 ms (reported 3336);
        // frame 101 spans 3370.0..3403.4 ms, frame 99 3303.3..3336.7 ms:
        // their middles are 3386.7 and 3320.0.
        QTest::newRow("29.97 fps forward")
            << qint64(0) << at2997 << qint64(3336) << 1 << qint64(60000) << qint64(3386);
        QTest::newRow("29.97 fps back")
            << qint64(0) << at2997 << qint64(3336) << -1 << qint64(60000) << qint64(3320);
        QTest::newRow("unknown rate stays")
            << qint64(0) << qint64(0) << qint64(5000) << 1 << qint64(48000) << qint64(5000);
    }

    void target()
    {
        QFETCH(qint64, firstMs);
        QFETCH(qint64, frameUs);
        QFETCH(qint64, frameMs);
        QFETCH(int, direction);
        QFETCH(qint64, clipMs);
        QFETCH(qint64, expected);
        FrameStep step;
        step.frameShown(firstMs, frameUs);
        QCOMPARE(step.target(frameMs, direction, clipMs), expected);
    }

    // The grid is learnt from whole frames only: GStreamer cuts the first
    // frame after a seek.
    void grid_isLearntFromWholeFrames_data()
    {
        QTest::addColumn<QList<qint64>>("shown");  // start ms, length us, ...
        QTest::addColumn<qint64>("durationUs");
        QTest::addColumn<qint64>("offsetUs");
        QTest::newRow("nothing yet") << QList<qint64>{} << qint64(0) << qint64(0);
        QTest::newRow("the first frame")
            << QList<qint64>{7, 40000} << qint64(40000) << qint64(7000);
        QTest::newRow("a cut frame after a whole one teaches nothing")
            << QList<qint64>{7, 40000, 15000, 7000} << qint64(40000) << qint64(7000);
        QTest::newRow("a cut frame first, then a whole one")
            << QList<qint64>{15000, 7000, 15007, 40000} << qint64(40000) << qint64(7000);
        QTest::newRow("29.97 fps lengths vary by a microsecond")
            << QList<qint64>{0, 33367, 33, 33366, 66, 33367} << qint64(33367) << qint64(0);
        QTest::newRow("no length is not a frame's")
            << QList<qint64>{7, 0} << qint64(0) << qint64(0);
        QTest::newRow("two seconds is not a frame's")
            << QList<qint64>{7, 2000000} << qint64(0) << qint64(0);
    }

    void grid_isLearntFromWholeFrames()
    {
        QFETCH(QList<qint64>, shown);
        QFETCH(qint64, durationUs);
        QFETCH(qint64, offsetUs);
        FrameStep step;
        for (int i = 0; i + 1 < shown.size(); i += 2) step.frameShown(shown.at(i), shown.at(i + 1));
        QCOMPARE(step.frameDurationUs(), durationUs);
        QCOMPARE(step.offsetUs(), offsetUs);
    }

    void frameStart_data()
    {
        QTest::addColumn<qint64>("frameMs");
        QTest::addColumn<qint64>("start");
        QTest::newRow("a whole frame") << qint64(15007) << qint64(15007);
        QTest::newRow("cut by a seek") << qint64(15000) << qint64(14967);
        QTest::newRow("a step's landing") << qint64(15027) << qint64(15007);
    }

    void frameStart()
    {
        QFETCH(qint64, frameMs);
        QFETCH(qint64, start);
        FrameStep step;
        step.frameShown(7, 40000);
        QCOMPARE(step.frameStartMs(frameMs), start);
    }
};

QTEST_GUILESS_MAIN(TestFrameStep)
#include "tst_framestep.moc"
