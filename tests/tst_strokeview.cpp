#include "ui/StrokeView.h"

#include <QAccessible>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace hope::ui;
using namespace Qt::StringLiterals;

namespace {

// Pixels nearly as dark as the ink: the strokes drawn, not their faint
// shape or the guide lines.
int inked(const QImage &image, const QColor &ink)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.lightness() - ink.lightness()) < 40;
        }
    return n;
}

}  // namespace

// A character drawn stroke by stroke, as the lookup card shows it.
class TestStrokeView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholeThenStrokeByStroke()
    {
        StrokeView view;
        QPalette palette = view.palette();
        palette.setColor(QPalette::Window, Qt::white);
        palette.setColor(QPalette::WindowText, Qt::black);
        view.setPalette(palette);
        view.setAutoFillBackground(true);
        view.setCharacter(u"光"_s);
        QCOMPARE(view.strokeCount(), 6);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int whole = inked(view.grab().toImage(), Qt::black);
        QVERIFY(whole > 500);

        view.animate();
        QVERIFY(view.isAnimating());
        // Part way: fewer strokes in ink than the whole character.
        QTRY_VERIFY(view.progress() > 1.0);
        QVERIFY(view.progress() < 5.0);
        const int partWay = inked(view.grab().toImage(), Qt::black);
        QVERIFY2(partWay < whole, qPrintable(QStringLiteral("%1 of %2").arg(partWay).arg(whole)));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isAnimating(), 10000);
        QCOMPARE(view.progress(), 6.0);
        QCOMPARE(inked(view.grab().toImage(), Qt::black), whole);
    }

    void namedForAScreenReader()
    {
        StrokeView view;
        view.setCharacter(u"希"_s);
        const QAccessibleInterface *face = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(face);
        QCOMPARE(face->text(QAccessible::Name), u"Stroke order of 希"_s);
        QCOMPARE(face->text(QAccessible::Description), u"7 stroke(s)"_s);
    }

    void noCharacterNoStrokes()
    {
        StrokeView view;
        view.setCharacter(u"奥运"_s);
        QCOMPARE(view.strokeCount(), 0);
        view.animate();
        QVERIFY(!view.isAnimating());
        view.setCharacter(u"A"_s);
        QCOMPARE(view.strokeCount(), 0);
    }
};

QTEST_MAIN(TestStrokeView)
#include "tst_strokeview.moc"
