#pragma once

#include <QCoreApplication>
#include <QString>

namespace hope::speech {

// espeak-ng trusts its data: a damaged phoneme table, index or dictionary
// (a broken package, a bad disk) makes it crash or loop, not fail. So
// before the reader's own process lets espeak-ng read a voice, espeak-ng's
// own command (the same library, the same data) reads it in a process of
// its own: it loads the voice and speaks a few sentences into /dev/null.
// Only if that ends well does the reader go on; if it crashes, fails,
// complains of its data or takes too long, the user is told which data is
// broken and which package to reinstall. A fresh process, not a fork of
// this one: a forked child of a threaded program can hang on a lock
// another thread held (seen under AddressSanitizer).
class EspeakProbe final
{
    Q_DECLARE_TR_FUNCTIONS(EspeakProbe)

public:
    // Long enough for a slow disk; espeak-ng starts in some tens of ms.
    static constexpr int kTimeoutMs = 10000;
    // Debian's espeak-ng package; a fixed path, never one found on PATH.
    static constexpr const char *kCommand = "/usr/bin/espeak-ng";

    struct Verdict
    {
        // Empty when espeak-ng read it all (or the command is not
        // installed, when nothing can be checked), else why not, for the
        // user.
        QString problem;
        // It took too long: damaged data that loops, or a machine too busy
        // for now. Not to be remembered as the data's fault; ask again.
        bool timedOut = false;
    };

    // voice: as the synthesizer names it; dataDir: the folder of voice
    // data espeak-ng reads.
    [[nodiscard]] static Verdict check(const QString &voice, const QString &dataDir);
    // The same with another command and time limit, for tests.
    [[nodiscard]] static Verdict check(const QString &voice, const QString &dataDir,
                                       const QString &command, int timeoutMs);
};

}  // namespace hope::speech
