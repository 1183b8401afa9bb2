#include "core/CardPlacement.h"

#include <QTest>

using namespace hope::core;

// The lookup card beside the words looked up, never over them, on screen.
class TestCardPlacement final : public QObject
{
    Q_OBJECT

private slots:
    void place_data()
    {
        QTest::addColumn<QSize>("card");
        QTest::addColumn<QRect>("word");
        QTest::addColumn<QPoint>("expected");
        const QSize card(300, 200);
        // Screen: 0,0 1280x800; the gap 4 px.
        QTest::newRow("below") << card << QRect(100, 100, 40, 20) << QPoint(100, 124);
        QTest::newRow("above near the bottom")
            << card << QRect(100, 700, 40, 20) << QPoint(100, 496);
        QTest::newRow("pushed left at the right edge")
            << card << QRect(1200, 100, 40, 20) << QPoint(980, 124);
        QTest::newRow("at the left edge") << card << QRect(-10, 100, 40, 20) << QPoint(0, 124);
        QTest::newRow("exactly fits below") << card << QRect(100, 576, 40, 20) << QPoint(100, 600);
        QTest::newRow("one pixel short below: above")
            << card << QRect(100, 577, 40, 20) << QPoint(100, 373);
        // A tall card (a character with its strokes) on a word mid-screen:
        // neither above nor below, so beside it.
        QTest::newRow("beside, right")
            << QSize(300, 500) << QRect(100, 380, 40, 20) << QPoint(144, 300);
        QTest::newRow("beside, left")
            << QSize(300, 500) << QRect(1100, 380, 40, 20) << QPoint(796, 300);
        // Taller than the screen: kept at its top.
        QTest::newRow("larger than the screen")
            << QSize(300, 900) << QRect(500, 380, 40, 20) << QPoint(544, 0);
    }
    void place()
    {
        QFETCH(QSize, card);
        QFETCH(QRect, word);
        QFETCH(QPoint, expected);
        const QRect screen(0, 0, 1280, 800);
        const QPoint at = CardPlacement::place(card, word, screen, 4);
        QCOMPARE(at, expected);
        const QRect placed(at, card);
        if (card.height() <= screen.height()) {
            QVERIFY(screen.contains(placed));
            QVERIFY2(!placed.intersects(word), "the card covers the word");
        }
    }

    void neverOverTheWordWhereverItIs()
    {
        const QRect screen(0, 0, 800, 600);
        const QSize card(280, 180);
        for (int y = 0; y + 20 <= 600; y += 7) {
            for (int x = 0; x + 40 <= 800; x += 13) {
                const QRect word(x, y, 40, 20);
                const QRect placed(CardPlacement::place(card, word, screen), card);
                QVERIFY2(screen.contains(placed), qPrintable(QString::number(x)));
                QVERIFY2(!placed.intersects(word.adjusted(-3, -3, 3, 3)),
                         qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCardPlacement)
#include "tst_cardplacement.moc"
