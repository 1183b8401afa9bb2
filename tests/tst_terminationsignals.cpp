#include "app/TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using hope::app::TerminationSignals;

// Each signal is raised once only: after it the handler is the default
// again (so a hung reader can still be stopped), and a second would end
// the test.
class TestTerminationSignals : public QObject
{
    Q_OBJECT

private slots:
    void sigterm_becomesASignalInTheEventLoop()
    {
        TerminationSignals termination;
        QVERIFY(termination.isInstalled());
        QSignalSpy requested(&termination, &TerminationSignals::requested);
        QCOMPARE(std::raise(SIGTERM), 0);
        // Not from inside the handler: in the event loop, afterwards.
        QCOMPARE(requested.count(), 0);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), SIGTERM);
    }

    void oneAtATime()
    {
        TerminationSignals first;
        TerminationSignals second;
        QVERIFY(first.isInstalled());
        QVERIFY(!second.isInstalled());
    }

    // Installed again after the last one went, for another signal.
    void sigint_afterAnotherWasRemoved()
    {
        {
            TerminationSignals gone;
        }
        TerminationSignals termination;
        QVERIFY(termination.isInstalled());
        QSignalSpy requested(&termination, &TerminationSignals::requested);
        QCOMPARE(std::raise(SIGINT), 0);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), SIGINT);
    }

    // Removed, the defaults are back: a signal then is not caught.
    void removed_restoresTheDefault()
    {
        {
            TerminationSignals gone;
        }
        struct sigaction now = {};
        QCOMPARE(::sigaction(SIGHUP, nullptr, &now), 0);
        QVERIFY(now.sa_handler == SIG_DFL);
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
