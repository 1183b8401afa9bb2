#include "core/StrokeOrder.h"

#include <QStandardPaths>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

namespace {

qreal area(const QPainterPath &path)
{
    // Counted on a grid: a path's own area, whatever its curves.
    qreal inside = 0;
    const QRectF box = path.boundingRect();
    for (qreal y = box.top(); y < box.bottom(); y += 4)
        for (qreal x = box.left(); x < box.right(); x += 4)
            inside += path.contains(QPointF(x + 2, y + 2)) ? 16 : 0;
    return inside;
}

}  // namespace

// A character's strokes from Make Me a Hanzi's data: how many, in which
// order, and how much of one a brush has drawn.
class TestStrokeOrder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Counts as the standard stroke order gives them (现代汉语通用字笔顺规范).
    void strokeCounts_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("strokes");
        QTest::newRow("一") << u"一"_s << 1;
        QTest::newRow("人") << u"人"_s << 2;
        QTest::newRow("光") << u"光"_s << 6;
        QTest::newRow("希") << u"希"_s << 7;
        QTest::newRow("望") << u"望"_s << 11;
        QTest::newRow("奥") << u"奥"_s << 12;
    }
    void strokeCounts()
    {
        QFETCH(QString, character);
        QFETCH(int, strokes);
        const QList<Stroke> found = StrokeOrder::of(character.toUcs4().first());
        QCOMPARE(found.size(), strokes);
        for (const Stroke &stroke : found) {
            QVERIFY(QRectF(0, 0, StrokeOrder::kBox, StrokeOrder::kBox)
                        .contains(stroke.outline.boundingRect()));
            QVERIFY(stroke.median.size() >= 2);
        }
    }

    // 一 is written left to right: its centre line runs from left to right
    // and, y down, its one stroke sits around the middle of the box.
    void directionAndPlace()
    {
        const QList<Stroke> yi = StrokeOrder::of(U'一');
        QCOMPARE(yi.size(), 1);
        QVERIFY(yi.first().median.first().x() < yi.first().median.last().x());
        const QRectF box = yi.first().outline.boundingRect();
        QVERIFY(box.width() > 3 * box.height());
        QVERIFY(box.center().y() > 300 && box.center().y() < 700);
        // 人: the left-falling stroke first, its start above its end.
        const QList<Stroke> ren = StrokeOrder::of(U'人');
        QVERIFY(ren.first().median.first().y() < ren.first().median.last().y());
        QVERIFY(ren.first().median.first().x() > ren.first().median.last().x());
    }

    void noDataIsNoStrokes()
    {
        QVERIFY(StrokeOrder::of(U'A').isEmpty());
        QVERIFY(StrokeOrder::of(U'熊').isEmpty());  // Not in the article.
    }

    void parsePath_data()
    {
        QTest::addColumn<QString>("svg");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QRectF>("bounds");
        QTest::newRow("square") << u"M 0 900 L 100 900 L 100 800 L 0 800 Z"_s << true
                                << QRectF(0, 0, 100, 100);
        QTest::newRow("quad") << u"M 0 900 Q 50 800 100 900 Z"_s << true << QRectF();
        QTest::newRow("cubic") << u"M 0 900 C 0 800 100 800 100 900 Z"_s << true << QRectF();
        QTest::newRow("relative") << u"m 0 0 l 10 10"_s << false << QRectF();
        QTest::newRow("arc") << u"M 0 0 A 5 5 0 0 1 10 10"_s << false << QRectF();
        QTest::newRow("line first") << u"L 10 10"_s << false << QRectF();
        QTest::newRow("short") << u"M 0 0 L 10"_s << false << QRectF();
        QTest::newRow("not a number") << u"M 0 0 L x 10"_s << false << QRectF();
        QTest::newRow("huge") << u"M 0 0 L 1e300 10"_s << false << QRectF();
        QTest::newRow("nan") << u"M 0 0 L nan 10"_s << false << QRectF();
        QTest::newRow("empty") << QString() << false << QRectF();
    }
    void parsePath()
    {
        QFETCH(QString, svg);
        QFETCH(bool, valid);
        QFETCH(QRectF, bounds);
        const std::optional<QPainterPath> path = StrokeOrder::parsePath(svg);
        QCOMPARE(path.has_value(), valid);
        if (valid && !bounds.isNull())
            QCOMPARE(path->boundingRect(), bounds);
    }

    void fromJson_refusesWhatIsNotStrokes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("no medians") << QByteArray(R"({"strokes": ["M 0 0 L 1 1 Z"]})");
        QTest::newRow("counts differ")
            << QByteArray(R"({"strokes": ["M 0 0 L 1 1 Z"], "medians": [[[0,0],[1,1]], []]})");
        QTest::newRow("one point")
            << QByteArray(R"({"strokes": ["M 0 0 L 1 1 Z"], "medians": [[[0,0]]]})");
        QTest::newRow("point of text")
            << QByteArray(R"({"strokes": ["M 0 0 L 1 1 Z"], "medians": [[["a",0],[1,1]]]})");
        QTest::newRow("bad path") << QByteArray(
            R"({"strokes": ["A 0 0"], "medians": [[[0,0],[1,1]]]})");
        QByteArray many = R"({"strokes": [)";
        QByteArray medians = R"("medians": [)";
        for (int i = 0; i < 65; ++i) {
            many += QByteArray(i ? "," : "") + "\"M 0 0 L 1 1 Z\"";
            medians += QByteArray(i ? "," : "") + "[[0,0],[1,1]]";
        }
        QTest::newRow("65 strokes") << QByteArray(many + "], " + medians + "]}");
    }
    void fromJson_refusesWhatIsNotStrokes()
    {
        QFETCH(QByteArray, json);
        QVERIFY(StrokeOrder::fromJson(json).isEmpty());
    }

    void aBrushDrawsAlongTheLine()
    {
        const Stroke yi = StrokeOrder::of(U'一').first();
        QVERIFY(StrokeOrder::drawn(yi, 0).isEmpty());
        const qreal whole = area(yi.outline);
        QVERIFY(whole > 0);
        const qreal half = area(StrokeOrder::drawn(yi, 0.5));
        QCOMPARE(area(StrokeOrder::drawn(yi, 1.0)), whole);
        QVERIFY2(half > 0.3 * whole && half < 0.75 * whole,
                 qPrintable(QStringLiteral("%1 of %2").arg(half).arg(whole)));
        // Drawn from the left, where the brush starts.
        QVERIFY(StrokeOrder::drawn(yi, 0.5).boundingRect().left() <
                yi.outline.boundingRect().left() + 20);
        QVERIFY(StrokeOrder::drawn(yi, 0.5).boundingRect().right() <
                yi.outline.boundingRect().right() - 100);
    }
};

QTEST_GUILESS_MAIN(TestStrokeOrder)
#include "tst_strokeorder.moc"
