#include "app/TerminationSignals.h"

#include <QSocketNotifier>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>

namespace hope::app {

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
// The write end for the handler, the read end for the notifier; -1 when
// none is installed.
volatile sig_atomic_t g_writeEnd = -1;
int g_readEnd = -1;

extern "C" void onSignal(int number)
{
    const int saved = errno;
    // Once: the next one ends the process as it would have.
    std::signal(number, SIG_DFL);
    const unsigned char byte = static_cast<unsigned char>(number);
    if (g_writeEnd >= 0) [[maybe_unused]]
        const ssize_t written = ::write(g_writeEnd, &byte, 1);
    errno = saved;
}

}  // namespace

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    if (g_writeEnd >= 0)
        return;
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, ends) != 0)
        return;
    g_readEnd = ends[0];
    g_writeEnd = ends[1];
    m_notifier = new QSocketNotifier(ends[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        while (::read(g_readEnd, &byte, 1) == 1) emit requested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : kSignals) ::sigaction(number, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    for (const int number : kSignals) std::signal(number, SIG_DFL);
    const int writeEnd = g_writeEnd;
    g_writeEnd = -1;
    delete m_notifier;
    ::close(writeEnd);
    ::close(g_readEnd);
    g_readEnd = -1;
}

}  // namespace hope::app
