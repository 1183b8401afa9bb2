#include "speech/EspeakProbe.h"

#include <QFileInfo>
#include <QProcess>

namespace hope::speech {

namespace {

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

}  // namespace

EspeakProbe::Verdict EspeakProbe::check(const QString &voice, const QString &dataDir)
{
    return check(voice, dataDir, QString::fromLatin1(kCommand), kTimeoutMs);
}

EspeakProbe::Verdict EspeakProbe::check(const QString &voice, const QString &dataDir,
                                        const QString &command, int timeoutMs)
{
    if (!QFileInfo(command).isExecutable())
        return {};
    const QString reinstall =
        tr("Reinstall the package espeak-ng-data (sudo apt-get install --reinstall "
           "espeak-ng-data).");
    // Letters, digits and pauses: the phoneme tables, the dictionary's
    // words, rules and numbers (a damaged dictionary may crash only on
    // some words).
    const QString sample = QStringLiteral(
        "Hope lights us up. The quick brown fox jumps over the lazy dog; pack my box with five "
        "dozen liquor jugs! 1,234.56 on 23 June 2021. Xi1 wang4 shi4 guang1.");
    QProcess espeak;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ESPEAK_DATA_PATH"), dataDir);
    espeak.setProcessEnvironment(env);
    espeak.setStandardOutputFile(QProcess::nullDevice());
    espeak.start(command, {QStringLiteral("-v"), voice, QStringLiteral("-w"),
                           QProcess::nullDevice(), sample});
    if (!espeak.waitForStarted(timeoutMs))
        return {};  // Not to be run here: read as before, unchecked.
    if (!espeak.waitForFinished(timeoutMs)) {
        espeak.kill();
        espeak.waitForFinished(1000);
        return {tr("espeak-ng did not finish reading its voice data in %1 within %2 s: the "
                   "machine may be too busy (try again), or the data is damaged. %3")
                    .arg(dataDir)
                    .arg(qMax(1, timeoutMs / 1000))
                    .arg(reinstall),
                true};
    }
    const QByteArray said = espeak.readAllStandardError();
    const QString what = tr("the voice \"%1\"").arg(voice);
    if (espeak.exitStatus() == QProcess::CrashExit)
        return {tr("espeak-ng crashed reading %1 in %2: the data is damaged. %3")
                    .arg(what, dataDir, reinstall)};
    if (complainsOfDamage(said))
        return {tr("espeak-ng finds %1 in %2 damaged (\"%3\"). %4")
                    .arg(what, dataDir,
                         QString::fromLocal8Bit(said.trimmed().split('\n').value(0)).left(200),
                         reinstall)};
    if (espeak.exitCode() != 0)
        return {tr("espeak-ng cannot read %1 in %2: the data is damaged or of another "
                   "version. %3")
                    .arg(what, dataDir, reinstall)};
    return {};
}

}  // namespace hope::speech
