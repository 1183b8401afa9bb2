#include "core/FrameSnapshot.h"

#include "core/SafeOutputFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hope::core {

namespace {
QString safeStem(const QString &clipName)
{
    QString stem;
    for (const QChar c : clipName) {
        const bool plain = c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
        stem += plain ? c : QChar(u'_');
    }
    // A leading dot would hide the file.
    while (stem.startsWith(u'.')) stem.remove(0, 1);
    stem.truncate(64);
    return stem.isEmpty() ? QStringLiteral("clip") : stem;
}
}  // namespace

QString FrameSnapshot::freeName(const QString &folder, const QString &clipName, qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const QString base = QStringLiteral("%1-%2m%3.%4s")
                             .arg(safeStem(clipName))
                             .arg(ms / 60000)
                             .arg((ms / 1000) % 60, 2, 10, QChar(u'0'))
                             .arg(ms % 1000, 3, 10, QChar(u'0'));
    const QDir dir(folder);
    for (int n = 1; n <= kMaxTries; ++n) {
        const QString name =
            n == 1 ? base + QStringLiteral(".png") : QStringLiteral("%1-%2.png").arg(base).arg(n);
        // Whatever is there (a file, a dangling link, a pipe) keeps its name.
        if (!QFileInfo(dir.filePath(name)).exists() && !QFileInfo(dir.filePath(name)).isSymLink())
            return name;
    }
    return {};
}

FrameSnapshot::Result FrameSnapshot::save(const QImage &frame, const QString &folder,
                                          const QString &clipName, qint64 ms)
{
    if (frame.isNull())
        return {{}, tr("There is no frame to save yet: play the clip first.")};
    if (!QDir().mkpath(folder))
        return {{}, tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(folder))};
    const QString name = freeName(folder, clipName, ms);
    if (name.isEmpty())
        return {{},
                tr("%1 already holds too many frames of this moment.")
                    .arg(QDir::toNativeSeparators(folder))};
    const QString path = QDir(folder).filePath(name);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!frame.save(&buffer, "PNG"))
        return {{}, tr("Could not encode the frame as PNG.")};
    SafeOutputFile out(path, SafeOutputFile::Links::Refuse);
    if (!out.open())
        return {{}, out.errorString()};
    out.writeAll(png);
    if (!out.commit())
        return {{}, out.errorString()};
    return {path, {}};
}

QString FrameSnapshot::defaultFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

}  // namespace hope::core
