#include "core/WindowPlacement.h"

#include <QTest>

using namespace hope::core;

namespace {
const QSize kMinimum(760, 520);
}

class TestWindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void firstStart_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QSize>("expected");
        // Available areas as a desktop with a top bar reports them.
        QTest::newRow("800x600") << QRect(0, 0, 800, 600) << QSize(760, 552);
        QTest::newRow("1024x768") << QRect(0, 27, 1024, 741) << QSize(976, 693);
        QTest::newRow("1280x800") << QRect(0, 0, 1280, 800) << QSize(1232, 752);
        QTest::newRow("1366x768") << QRect(0, 0, 1366, 768) << QSize(1280, 720);
        QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1050) << QSize(1280, 800);
        QTest::newRow("2560x1600") << QRect(0, 0, 2560, 1600) << QSize(1280, 800);
        // 200 %: a 2560x1600 panel is 1280x800 device-independent pixels.
        QTest::newRow("2560x1600 at 200 %") << QRect(0, 0, 1280, 800) << QSize(1232, 752);
        // 200 % on a 1600x1200 panel: smaller than the window's minimum.
        QTest::newRow("1600x1200 at 200 %") << QRect(0, 0, 800, 600) << QSize(760, 552);
        QTest::newRow("tiny 640x480") << QRect(0, 0, 640, 480) << QSize(640, 480);
        QTest::newRow("second screen") << QRect(1920, 0, 1280, 1024) << QSize(1232, 800);
    }

    void firstStart()
    {
        QFETCH(QRect, available);
        QFETCH(QSize, expected);
        const QRect frame = WindowPlacement::firstStart(available, kMinimum);
        QCOMPARE(frame.size(), expected);
        QVERIFY(available.contains(frame));
        // Centred, to the pixel that halving an odd margin allows.
        QVERIFY(std::abs((frame.left() - available.left()) - (available.right() - frame.right())) <=
                1);
        QVERIFY(std::abs((frame.top() - available.top()) - (available.bottom() - frame.bottom())) <=
                1);
    }

    void usable_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("screen");
        QTest::addColumn<bool>("panelsUnreported");
        QTest::addColumn<QRect>("expected");
        // Wayland: the whole screen is "available"; a top bar and the title
        // bar Qt draws are kept out.
        QTest::newRow("wayland 1280x800")
            << QRect(0, 0, 1280, 800) << QRect(0, 0, 1280, 800) << true << QRect(0, 64, 1280, 736);
        QTest::newRow("wayland second screen")
            << QRect(1280, 0, 1920, 1080) << QRect(1280, 0, 1920, 1080) << true
            << QRect(1280, 64, 1920, 1016);
        // A desktop that reports its panels, on Wayland or X11: as given.
        QTest::newRow("reported work area")
            << QRect(0, 27, 1280, 773) << QRect(0, 0, 1280, 800) << true << QRect(0, 27, 1280, 773);
        QTest::newRow("x11 without panels")
            << QRect(0, 0, 1280, 800) << QRect(0, 0, 1280, 800) << false << QRect(0, 0, 1280, 800);
        // Too small to give anything away.
        QTest::newRow("wayland 120 px")
            << QRect(0, 0, 200, 120) << QRect(0, 0, 200, 120) << true << QRect(0, 0, 200, 120);
    }

    void usable()
    {
        QFETCH(QRect, available);
        QFETCH(QRect, screen);
        QFETCH(bool, panelsUnreported);
        QFETCH(QRect, expected);
        QCOMPARE(WindowPlacement::usable(available, screen, panelsUnreported), expected);
    }

    // On Wayland at 1280x800 the first window, with Qt's 30 px title bar
    // and weston's 32 px panel, ends above the screen's bottom (it ran
    // 19 px under it before).
    void firstStart_onWayland_fitsUnderAPanelWithItsTitleBar()
    {
        const QRect screen(0, 0, 1280, 800);
        const QRect frame =
            WindowPlacement::firstStart(WindowPlacement::usable(screen, screen, true), kMinimum);
        QVERIFY2(32 + 30 + frame.height() + 3 <= screen.height(),
                 qPrintable(QString::number(frame.height())));
    }

    void clamp_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        QTest::newRow("fits already")
            << QRect(100, 80, 1000, 700) << QRect(0, 0, 1280, 800) << QRect(100, 80, 1000, 700);
        QTest::newRow("from 2560x1600 onto 1280x800")
            << QRect(200, 100, 2200, 1400) << QRect(0, 0, 1280, 800) << QRect(0, 0, 1280, 800);
        QTest::newRow("from 2560x1600 onto 800x600")
            << QRect(300, 200, 1800, 1200) << QRect(0, 0, 800, 600) << QRect(0, 0, 800, 600);
        QTest::newRow("hanging off the right")
            << QRect(900, 100, 1000, 600) << QRect(0, 0, 1280, 800) << QRect(280, 100, 1000, 600);
        QTest::newRow("above the top")
            << QRect(100, -300, 900, 600) << QRect(0, 30, 1280, 770) << QRect(100, 30, 900, 600);
        QTest::newRow("on a screen that is gone")
            << QRect(3000, 100, 1000, 700) << QRect(0, 0, 1280, 800) << QRect(140, 50, 1000, 700);
        QTest::newRow("too small")
            << QRect(10, 10, 300, 200) << QRect(0, 0, 1280, 800) << QRect(10, 10, 760, 520);
        QTest::newRow("200 % screen")
            << QRect(0, 0, 1600, 1000) << QRect(0, 0, 1280, 800) << QRect(0, 0, 1280, 800);
        QTest::newRow("second screen") << QRect(1700, 50, 1400, 1100) << QRect(1920, 0, 1280, 1024)
                                       << QRect(1920, 0, 1280, 1024);
    }

    void clamp()
    {
        QFETCH(QRect, saved);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        QCOMPARE(WindowPlacement::clamp(saved, available, kMinimum), expected);
    }

    void layout_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<QList<int>>("rows");
        // The side panels take a share of the width within bounds; the
        // timeline its strip, never more than a third of the height.
        QTest::newRow("800x600") << QSize(800, 600) << QList<int>{150, 420, 230}
                                 << QList<int>{520, 80};
        QTest::newRow("1024x768") << QSize(1024, 768) << QList<int>{150, 644, 230}
                                  << QList<int>{688, 80};
        // 0.14 and 0.215 of 1280.
        QTest::newRow("1280x800") << QSize(1280, 800) << QList<int>{179, 826, 275}
                                  << QList<int>{720, 80};
        QTest::newRow("1920x1080")
            << QSize(1920, 1080) << QList<int>{220, 1360, 340} << QList<int>{1000, 80};
        QTest::newRow("3840x2160")
            << QSize(3840, 2160) << QList<int>{220, 3280, 340} << QList<int>{2080, 80};
        QTest::newRow("low, 1280x200")
            << QSize(1280, 200) << QList<int>{179, 826, 275} << QList<int>{134, 66};
    }

    void layout()
    {
        QFETCH(QSize, window);
        QFETCH(QList<int>, columns);
        QFETCH(QList<int>, rows);
        QCOMPARE(WindowPlacement::columns(window.width()), columns);
        QCOMPARE(WindowPlacement::rows(window.height(), 80), rows);
    }

    // The window's minimum fits the screen: at 200 % on a 1280x800 screen
    // (640 wide to Qt) it was 788 wide and the clip panel, the card and the
    // status line's end were off the screen.
    void minimumColumns_fitTheScreen_data()
    {
        QTest::addColumn<int>("screen");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<int>("card");
        QTest::newRow("3840, 4K at 100 %") << 3840 << QList<int>{140, 420, 220} << 300;
        QTest::newRow("1280") << 1280 << QList<int>{140, 420, 220} << 300;
        QTest::newRow("840, just enough") << 840 << QList<int>{140, 420, 220} << 300;
        // (800 - 60) / 780 of each.
        QTest::newRow("800") << 800 << QList<int>{132, 398, 208} << 284;
        // 1280 at 200 %: (640 - 60) / 780 of each.
        QTest::newRow("640, 1280 at 200 %") << 640 << QList<int>{104, 312, 163} << 223;
        // Floors: below them a pane is no use.
        QTest::newRow("400") << 400 << QList<int>{80, 240, 130} << 160;
    }

    void minimumColumns_fitTheScreen()
    {
        QFETCH(int, screen);
        QFETCH(QList<int>, columns);
        QFETCH(int, card);
        QCOMPARE(WindowPlacement::minimumColumns(screen), columns);
        QCOMPARE(WindowPlacement::cardWidth(screen), card);
    }
};

QTEST_GUILESS_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
