#include "core/SafeOutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hope::core {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString kindProblem(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return SafeOutputFile::tr("it is a folder");
    if (S_ISFIFO(mode))
        return SafeOutputFile::tr("it is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return SafeOutputFile::tr("it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return SafeOutputFile::tr("it is a socket, not a regular file");
    return SafeOutputFile::tr("it is not a regular file");
}

// The process's umask without changing it even for a moment (another
// thread may be creating a file): Linux says it in /proc.
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask & 0777);
            }
        }
    }
    return 022;
}

}  // namespace

SafeOutputFile::SafeOutputFile(QString path, Links links) : m_path(std::move(path)), m_links(links)
{}

SafeOutputFile::~SafeOutputFile() = default;

QString SafeOutputFile::targetProblem(const QString &path, Links links)
{
    if (path.isEmpty())
        return tr("no file name was given");
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(name.constData(), &st) != 0) {
        if (errno != ENOENT)
            return systemError(errno);
        // A new name: its folder must be there and writable.
        const QString folder = QFileInfo(path).absolutePath();
        struct stat dir = {};
        if (::stat(QFile::encodeName(folder).constData(), &dir) != 0)
            return tr("there is no folder %1").arg(QDir::toNativeSeparators(folder));
        if (!S_ISDIR(dir.st_mode))
            return tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder));
        if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
            return tr("the folder %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(folder), systemError(errno));
        return {};
    }
    if (S_ISLNK(st.st_mode)) {
        if (links == Links::Refuse)
            return tr("it is a symbolic link, which is not followed");
        if (::stat(name.constData(), &st) != 0)
            return tr("it is a symbolic link to nothing (%1)").arg(systemError(errno));
    }
    if (const QString kind = kindProblem(st.st_mode); !kind.isEmpty())
        return kind;
    const QString folder = QFileInfo(QFileInfo(path).canonicalFilePath()).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return tr("the folder %1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(folder), systemError(errno));
    return {};
}

bool SafeOutputFile::fail(const QString &problem)
{
    m_error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), problem);
    cancel();
    return false;
}

bool SafeOutputFile::open()
{
    m_error.clear();
    cancel();
    if (const QString problem = targetProblem(m_path, m_links); !problem.isEmpty())
        return fail(problem);
    const QFileInfo info(m_path);
    m_target = info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    mode_t mode = 0666 & ~currentUmask();
    struct stat st = {};
    if (::stat(QFile::encodeName(m_target).constData(), &st) == 0)
        mode = st.st_mode & 07777;

    m_file = std::make_unique<QTemporaryFile>(m_target + QStringLiteral(".XXXXXX"));
    if (!m_file->open())
        return fail(m_file->errorString());
    // QTemporaryFile makes it 0600; the result is to look like any file
    // the user saves (or like the file it replaces).
    if (::fchmod(m_file->handle(), mode) != 0)
        return fail(systemError(errno));
    return true;
}

QIODevice *SafeOutputFile::device() const
{
    return m_file.get();
}

void SafeOutputFile::writeAll(const QByteArray &data)
{
    for (qsizetype done = 0; m_file && done < data.size();) {
        const qint64 n = m_file->write(data.constData() + done, data.size() - done);
        if (n <= 0)
            break;
        done += n;
    }
}

QString SafeOutputFile::temporaryPath() const
{
    return m_file ? m_file->fileName() : QString();
}

bool SafeOutputFile::commit()
{
    if (!m_file)
        return m_error.isEmpty() ? fail(tr("it was not opened")) : false;
    if (!m_file->flush() || m_file->error() != QFileDevice::NoError)
        return fail(m_file->errorString());
    if (::fsync(m_file->handle()) != 0)
        return fail(systemError(errno));
    m_file->close();
    if (m_file->error() != QFileDevice::NoError)
        return fail(m_file->errorString());
    // It may have become something else while the file was written.
    if (const QString problem = targetProblem(m_path, m_links); !problem.isEmpty())
        return fail(problem);
    const QByteArray from = QFile::encodeName(m_file->fileName());
    if (::rename(from.constData(), QFile::encodeName(m_target).constData()) != 0)
        return fail(systemError(errno));
    m_file->setAutoRemove(false);
    m_file.reset();
    // The rename itself on disk, so a crash now keeps the new file.
    const QByteArray folder = QFile::encodeName(QFileInfo(m_target).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

void SafeOutputFile::cancel()
{
    // An unfinished new file is removed by QTemporaryFile itself.
    m_file.reset();
}

}  // namespace hope::core
