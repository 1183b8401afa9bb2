#include "ui/SeekSlider.h"

#include <QSignalSpy>
#include <QTest>

using namespace hope::ui;

// The clip's position while it plays: drawn where it is, its value (which
// Qt reports to a screen reader with every change, ValueChanged) moved at
// most once a second. Orca spoke each of ~7 changes a second.
class TestSeekSlider : public QObject
{
    Q_OBJECT

private slots:
    void playback_changesTheValueAtMostOnceASecond_andIsDrawnExactly()
    {
        SeekSlider slider;
        slider.setRange(0, 48000);
        slider.resize(300, 24);
        // QAbstractSlider sends the accessibility event and valueChanged
        // together, when and only when the value changes.
        QSignalSpy changes(&slider, &QSlider::valueChanged);
        // Ten seconds of playback, a position every 140 ms, as the player
        // reports it.
        for (qint64 ms = 0; ms <= 10000; ms += 140) {
            slider.setPlaybackPosition(ms);
            QCOMPARE(slider.shownPosition(), ms);
        }
        // Once for each whole second reached (1 to 9), not once a frame.
        QCOMPARE(changes.size(), 9);
        QCOMPARE(slider.value(), 9000);
        // A seek by the reader (or a screen reader) is exact, and told.
        slider.seekTo(12500);
        QCOMPARE(slider.value(), 12500);
        QCOMPARE(slider.shownPosition(), 12500);
        QCOMPARE(changes.size(), 10);
        // Playing on from there changes nothing a listener hears within the
        // second, while the handle moves on.
        slider.setPlaybackPosition(12640);
        QCOMPARE(slider.value(), 12500);
        QCOMPARE(slider.shownPosition(), 12640);
        QCOMPARE(changes.size(), 10);
        slider.setPlaybackPosition(13020);
        QCOMPARE(slider.value(), 13000);
        QCOMPARE(changes.size(), 11);
    }

    // The handle is painted at the playback position, not at the value.
    void handle_isDrawnAtThePlaybackPosition()
    {
        SeekSlider slider;
        slider.setRange(0, 48000);
        slider.resize(400, 24);
        slider.setPlaybackPosition(20900);
        const QImage at = slider.grab().toImage();
        SeekSlider value;
        value.setRange(0, 48000);
        value.resize(400, 24);
        value.setValue(20900);
        // Drawn as a slider whose value is exactly there, though its value
        // is the whole second.
        QCOMPARE(slider.value(), 20000);
        QCOMPARE(at, value.grab().toImage());
    }
};

QTEST_MAIN(TestSeekSlider)
#include "tst_seekslider.moc"
