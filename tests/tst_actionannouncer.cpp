#include "app/ActionAnnouncer.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using hope::app::ActionAnnouncer;

class TestActionAnnouncer : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mnemonic first") << "&Timeline"
                                        << "Timeline";
        QTest::newRow("mnemonic inside") << "C&lip Panel"
                                         << "Clip Panel";
        QTest::newRow("ellipsis") << "&Open…"
                                  << "Open";
        QTest::newRow("a real ampersand") << "Rock && &Roll"
                                          << "Rock & Roll";
        QTest::newRow("Chinese, in brackets") << "时间线(&T)"
                                              << "时间线";
        QTest::newRow("Chinese, full-width brackets") << "朗读（&A）"
                                                      << "朗读";
        QTest::newRow("Chinese with an ellipsis") << "打开(&O)…"
                                                  << "打开";
        QTest::newRow("no mnemonic") << "English"
                                     << "English";
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ActionAnnouncer::plainText(text), expected);
    }

    // The reader's trigger is said; the window checking it itself is not.
    void toggle_saysOnAndOff_onlyWhenTriggered()
    {
        ActionAnnouncer announcer;
        QAction timeline(QStringLiteral("&Timeline"));
        timeline.setCheckable(true);
        timeline.setChecked(true);
        announcer.watchToggle(&timeline);
        QSignalSpy said(&announcer, &ActionAnnouncer::announcement);
        timeline.setChecked(false);
        QCOMPARE(said.size(), 0);
        timeline.trigger();
        timeline.trigger();
        QCOMPARE(said.size(), 2);
        QCOMPARE(said.at(0).at(0).toString(), QStringLiteral("Timeline: on"));
        QCOMPARE(said.at(1).at(0).toString(), QStringLiteral("Timeline: off"));
    }

    void choice_saysWhatWasChosen()
    {
        ActionAnnouncer announcer;
        QAction dark(QStringLiteral("&Dark"));
        dark.setCheckable(true);
        announcer.watchChoice(&dark);
        QSignalSpy said(&announcer, &ActionAnnouncer::announcement);
        dark.trigger();
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), QStringLiteral("Dark chosen"));
    }
};

QTEST_MAIN(TestActionAnnouncer)
#include "tst_actionannouncer.moc"
