#include "core/TimelineLabelLayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hope::core;

using Request = TimelineLabelLayout::Request;
using Placement = TimelineLabelLayout::Placement;
Q_DECLARE_METATYPE(QList<Request>)

namespace {
bool noOverlapInside(const QList<Placement> &out, qreal left, qreal right, QString *why)
{
    for (int i = 0; i < out.size(); ++i) {
        const Placement &a = out.at(i);
        if (a.row < 0)
            continue;
        if (a.rect.left() < left - 1e-9 || a.rect.right() > right + 1e-9) {
            *why = QStringLiteral("label %1 clipped").arg(i);
            return false;
        }
        for (int j = i + 1; j < out.size(); ++j) {
            const Placement &b = out.at(j);
            if (b.row >= 0 && a.row == b.row && a.rect.intersects(b.rect)) {
                *why = QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j);
                return false;
            }
        }
    }
    return true;
}
}  // namespace

class TestTimelineLabelLayout : public QObject
{
    Q_OBJECT

private slots:
    void place_data()
    {
        QTest::addColumn<QList<Request>>("requests");
        QTest::addColumn<int>("first");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<bool>>("shortened");

        QTest::newRow("far apart: one row") << QList<Request>{{100, 80, 20}, {400, 80, 20}} << -1
                                            << QList<int>{0, 0} << QList<bool>{false, false};
        QTest::newRow("close: staggered")
            << QList<Request>{{100, 80, 20}, {130, 80, 20}, {140, 80, 20}} << -1
            << QList<int>{0, 1, 2} << QList<bool>{false, false, false};
        QTest::newRow("slid along its row while over its marker")
            << QList<Request>{{100, 80, 20}, {130, 80, 20}, {160, 80, 20}} << -1
            << QList<int>{0, 1, 0} << QList<bool>{false, false, false};
        QTest::newRow("same date: staggered") << QList<Request>{{300, 60, 20}, {300, 60, 20}} << -1
                                              << QList<int>{0, 1} << QList<bool>{false, false};
        QTest::newRow("at the left edge: slid inside")
            << QList<Request>{{5, 80, 20}} << -1 << QList<int>{0} << QList<bool>{false};
        QTest::newRow("crowded: fourth shortened")
            << QList<Request>{{100, 300, 20}, {110, 300, 20}, {120, 300, 20}, {420, 300, 20}} << -1
            << QList<int>{0, 1, 2, 0} << QList<bool>{false, false, false, true};
        QTest::newRow("no room at all: left out")
            << QList<Request>{{100, 200, 20}, {101, 200, 20}, {102, 200, 20}, {103, 200, 20}} << -1
            << QList<int>{0, 1, 2, -1} << QList<bool>{false, false, false, false};
        QTest::newRow("selected first gets row 0")
            << QList<Request>{{100, 80, 20}, {130, 80, 20}} << 1 << QList<int>{1, 0}
            << QList<bool>{false, false};
        QTest::newRow("wider than the strip: shortened to it")
            << QList<Request>{{250, 900, 20}} << -1 << QList<int>{0} << QList<bool>{true};
    }

    void place()
    {
        QFETCH(QList<Request>, requests);
        QFETCH(int, first);
        QFETCH(QList<int>, rows);
        QFETCH(QList<bool>, shortened);
        const TimelineLabelLayout layout(0, 500, 3, 18, 8);
        const QList<Placement> out = layout.place(requests, first);
        QCOMPARE(out.size(), requests.size());
        QList<int> gotRows;
        QList<bool> gotShort;
        for (const Placement &p : out) {
            gotRows << p.row;
            gotShort << (p.row >= 0 && p.shortened);
        }
        QCOMPARE(gotRows, rows);
        QCOMPARE(gotShort, shortened);
        QString why;
        QVERIFY2(noOverlapInside(out, 0, 500, &why), qPrintable(why));
        // A shown label stands over its marker.
        for (int i = 0; i < out.size(); ++i) {
            if (out.at(i).row >= 0) {
                QVERIFY(out.at(i).rect.left() <= requests.at(i).anchorX + 1e-9);
                QVERIFY(out.at(i).rect.right() >= requests.at(i).anchorX - 1e-9);
                QCOMPARE(out.at(i).rect.top(), out.at(i).row * 18.0);
            }
        }
    }

    // KeptClear: no label in a lower row over the leader line of a label
    // above it, and no label above whose line would run through one below.
    void leadersKeptClear_data()
    {
        QTest::addColumn<QList<Request>>("requests");
        QTest::addColumn<QList<int>>("rows");

        QTest::newRow("far apart: one row")
            << QList<Request>{{100, 80, 20}, {400, 80, 20}} << QList<int>{0, 0};
        // Ignored puts the third back in row 0, its line through the second.
        QTest::newRow("third kept off the second's row")
            << QList<Request>{{100, 80, 20}, {130, 80, 20}, {160, 80, 20}} << QList<int>{0, 1, 2};
        QTest::newRow("second slid right of the first's line")
            << QList<Request>{{100, 80, 20}, {115, 80, 20}} << QList<int>{0, 1};
        QTest::newRow("one date: no room beside one line")
            << QList<Request>{{300, 60, 20}, {300, 60, 20}} << QList<int>{0, -1};
    }

    void leadersKeptClear()
    {
        QFETCH(QList<Request>, requests);
        QFETCH(QList<int>, rows);
        const TimelineLabelLayout layout(0, 500, 3, 18, 8, TimelineLabelLayout::Leaders::KeptClear);
        const QList<Placement> out = layout.place(requests);
        QList<int> gotRows;
        for (const Placement &p : out) gotRows << p.row;
        QCOMPARE(gotRows, rows);
        for (int a = 0; a < out.size(); ++a) {
            for (int b = 0; b < out.size(); ++b) {
                if (a == b || out.at(a).row < 0 || out.at(b).row <= out.at(a).row)
                    continue;
                const qreal x = requests.at(a).anchorX;
                QVERIFY2(x < out.at(b).rect.left() || x > out.at(b).rect.right(),
                         qPrintable(QStringLiteral("line %1 under label %2").arg(a).arg(b)));
            }
        }
    }

    void randomLabels_neverOverlap_norLeaveTheStrip()
    {
        QRandomGenerator rng(2021);
        for (int round = 0; round < 300; ++round) {
            const qreal width = 200 + rng.bounded(2000);
            QList<Request> requests;
            const int n = 1 + rng.bounded(20);
            for (int i = 0; i < n; ++i)
                requests << Request{rng.bounded(width), 20.0 + rng.bounded(200), 20};
            const int first = rng.bounded(n + 1) - 1;
            for (const auto leaders :
                 {TimelineLabelLayout::Leaders::Ignored, TimelineLabelLayout::Leaders::KeptClear}) {
                const TimelineLabelLayout layout(0, width, 4, 18, 8, leaders);
                const auto out = layout.place(requests, first);
                QString why;
                QVERIFY2(noOverlapInside(out, 0, width, &why), qPrintable(why));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimelineLabelLayout)
#include "tst_timelinelabellayout.moc"
