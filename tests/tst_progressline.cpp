#include "ui/ProgressLine.h"

#include <QTest>

using hope::ui::ProgressLine;

class TestProgressLine : public QObject
{
    Q_OBJECT

private slots:
    void says_percentSectionAndTimeLeft()
    {
        ProgressLine line;
        hope::core::ReadingProgress::Estimate estimate;
        estimate.percent = 42;
        estimate.minutesLeft = 3;
        line.setProgress(estimate, QStringLiteral("02 Part of the hope"));
        QCOMPARE(line.text(),
                 QStringLiteral("42% read  ·  02 Part of the hope  ·  about 3 min left"));
    }

    // On a narrow screen (or at 200 %) the line gives way, drawn to its
    // width with "…", instead of holding the window wider than the screen.
    void narrow_givesWay_andIsDrawnShortened()
    {
        ProgressLine line;
        hope::core::ReadingProgress::Estimate estimate;
        estimate.percent = 7;
        estimate.minutesLeft = 12;
        line.setProgress(estimate, QStringLiteral("03 The digital Olympics, with a long heading"));
        const int full = line.fontMetrics().horizontalAdvance(line.text());
        QVERIFY2(
            line.minimumSizeHint().width() < full / 3,
            qPrintable(QStringLiteral("%1 of %2").arg(line.minimumSizeHint().width()).arg(full)));
        line.resize(full / 2, line.sizeHint().height());
        line.show();
        QVERIFY(QTest::qWaitForWindowExposed(&line));
        // Drawn: nothing past the width, and something in it.
        const QImage image = line.grab().toImage();
        QCOMPARE(image.width(), full / 2);
        const QRgb ground = image.pixel(image.width() - 1, 0);
        bool inked = false;
        for (int y = 0; y < image.height() && !inked; ++y)
            for (int x = 0; x < image.width() && !inked; ++x) inked = image.pixel(x, y) != ground;
        QVERIFY(inked);
    }
};

QTEST_MAIN(TestProgressLine)
#include "tst_progressline.moc"
