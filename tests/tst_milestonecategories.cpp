#include "core/MilestoneCategory.h"

#include <QSet>
#include <QTest>

using namespace hope::core;

class TestMilestoneCategories : public QObject
{
    Q_OBJECT

private slots:
    // Told apart without colour: grey-scale print, colour blindness.
    void eachCategory_hasItsOwnShape()
    {
        QSet<MarkerShape> shapes;
        for (const MilestoneCategory c : MilestoneCategories::all())
            shapes.insert(MilestoneCategories::shape(c));
        QCOMPARE(shapes.size(), MilestoneCategories::all().size());
    }

    void markerPath_data()
    {
        QTest::addColumn<MarkerShape>("shape");
        QTest::newRow("circle") << MarkerShape::Circle;
        QTest::newRow("square") << MarkerShape::Square;
        QTest::newRow("diamond") << MarkerShape::Diamond;
        QTest::newRow("triangle") << MarkerShape::Triangle;
        QTest::newRow("inverted triangle") << MarkerShape::InvertedTriangle;
        QTest::newRow("cross") << MarkerShape::Cross;
    }

    // Inside the square around the circle it replaces, so hit areas stay;
    // filled at the centre and heavy enough to see.
    void markerPath()
    {
        QFETCH(MarkerShape, shape);
        const QPointF c(50, 40);
        const qreal r = 6;
        const QPainterPath path = MilestoneCategories::markerPath(shape, c, r);
        const QRectF square(c - QPointF(r, r), c + QPointF(r, r));
        QVERIFY(square.adjusted(-0.01, -0.01, 0.01, 0.01).contains(path.boundingRect()));
        QVERIFY(path.contains(c));
        QVERIFY(path.boundingRect().width() >= 1.6 * r);
        QVERIFY(path.boundingRect().height() >= 1.6 * r);
    }

    // No two shapes cover the same pixels.
    void shapes_differInOutline()
    {
        const QPointF c(0, 0);
        QSet<QString> outlines;
        for (const MilestoneCategory cat : MilestoneCategories::all()) {
            const QPainterPath path =
                MilestoneCategories::markerPath(MilestoneCategories::shape(cat), c, 6);
            QString key;
            for (int y = -6; y <= 6; ++y) {
                for (int x = -6; x <= 6; ++x)
                    key += path.contains(QPointF(x + 0.5, y + 0.5)) ? u'1' : u'0';
            }
            outlines.insert(key);
        }
        QCOMPARE(outlines.size(), MilestoneCategories::all().size());
    }
};

QTEST_GUILESS_MAIN(TestMilestoneCategories)
#include "tst_milestonecategories.moc"
