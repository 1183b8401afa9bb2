#include "core/CaptionLayout.h"

#include <QTest>

using namespace hope::core;

class TestCaptionLayout : public QObject
{
    Q_OBJECT

private slots:
    void fontPixels_data()
    {
        QTest::addColumn<qreal>("height");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("pixels");
        // The clip's own 540 lines; a docked picture of 200; full screen.
        QTest::newRow("540 small") << 540.0 << int(CaptionSize::Small) << 25;
        QTest::newRow("540 medium") << 540.0 << int(CaptionSize::Medium) << 33;
        QTest::newRow("540 large") << 540.0 << int(CaptionSize::Large) << 38;
        QTest::newRow("1080 medium") << 1080.0 << int(CaptionSize::Medium) << 67;
        QTest::newRow("docked small keeps 11") << 200.0 << int(CaptionSize::Small) << 11;
        QTest::newRow("docked large") << 200.0 << int(CaptionSize::Large) << 14;
    }

    void fontPixels()
    {
        QFETCH(qreal, height);
        QFETCH(int, size);
        QFETCH(int, pixels);
        QCOMPARE(CaptionLayout::fontPixels(height, CaptionSize(size)), pixels);
    }

    void textBox_centredAboveTheBottomMargin_data()
    {
        QTest::addColumn<QRectF>("picture");
        QTest::addColumn<QSizeF>("text");
        QTest::addColumn<QRectF>("box");
        QTest::newRow("960x540, a line")
            << QRectF(0, 0, 960, 540) << QSizeF(400, 40) << QRectF(280, 477.5, 400, 40);
        QTest::newRow("letterboxed in a wider view")
            << QRectF(100, 20, 480, 270) << QSizeF(200, 30) << QRectF(240, 248.75, 200, 30);
        QTest::newRow("too wide: kept inside the margins")
            << QRectF(0, 0, 960, 540) << QSizeF(2000, 40) << QRectF(22.5, 477.5, 915, 40);
    }

    void textBox_centredAboveTheBottomMargin()
    {
        QFETCH(QRectF, picture);
        QFETCH(QSizeF, text);
        QFETCH(QRectF, box);
        QCOMPARE(CaptionLayout::textBox(picture, text), box);
        QVERIFY(picture.contains(CaptionLayout::band(CaptionLayout::textBox(picture, text))));
    }

    void codes_roundTrip_andGarbageIsNone()
    {
        for (const CaptionSize s : {CaptionSize::Small, CaptionSize::Medium, CaptionSize::Large})
            QCOMPARE(CaptionLayout::fromCode(CaptionLayout::code(s)), std::optional(s));
        QCOMPARE(CaptionLayout::code(CaptionSize::Large), QStringLiteral("large"));
        QVERIFY(!CaptionLayout::fromCode(QStringLiteral("huge")));
        QVERIFY(!CaptionLayout::fromCode(QStringLiteral("Large ")));
        QVERIFY(!CaptionLayout::fromCode(QString()));
    }
};

QTEST_GUILESS_MAIN(TestCaptionLayout)
#include "tst_captionlayout.moc"
