#pragma once

#include <QCoreApplication>
#include <QString>

namespace hope::speech {

class EspeakLibrary;

// espeak-ng trusts its data: a damaged phoneme table, index or dictionary
// (a broken package, a bad disk) makes it crash or loop, not fail. So
// before the reader's own process lets espeak-ng read a voice, a child
// process reads it first: it starts espeak-ng, loads the voice and speaks
// a few words. Only if the child ends well does the reader go on; if it
// crashes, fails or takes too long, the user is told which data is broken
// and which package to reinstall.
class EspeakProbe final
{
    Q_DECLARE_TR_FUNCTIONS(EspeakProbe)

public:
    // Long enough for a slow disk; espeak-ng starts in some tens of ms.
    static constexpr int kTimeoutMs = 10000;

    // dataPath: the folder espeak-ng is given (null: its own choice).
    // voice: empty to check only that espeak-ng starts and lists voices.
    // Empty when the child read it all, else why not, for the user.
    [[nodiscard]] static QString check(const EspeakLibrary &library, const char *dataPath,
                                       const QByteArray &voice, const QString &dataDir);
};

}  // namespace hope::speech
