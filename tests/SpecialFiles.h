#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <sys/sysmacros.h>

// A special file for a test to point an output at, made in the test's own
// folder: "fifo", "folder" or "device" (a node like /dev/null's, never the
// real one, whatever the code under test does with it). Its type
// (S_IFIFO, S_IFDIR, S_IFCHR), or 0 if it could not be made; a device needs
// mknod, which only root may call.
inline mode_t makeSpecialFile(const QString &kind, const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == u"fifo")
        return ::mkfifo(name.constData(), 0600) == 0 ? S_IFIFO : 0;
    if (kind == u"folder")
        return QDir().mkdir(path) ? S_IFDIR : 0;
    if (kind == u"device")
        return ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0 ? S_IFCHR : 0;
    return 0;
}
