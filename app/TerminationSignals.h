#pragma once

#include <QObject>

class QSocketNotifier;

namespace hope::app {

// SIGTERM, SIGINT and SIGHUP (a session logging out, a service manager, a
// Ctrl+C in the terminal) turned into a Qt signal on the interface's
// thread, so the reader closes its window as if the user had: notes,
// vocabulary and settings are saved, instead of lost to the default action.
// The handler only writes a byte to a socket (all it may safely do); a
// notifier reads it in the event loop. A second signal while the first is
// handled gets the default action, so a reader that hangs can still be
// stopped. One at a time: a second instance is not installed.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

    [[nodiscard]] bool isInstalled() const { return m_notifier != nullptr; }

signals:
    // The number of the signal that arrived.
    void requested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace hope::app
