#include "core/PagePlan.h"

#include <QTest>

using namespace hope::core;

using Piece = PagePlan::Piece;
using Lines = QList<QPair<qreal, qreal>>;
Q_DECLARE_METATYPE(QList<PagePlan::Piece>)

namespace {

// n lines of `height`, the first at `top`, with no gap between them.
Lines lines(qreal top, int n, qreal height)
{
    Lines l;
    for (int i = 0; i < n; ++i) l << qMakePair(top + i * height, top + (i + 1) * height);
    return l;
}

Piece paragraph(qreal top, int n, qreal height = 10)
{
    const Lines l = lines(top, n, height);
    return Piece{top, l.last().second, PagePlan::linesCuts(l), {}, false};
}

Piece heading(qreal top, qreal height = 10)
{
    return Piece{top, top + height, {}, {}, true};
}

// Two columns, 0-60 and 60-100, of lines of their own heights.
Piece pair(qreal top, int leftLines, qreal leftHeight, int rightLines, qreal rightHeight)
{
    const Lines left = lines(top, leftLines, leftHeight);
    const Lines right = lines(top, rightLines, rightHeight);
    Piece p;
    p.top = top;
    p.bottom = std::max(left.last().second, right.last().second);
    p.columns = {PagePlan::Column{0, 60, PagePlan::linesCuts(left)},
                 PagePlan::Column{60, 100, PagePlan::linesCuts(right)}};
    return p;
}

// Each page as its slices, "left:top-bottom@dest", pages apart by " | ".
QString describe(const QList<PagePlan::Page> &pages)
{
    QStringList out;
    for (const PagePlan::Page &page : pages) {
        QStringList slices;
        for (const PagePlan::Slice &s : page.slices)
            slices << QStringLiteral("%1:%2-%3@%4")
                          .arg(s.source.left())
                          .arg(s.source.top())
                          .arg(s.source.bottom())
                          .arg(s.destTop);
        out << slices.join(u' ');
    }
    return out.join(QStringLiteral(" | "));
}

}  // namespace

class TestPagePlan : public QObject
{
    Q_OBJECT

private slots:
    void linesCuts_leaveTwoLinesEachSide()
    {
        QCOMPARE(PagePlan::linesCuts(lines(0, 3, 10)).size(), 0);
        const QList<PagePlan::Cut> four = PagePlan::linesCuts(lines(0, 4, 10));
        QCOMPARE(four.size(), 1);
        QCOMPARE(four.first().end, 20.0);
        QCOMPARE(four.first().resume, 20.0);
        // A gap between lines is not carried to the next page.
        const Lines spaced{{0, 10}, {12, 22}, {24, 34}, {36, 46}};
        QCOMPARE(PagePlan::linesCuts(spaced).first().end, 22.0);
        QCOMPARE(PagePlan::linesCuts(spaced).first().resume, 24.0);
    }

    void paginate_data()
    {
        QTest::addColumn<QList<Piece>>("pieces");
        QTest::addColumn<qreal>("pageHeight");
        QTest::addColumn<QString>("expected");

        QTest::newRow("fits one page")
            << QList<Piece>{paragraph(0, 3)} << qreal(100) << QStringLiteral("0:0-30@0");
        // 45 would take four and a half lines: four go, then four, then two.
        QTest::newRow("cut between lines") << QList<Piece>{paragraph(0, 10)} << qreal(45)
                                           << QStringLiteral("0:0-40@0 | 0:40-80@0 | 0:80-100@0");
        // Four lines would fit, but then one would be alone at the next
        // page's head: three go.
        QTest::newRow("no widow") << QList<Piece>{paragraph(0, 5)} << qreal(45)
                                  << QStringLiteral("0:0-30@0 | 0:30-50@0");
        // Nor one alone at a page's foot: the short paragraph goes whole.
        QTest::newRow("no orphan") << QList<Piece>{paragraph(0, 3), paragraph(35, 4)} << qreal(45)
                                   << QStringLiteral("0:0-30@0 | 0:35-75@0");
        // The page may not end after the heading: the heading goes over
        // with its paragraph, and the gap before it is not carried.
        QTest::newRow("heading kept with its text")
            << QList<Piece>{paragraph(0, 5), heading(60), paragraph(80, 5)} << qreal(75)
            << QStringLiteral("0:0-50@0 | 0:60-130@0");
        // A heading with the lines of its paragraph that fit stays at the
        // foot (three here, leaving three).
        QTest::newRow("heading and its first lines")
            << QList<Piece>{paragraph(0, 2), heading(25), paragraph(40, 6)} << qreal(70)
            << QStringLiteral("0:0-70@0 | 0:70-100@0");
        // A pair that fits on a page is not split: it starts the next one.
        QTest::newRow("pair kept whole") << QList<Piece>{paragraph(0, 5), pair(60, 5, 10, 4, 12)}
                                         << qreal(100) << QStringLiteral("0:0-50@0 | 0:60-110@0");
        // A pair taller than a page is split column by column, each column
        // at its own last whole line, and continued at the top of the next.
        QTest::newRow("pair split by columns")
            << QList<Piece>{pair(0, 25, 10, 20, 12)} << qreal(100)
            << QStringLiteral(
                   "0:0-100@0 60:0-96@0 | 0:100-200@0 60:96-192@0 | "
                   "0:200-250@0 60:192-250@0");
        // After a split pair the flow goes on under its taller column.
        QTest::newRow("flow after a split pair")
            << QList<Piece>{pair(0, 15, 10, 12, 10), paragraph(155, 2)} << qreal(100)
            << QStringLiteral("0:0-100@0 60:0-100@0 | 0:100-150@0 60:100-150@0 0:150-175@50");
        // The flow above a pair that must split shares its page.
        QTest::newRow("flow then a split pair")
            << QList<Piece>{paragraph(0, 2), pair(30, 20, 10, 20, 10)} << qreal(100)
            << QStringLiteral(
                   "0:0-30@0 0:30-100@30 60:30-100@30 | 0:100-200@0 60:100-200@0 | "
                   "0:200-230@0 60:200-230@0");
        // Nothing may be cut on a whole page: cut where the page ends.
        QTest::newRow("unbreakable and too tall")
            << QList<Piece>{Piece{0, 150, {}, {}, false}} << qreal(100)
            << QStringLiteral("0:0-100@0 | 0:100-150@0");
    }

    void paginate()
    {
        QFETCH(QList<Piece>, pieces);
        QFETCH(qreal, pageHeight);
        QFETCH(QString, expected);
        const QList<PagePlan::Page> pages = PagePlan::paginate(pieces, 100, pageHeight);
        QCOMPARE(describe(pages), expected);
        // No page holds more than a page.
        for (const PagePlan::Page &page : pages)
            for (const PagePlan::Slice &s : page.slices)
                QVERIFY(s.destTop + s.source.height() <= pageHeight + 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestPagePlan)
#include "tst_pageplan.moc"
