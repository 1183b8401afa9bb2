#include "core/BundleLoader.h"

#include "core/BundleArticleReader.h"
#include "core/BundleClipReader.h"
#include "core/BundleFile.h"
#include "core/BundleSchema.h"
#include "core/JsonStrictScan.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace hope::core {

BundleLoadResult BundleLoader::loadFile(const QString &filePath)
{
    const QString &name = filePath;
    const QFileInfo info(filePath);
    if (!info.exists() && !info.isSymLink())
        return {std::nullopt, {QStringLiteral("%1: the file does not exist").arg(name)}};
    if (info.isDir())
        return {std::nullopt, {QStringLiteral("%1: is a folder, not a bundle file").arg(name)}};
    if (info.isFile() && info.size() > kMaxFileSize)
        return {std::nullopt,
                {QStringLiteral("%1: the file is %2 bytes, more than a bundle may be (%3)")
                     .arg(name)
                     .arg(info.size())
                     .arg(kMaxFileSize)}};
    const BundleFile::Read read = BundleFile::read(filePath, QString(), kMaxFileSize);
    if (!read.ok())
        return {std::nullopt, {QStringLiteral("%1: %2").arg(name, read.error)}};
    // Files the bundle names are looked for beside the bundle file itself,
    // wherever a link to it was made from.
    const QString folder = filePath.startsWith(u':')
                               ? info.absolutePath()
                               : QFileInfo(BundleFile::resolved(filePath)).absolutePath();
    return loadData(read.data, name, folder);
}

BundleLoadResult BundleLoader::loadData(const QByteArray &data, const QString &sourceName,
                                        const QString &baseDir)
{
    if (data.size() > kMaxFileSize)
        return {std::nullopt, {QStringLiteral("%1: the bundle is too large").arg(sourceName)}};

    if (const auto problem = JsonStrictScan::scan(data))
        return {std::nullopt,
                {QStringLiteral("%1: line %2, column %3: %4")
                     .arg(sourceName)
                     .arg(problem->line)
                     .arg(problem->column)
                     .arg(problem->what)}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, which is what a person editing the file needs.
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return {std::nullopt,
                {QStringLiteral("%1: line %2, column %3: invalid JSON: %4")
                     .arg(sourceName)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString())}};
    }
    if (!doc.isObject())
        return {std::nullopt,
                {QStringLiteral("%1: (top level): expected a JSON object").arg(sourceName)}};

    const QJsonObject root = doc.object();
    BundleSchema schema(sourceName);
    if (root.value(QStringLiteral("format")).toString() != u"hope-reader-bundle") {
        schema.error(
            QStringLiteral("format"),
            QStringLiteral("expected \"hope-reader-bundle\": this is not a Hope Reader bundle"));
        return {std::nullopt, schema.errors(), schema.omitted()};
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    const double number = version.toDouble();
    if (!version.isDouble() || std::floor(number) != number) {
        schema.error(QStringLiteral("formatVersion"),
                     QStringLiteral("missing or not a whole number"));
        return {std::nullopt, schema.errors(), schema.omitted()};
    }
    if (number < 1 || number > kFormatVersion) {
        schema.error(
            QStringLiteral("formatVersion"),
            QStringLiteral("unknown format version %1 (this reader reads versions 1 to %2)")
                .arg(number, 0, 'f', 0)
                .arg(kFormatVersion));
        return {std::nullopt, schema.errors(), schema.omitted()};
    }

    Article article;
    BundleArticleReader reader(schema);
    article.meta = reader.meta(root);
    article.sections = reader.sections(root);
    // Version 2 added the milestones and the eras behind them.
    if (number >= 2) {
        article.milestones = reader.milestones(root, article);
        article.eras = reader.eras(root);
    }
    // Version 3 added the clip, with its chapters and captions.
    if (number >= 3)
        article.clip = BundleClipReader(schema, article, baseDir).read(root);
    if (!schema.errors().isEmpty())
        return {std::nullopt, schema.errors(), schema.omitted()};
    return {std::move(article), {}};
}

QString BundleLoader::embeddedBundlePath()
{
    return QStringLiteral(":/article/hope-lights-us-up.json");
}

}  // namespace hope::core
