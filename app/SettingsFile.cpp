#include "app/SettingsFile.h"

#include "core/SafeOutputFile.h"
#include "core/SettingsIni.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hope::app {

using core::SafeOutputFile;

namespace {

// Reading a FIFO or a device blocks or never ends, and a huge file costs
// seconds and gigabytes. Empty when it is fine (a missing file is fine: it
// is made when the settings are saved).
QString fileProblem(const QFileInfo &info)
{
    if (!info.exists())
        return {};
    if (!info.isFile())
        return SettingsFile::tr("it is not a regular file");
    if (info.size() > SettingsFile::kMaxFileSize)
        return SettingsFile::tr("it is %1 bytes, far larger than settings ever are")
            .arg(info.size());
    return {};
}

// The file's bytes, opened so that nothing can block (a FIFO swapped in
// after the check) and read no further than settings ever are.
QByteArray readBounded(const QString &path, QString *problem)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *problem = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    struct stat st = {};
    QByteArray out;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *problem = SettingsFile::tr("it is not a regular file");
    } else {
        QFile file;
        if (file.open(fd, QIODevice::ReadOnly))
            out = file.read(SettingsFile::kMaxFileSize + 1);
        if (out.size() > SettingsFile::kMaxFileSize)
            *problem = SettingsFile::tr("it is far larger than settings ever are");
    }
    ::close(fd);
    return problem->isEmpty() ? out : QByteArray();
}

}  // namespace

SettingsFile::Contents SettingsFile::read(const QString &path)
{
    Contents contents;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString problem = fileProblem(info); !problem.isEmpty()) {
        // A non-regular file is never ours to replace; a huge one is junk
        // in our place, replaced by a small one when the settings are saved.
        contents.keepOff = info.exists() && !info.isFile();
        contents.problem =
            (contents.keepOff ? tr("Settings file %1 is not read and will not be written: %2.")
                              : tr("Settings file %1 is not read: %2. Defaults are used."))
                .arg(shown, problem);
        return contents;
    }
    if (!info.exists())
        return contents;
    QString problem;
    const QByteArray bytes = readBounded(path, &problem);
    if (!problem.isEmpty()) {
        contents.problem =
            tr("Settings file %1 is not read: %2. Defaults are used.").arg(shown, problem);
        return contents;
    }
    const core::SettingsIni::Result parsed = core::SettingsIni::read(bytes);
    contents.values = parsed.values;
    contents.refused = parsed.refused;
    return contents;
}

QString SettingsFile::write(const QString &path, const QVariantMap &values)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Settings are not saved: cannot make the folder %1.")
            .arg(QDir::toNativeSeparators(folder));
    // Never through a symbolic link: the link may have been planted to
    // make the reader write over another of the user's files.
    const QString problem = SafeOutputFile::targetProblem(path, SafeOutputFile::Links::Refuse);
    if (!problem.isEmpty())
        return tr("Settings are not saved to %1: %2.").arg(shown, problem);
    // A new file beside the old one, renamed over it when complete: a full
    // disk or a crash half-way leaves the old settings, not half of the new.
    SafeOutputFile out(path, SafeOutputFile::Links::Refuse);
    const QByteArray bytes = core::SettingsIni::write(values);
    if (!out.open() || out.device()->write(bytes) != bytes.size() || !out.commit())
        return tr("Settings are not saved. %1").arg(out.errorString());
    return {};
}

}  // namespace hope::app
