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
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
