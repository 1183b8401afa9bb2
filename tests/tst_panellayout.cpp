#include "app/PanelLayout.h"

#include <QTest>

using namespace hope::app;

Q_DECLARE_METATYPE(PanelVisibility)

class TestPanelLayout : public QObject
{
    Q_OBJECT

private:
    // One step a letter: s, t, c toggle the sidebar, timeline and clip panel
    // as the View menu does (from what is shown), r toggles reading mode.
    static void play(PanelLayout &layout, const QString &steps)
    {
        for (const QChar step : steps) {
            if (step == u'r') {
                layout.setReadingMode(!layout.readingMode());
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
    }

    void steps()
    {
        QFETCH(QString, steps);
        QFETCH(PanelVisibility, expected);
        QFETCH(QString, shown);
        PanelLayout layout;
        play(layout, steps);
        QVERIFY(layout.visibility() == expected);
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
