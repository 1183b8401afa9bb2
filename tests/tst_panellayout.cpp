#include "app/PanelLayout.h"

#include <QTest>

using namespace hope::app;

Q_DECLARE_METATYPE(PanelVisibility)

class TestPanelLayout : public QObject
{
    Q_OBJECT

private:
    // One step a letter: s, t, c toggle the sidebar, timeline and clip panel
    // as the View menu does (from what is shown), r toggles reading mode, f
    // and u fold and unfold (the window narrowed and widened).
    static void play(PanelLayout &layout, const QString &steps)
    {
        for (const QChar step : steps) {
            if (step == u'r') {
                layout.setReadingMode(!layout.readingMode());
                continue;
            }
            if (step == u'f' || step == u'u') {
                layout.setFolded(step == u'f');
                continue;
            }
            const Panel panel = step == u's'   ? Panel::Sidebar
                                : step == u't' ? Panel::Timeline
                                               : Panel::Clip;
            layout.setWanted(panel, !layout.isShown(panel));
        }
    }

private slots:
    void steps_data()
    {
        QTest::addColumn<QString>("steps");
        QTest::addColumn<PanelVisibility>("expected");
        QTest::addColumn<QString>("shown");  // s, t, c for the panels on screen

        QTest::newRow("nothing") << QString() << PanelVisibility{} << QStringLiteral("stc");
        QTest::newRow("hide sidebar")
            << QStringLiteral("s") << PanelVisibility{false, true, true, false}
            << QStringLiteral("tc");
        QTest::newRow("hide and show again")
            << QStringLiteral("ss") << PanelVisibility{} << QStringLiteral("stc");
        QTest::newRow("reading mode covers all")
            << QStringLiteral("r") << PanelVisibility{true, true, true, true} << QString();
        QTest::newRow("leaving reading mode restores a custom layout")
            << QStringLiteral("tcrr") << PanelVisibility{true, false, false, false}
            << QStringLiteral("s");
        QTest::newRow("asking for a panel in reading mode ends it")
            << QStringLiteral("trt") << PanelVisibility{true, true, true, false}
            << QStringLiteral("stc");
        QTest::newRow("asking for a hidden panel in reading mode keeps the others hidden")
            << QStringLiteral("scrc") << PanelVisibility{false, true, true, false}
            << QStringLiteral("tc");
        // A narrow window: the side panels fold, the timeline stays.
        QTest::newRow("folded") << QStringLiteral("f") << PanelVisibility{} << QStringLiteral("t");
        QTest::newRow("folded, the sidebar's drawer opens")
            << QStringLiteral("fs") << PanelVisibility{} << QStringLiteral("st");
        QTest::newRow("folded, one drawer at a time")
            << QStringLiteral("fsc") << PanelVisibility{} << QStringLiteral("tc");
        QTest::newRow("folded, a drawer shut again")
            << QStringLiteral("fss") << PanelVisibility{} << QStringLiteral("t");
        QTest::newRow("folded, the timeline put away as ever")
            << QStringLiteral("ft") << PanelVisibility{true, false, true, false} << QString();
        QTest::newRow("widened, the reader's choices come back")
            << QStringLiteral("cfsu") << PanelVisibility{true, true, false, false}
            << QStringLiteral("st");
        QTest::newRow("widened with a drawer open: it goes beside the text as before")
            << QStringLiteral("fcu") << PanelVisibility{} << QStringLiteral("stc");
        QTest::newRow("reading mode shuts the drawer")
            << QStringLiteral("fsr") << PanelVisibility{true, true, true, true} << QString();
        QTest::newRow("a drawer asked for in reading mode ends it")
            << QStringLiteral("frs") << PanelVisibility{} << QStringLiteral("st");
    }

    void steps()
    {
        QFETCH(QString, steps);
        QFETCH(PanelVisibility, expected);
        QFETCH(QString, shown);
        PanelLayout layout;
        play(layout, steps);
        QVERIFY(layout.visibility() == expected);
        // Beside the text or as the drawer, never both; a drawer only folded.
        for (const Panel panel : kPanels) {
            QVERIFY(!(layout.isBeside(panel) && layout.drawer() == panel));
            QVERIFY(!layout.isBeside(panel) || !layout.isFolded() || !PanelLayout::folds(panel));
        }
        QVERIFY(!layout.drawer() || layout.isFolded());
        QString onScreen;
        if (layout.isShown(Panel::Sidebar))
            onScreen += u's';
        if (layout.isShown(Panel::Timeline))
            onScreen += u't';
        if (layout.isShown(Panel::Clip))
            onScreen += u'c';
        QCOMPARE(onScreen, shown);
    }

    void restoredVisibility_isWhatWasSaved()
    {
        const PanelVisibility saved{false, true, false, true};
        const PanelLayout layout(saved);
        QVERIFY(layout.visibility() == saved);
        QVERIFY(layout.isWanted(Panel::Timeline));
        QVERIFY(!layout.isShown(Panel::Timeline));
    }

    void sizeToGiveBack_data()
    {
        QTest::addColumn<QList<int>>("noted");
        QTest::addColumn<int>("expected");
        QTest::newRow("none noted: the fallback") << QList<int>{} << 220;
        QTest::newRow("the last noted") << QList<int>{300, 260} << 260;
        QTest::newRow("dragged shut: the size before") << QList<int>{300, 0} << 300;
        QTest::newRow("negative ignored") << QList<int>{-5} << 220;
    }

    void sizeToGiveBack()
    {
        QFETCH(QList<int>, noted);
        QFETCH(int, expected);
        PanelLayout layout;
        for (const int size : noted) layout.noteSize(Panel::Clip, size);
        QCOMPARE(layout.sizeToGiveBack(Panel::Clip, 220), expected);
        QCOMPARE(layout.sizeToGiveBack(Panel::Sidebar, 140), 140);
    }
};

QTEST_GUILESS_MAIN(TestPanelLayout)
#include "tst_panellayout.moc"
