#include "ui/ThemedIcon.h"

#include <QTest>
#include <QWidget>

using namespace hope::ui;

class TestThemedIcon : public QObject
{
    Q_OBJECT

private slots:
    void standard_data()
    {
        QTest::addColumn<QColor>("ink");
        QTest::addColumn<int>("which");
        QTest::newRow("light ink, play") << QColor(0xe8, 0xe2, 0xd6) << int(QStyle::SP_MediaPlay);
        QTest::newRow("light ink, close")
            << QColor(0xe8, 0xe2, 0xd6) << int(QStyle::SP_DialogCloseButton);
        QTest::newRow("dark ink, volume")
            << QColor(0x2a, 0x27, 0x23) << int(QStyle::SP_MediaVolume);
    }

    // Every pixel the icon paints is in the palette's button text colour,
    // so a dark theme's icons are light.
    void standard()
    {
        QFETCH(QColor, ink);
        QFETCH(int, which);
        QWidget widget;
        QPalette palette = widget.palette();
        palette.setColor(QPalette::ButtonText, ink);
        widget.setPalette(palette);
        const QImage image = ThemedIcon::standard(&widget, QStyle::StandardPixmap(which))
                                 .pixmap(22, 22)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 128)
                    continue;
                ++painted;
                // Within the rounding of a half-covered edge pixel.
                const int off =
                    std::max({std::abs(c.red() - ink.red()), std::abs(c.green() - ink.green()),
                              std::abs(c.blue() - ink.blue())});
                QVERIFY2(off <= 3, qPrintable(c.name() + QStringLiteral(" for ") + ink.name()));
            }
        }
        QVERIFY(painted > 10);
    }

    // At full strength, whatever the style's own icon: some draw theirs half
    // transparent (Fusion's reload and title-bar icons), which on the dark
    // full-screen bar read as dim grey.
    void standard_isDrawnAtFullStrength_data()
    {
        QTest::addColumn<int>("which");
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_MediaPlay, QStyle::SP_MediaPause, QStyle::SP_MediaVolume,
              QStyle::SP_MediaVolumeMuted, QStyle::SP_TitleBarMaxButton, QStyle::SP_BrowserReload})
            QTest::addRow("%d", int(which)) << int(which);
    }
    void standard_isDrawnAtFullStrength()
    {
        QFETCH(int, which);
        QWidget widget;
        QPalette palette = widget.palette();
        palette.setColor(QPalette::ButtonText, QColor(0xfb, 0xf8, 0xf1));
        widget.setPalette(palette);
        for (const int side : {16, 22, 32}) {
            const QImage image = ThemedIcon::standard(&widget, QStyle::StandardPixmap(which))
                                     .pixmap(side, side)
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            int strongest = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    strongest = std::max(strongest, image.pixelColor(x, y).alpha());
            QCOMPARE(strongest, 255);
        }
    }
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
