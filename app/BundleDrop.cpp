#include "app/BundleDrop.h"

#include "core/BundleFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <limits>

namespace hope::app {

namespace {

// The one local file or folder a drag carries, or an empty string.
QString localPath(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    const QList<QUrl> urls = data->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    return urls.first().toLocalFile();
}

}  // namespace

bool BundleDrop::accepts(const QMimeData *data)
{
    return !localPath(data).isEmpty();
}

BundleDrop::Result BundleDrop::resolve(const QMimeData *data)
{
    if (data && data->hasUrls() && data->urls().size() > 1)
        return {{}, tr("Drop one bundle at a time.")};
    const QString path = localPath(data);
    if (path.isEmpty())
        return {{}, tr("Only a bundle file on this computer can be opened.")};
    if (QFileInfo(path).isDir())
        return inFolder(path);
    // Anything else goes to the loader, which says what is wrong with it.
    return {path, {}};
}

BundleDrop::Result BundleDrop::inFolder(const QString &folder)
{
    // Only the folder's own files, never its subfolders: a bundle names its
    // files relative to where it lies.
    QStringList bundles;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (bundles.size() > 1)
            break;
        if (looksLikeBundle(file.filePath()))
            bundles << file.filePath();
    }
    if (bundles.isEmpty())
        return {{}, tr("The folder %1 holds no article bundle.").arg(folder)};
    if (bundles.size() > 1)
        return {{},
                tr("The folder %1 holds more than one article bundle: drop the one to open.")
                    .arg(folder)};
    return {bundles.first(), {}};
}

bool BundleDrop::looksLikeBundle(const QString &path)
{
    // Checked as a bundle's files are (a regular file once links are
    // resolved): a FIFO named *.json must not hang the drop. Only its head
    // is read.
    if (!core::BundleFile::check(path, {}, std::numeric_limits<qint64>::max()).isEmpty())
        return false;
    QFile file(core::BundleFile::resolved(path));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(256);
    return start.contains("\"format\": \"hope-reader-bundle\"") ||
           start.contains("\"format\":\"hope-reader-bundle\"");
}

}  // namespace hope::app
