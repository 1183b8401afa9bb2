#include "core/BundleFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace hope::core {

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(u':') || path.startsWith(QStringLiteral("qrc:"));
}

QString tooLarge(qint64 size, qint64 maxBytes)
{
    return BundleFile::tr("is %1 bytes, more than the %2 bytes allowed").arg(size).arg(maxBytes);
}

// Opens the file for reading after every check, or says why not. The
// descriptor is the caller's to close.
int openChecked(const QString &path, const QString &folder, qint64 maxBytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        *error = BundleFile::tr("does not exist");
        return -1;
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        *error = BundleFile::tr("is a link that leads nowhere");
        return -1;
    }
    if (!folder.isEmpty()) {
        const QString root = QFileInfo(folder).canonicalFilePath();
        if (root.isEmpty() || !canonical.startsWith(root + u'/')) {
            *error = BundleFile::tr("leads outside the bundle's folder");
            return -1;
        }
    }
    // Non-blocking, so that a pipe put in a file's place cannot hang the
    // reader in open(); no following a link swapped in since the check.
    const int fd = ::open(QFile::encodeName(canonical).constData(),
                          O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW);
    if (fd < 0) {
        *error =
            BundleFile::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        *error =
            BundleFile::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = BundleFile::tr("is a folder, not a file");
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = BundleFile::tr("is not a regular file (a device, a pipe or a socket)");
        ::close(fd);
        return -1;
    }
    if (st.st_size > maxBytes) {
        *error = tooLarge(st.st_size, maxBytes);
        ::close(fd);
        return -1;
    }
    return fd;
}

}  // namespace

BundleFile::Read BundleFile::read(const QString &path, const QString &folder, qint64 maxBytes)
{
    if (isResource(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, BundleFile::tr("cannot be read: %1").arg(file.errorString())};
        QByteArray data = file.read(maxBytes + 1);
        if (data.size() > maxBytes)
            return {{}, tooLarge(file.size(), maxBytes)};
        return {std::move(data), {}};
    }
    QString error;
    const int fd = openChecked(path, folder, maxBytes, &error);
    if (fd < 0)
        return {{}, error};
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {{}, BundleFile::tr("cannot be read: %1").arg(file.errorString())};
    }
    // The size was checked, but a file can grow while it is read. Asked
    // for what it holds (and a byte more), not for the limit: a buffer of
    // the limit's size would be allocated for every small file.
    const qint64 expected = std::clamp<qint64>(file.size(), 0, maxBytes);
    QByteArray data = file.read(expected + 1);
    if (data.size() > expected && data.size() <= maxBytes)
        data += file.read(maxBytes + 1 - data.size());
    if (data.size() > maxBytes)
        return {{},
                BundleFile::tr("grew past the %1 bytes allowed while it was read").arg(maxBytes)};
    if (file.error() != QFileDevice::NoError)
        return {{}, BundleFile::tr("cannot be read: %1").arg(file.errorString())};
    return {std::move(data), {}};
}

QString BundleFile::check(const QString &path, const QString &folder, qint64 maxBytes)
{
    if (isResource(path))
        return QFile::exists(path) ? QString() : BundleFile::tr("does not exist");
    QString error;
    const int fd = openChecked(path, folder, maxBytes, &error);
    if (fd >= 0)
        ::close(fd);
    return error;
}

QString BundleFile::resolved(const QString &path)
{
    if (isResource(path))
        return path;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

}  // namespace hope::core
