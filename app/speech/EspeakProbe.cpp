#include "speech/EspeakProbe.h"

#include "speech/EspeakLibrary.h"

#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace hope::speech {

namespace {

int discard(short *, int, espeak_EVENT *)
{
    return 0;
}

// In the child: only espeak-ng and system calls, nothing of Qt's.
[[noreturn]] void childReads(const EspeakLibrary &espeak, const char *dataPath, const char *voice,
                             int complaints)
{
    // espeak-ng's complaints about its data go to the parent, to explain.
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0)
        ::dup2(null, STDOUT_FILENO);
    if (complaints >= 0)
        ::dup2(complaints, STDERR_FILENO);
    espeak.espeak_ng_InitializePath(dataPath);
    if (espeak.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, dataPath,
                                 espeakINITIALIZE_DONT_EXIT) <= 0)
        ::_exit(3);
    espeak.espeak_SetSynthCallback(discard);
    if (!voice || !*voice) {
        espeak.espeak_ListVoices(nullptr);
        ::_exit(0);
    }
    if (espeak.espeak_SetVoiceByName(voice) != EE_OK) {
        espeak_VOICE wanted;
        std::memset(&wanted, 0, sizeof wanted);
        wanted.languages = voice;
        if (espeak.espeak_SetVoiceByProperties(&wanted) != EE_OK)
            ::_exit(4);
    }
    // Letters, digits and pauses: the phoneme tables, the dictionary's
    // words, rules and numbers (a damaged dictionary may crash only on some
    // words; what espeak-ng says of it is caught too).
    static const char sample[] =
        "Hope lights us up. The quick brown fox jumps over the lazy dog; pack my box with five "
        "dozen liquor jugs! 1,234.56 on 23 June 2021. Xi1 wang4 shi4 guang1.";
    if (espeak.espeak_Synth(sample, sizeof sample, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                            nullptr) != EE_OK)
        ::_exit(5);
    ::_exit(0);
}

// What espeak-ng prints when it finds its data damaged, and carries on
// to crash later on some word.
bool complainsOfDamage(const QByteArray &said)
{
    for (const char *mark : {"Bad data", "Empty _dict", "Wrong version", "Invalid instruction",
                             "Unknown phoneme table", "Failed to load"}) {
        if (said.contains(mark))
            return true;
    }
    return false;
}

void readSome(int fd, QByteArray &into)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return;
        if (into.size() < 65536)
            into.append(buffer, n);
    }
}

}  // namespace

QString EspeakProbe::check(const EspeakLibrary &library, const char *dataPath,
                           const QByteArray &voice, const QString &dataDir)
{
    const QString reinstall =
        tr("Reinstall the package espeak-ng-data (sudo apt-get install --reinstall "
           "espeak-ng-data).");
    int complaints[2] = {-1, -1};
    if (::pipe2(complaints, O_CLOEXEC | O_NONBLOCK) != 0)
        complaints[0] = complaints[1] = -1;
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(complaints[0]);
        ::close(complaints[1]);
        return {};  // No child to spare: read as before, unchecked.
    }
    if (child == 0)
        childReads(library, dataPath, voice.constData(), complaints[1]);
    ::close(complaints[1]);
    QByteArray said;

    QElapsedTimer waited;
    waited.start();
    int status = 0;
    for (;;) {
        readSome(complaints[0], said);
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR) {
            ::close(complaints[0]);
            return {};
        }
        if (waited.elapsed() > kTimeoutMs) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            ::close(complaints[0]);
            return tr("espeak-ng did not finish reading its voice data in %1 (%2 s). %3")
                .arg(dataDir)
                .arg(kTimeoutMs / 1000)
                .arg(reinstall);
        }
        const timespec pause{0, 2 * 1000 * 1000};
        ::nanosleep(&pause, nullptr);
    }
    readSome(complaints[0], said);
    ::close(complaints[0]);
    const QString what = voice.isEmpty() ? tr("its voice data")
                                         : tr("the voice \"%1\"").arg(QString::fromUtf8(voice));
    if (WIFSIGNALED(status))
        return tr("espeak-ng crashed reading %1 in %2 (%3): the data is damaged. %4")
            .arg(what, dataDir, QString::fromLocal8Bit(::strsignal(WTERMSIG(status))), reinstall);
    switch (WEXITSTATUS(status)) {
        case 0:
            if (!complainsOfDamage(said))
                return {};
            return tr("espeak-ng finds %1 in %2 damaged (\"%3\"). %4")
                .arg(what, dataDir,
                     QString::fromLocal8Bit(said.trimmed().split('\n').value(0)).left(200),
                     reinstall);
        case 4:
            return tr("The espeak-ng voice \"%1\" is not installed. Install the package "
                      "espeak-ng-data, or choose another voice.")
                .arg(QString::fromUtf8(voice));
        default:
            return tr("espeak-ng cannot read %1 in %2: the data is damaged or of another "
                      "version. %3")
                .arg(what, dataDir, reinstall);
    }
}

}  // namespace hope::speech
