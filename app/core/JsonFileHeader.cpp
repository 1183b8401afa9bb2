#include "core/JsonFileHeader.h"

#include "core/JsonStrictScan.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>

namespace hope::core {

std::optional<QJsonObject> JsonFileHeader::open(const QByteArray &data, const Expected &expected,
                                                QString *problem)
{
    if (data.size() > expected.maxBytes) {
        *problem = tr("larger than %1 MiB").arg(expected.maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (const auto found = JsonStrictScan::scan(data)) {
        *problem =
            tr("line %1, column %2: %3").arg(found->line).arg(found->column).arg(found->what);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem =
            tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QStringLiteral("format")).toString() != expected.format) {
        *problem = expected.notThisFormat;
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != expected.version) {
        *problem =
            tr("version %1 is not one this reader knows").arg(version.toVariant().toString());
        return std::nullopt;
    }
    return root;
}

}  // namespace hope::core
