#include "core/LayoutMeasure.h"

#include <QTest>

using namespace hope::core;

// Expected values worked out by hand from the rules: a single column is 36
// (Chinese) or 34 (English) ems, interleaved is as wide as Chinese, side by
// side runs up to 60 ems of text at 0.9 of the size and needs 38 of them
// plus 24 px each side, or it is set interleaved.
class TestLayoutMeasure : public QObject
{
    Q_OBJECT

private slots:
    void fit_data()
    {
        QTest::addColumn<int>("wanted");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<int>("layout");
        QTest::addColumn<qreal>("measure");
        QTest::addColumn<qreal>("side");
        const int zh = int(ReadingLayout::Chinese);
        const int en = int(ReadingLayout::English);
        const int par = int(ReadingLayout::Parallel);
        const int inter = int(ReadingLayout::Interleaved);
        // em 18: Chinese 648 px, English 612 px.
        QTest::newRow("zh, wide") << zh << 1000.0 << zh << 648.0 << 176.0;
        QTest::newRow("en, wide") << en << 1000.0 << en << 612.0 << 194.0;
        QTest::newRow("zh, narrow") << zh << 400.0 << zh << 352.0 << 24.0;
        QTest::newRow("interleaved, wide") << inter << 1000.0 << inter << 648.0 << 176.0;
        // Side by side at 16.2 px: at least 38 em = 615.6 px, plus 48.
        QTest::newRow("parallel, 1280 px window with both panels")
            << par << 690.0 << par << 642.0 << 24.0;
        QTest::newRow("parallel, just wide enough") << par << 663.6 << par << 615.6 << 24.0;
        QTest::newRow("parallel, a pixel short") << par << 662.6 << inter << 614.6 << 24.0;
        QTest::newRow("parallel, narrow") << par << 500.0 << inter << 452.0 << 24.0;
        // At most 60 em = 972 px.
        QTest::newRow("parallel, 1920 px window") << par << 1340.0 << par << 972.0 << 184.0;
        QTest::newRow("parallel, no room at all") << par << 10.0 << inter << 0.0 << 24.0;
    }
    void fit()
    {
        QFETCH(int, wanted);
        QFETCH(qreal, width);
        QFETCH(int, layout);
        QFETCH(qreal, measure);
        QFETCH(qreal, side);
        const LayoutMeasure::Result r = LayoutMeasure::fit(ReadingLayout(wanted), width, 18.0);
        QCOMPARE(int(r.layout), layout);
        QVERIFY2(std::abs(r.measure - measure) < 0.01, qPrintable(QString::number(r.measure)));
        QVERIFY2(std::abs(r.sideMargin - side) < 0.01, qPrintable(QString::number(r.sideMargin)));
    }
};

QTEST_GUILESS_MAIN(TestLayoutMeasure)
#include "tst_layoutmeasure.moc"
