#include "BundleLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace {

// Walks the JSON tree, remembering every problem with the path where it
// was found, so that one pass reports all of them rather than the first.
class Validator
{
public:
    explicit Validator(QString sourceName) : m_source(std::move(sourceName)) {}

    void error(const QString &where, const QString &problem)
    {
        m_errors << QStringLiteral("%1: %2: %3").arg(m_source, where, problem);
    }

    [[nodiscard]] const QStringList &errors() const { return m_errors; }

    bool requireObject(const QJsonObject &parent, const QString &key, const QString &path,
                       QJsonObject *out)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            error(path, QStringLiteral("missing object"));
            return false;
        }
        if (!v.isObject()) {
            error(path, QStringLiteral("expected an object, found %1").arg(typeName(v)));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    bool requireArray(const QJsonObject &parent, const QString &key, const QString &path,
                      QJsonArray *out)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            error(path, QStringLiteral("missing array"));
            return false;
        }
        if (!v.isArray()) {
            error(path, QStringLiteral("expected an array, found %1").arg(typeName(v)));
            return false;
        }
        *out = v.toArray();
        return true;
    }

    QString requireString(const QJsonObject &parent, const QString &key, const QString &path,
                          bool allowEmpty)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined()) {
            error(path, QStringLiteral("missing string"));
            return {};
        }
        if (!v.isString()) {
            error(path, QStringLiteral("expected a string, found %1").arg(typeName(v)));
            return {};
        }
        const QString s = v.toString();
        if (!allowEmpty && s.trimmed().isEmpty())
            error(path, QStringLiteral("must not be empty"));
        return s;
    }

    LocalizedText requireText(const QJsonObject &parent, const QString &key, const QString &path,
                              bool allowEmpty = false)
    {
        QJsonObject o;
        if (!requireObject(parent, key, path, &o))
            return {};
        return {requireString(o, QStringLiteral("zh"), path + QStringLiteral(".zh"), allowEmpty),
                requireString(o, QStringLiteral("en"), path + QStringLiteral(".en"), allowEmpty)};
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }

private:
    QString m_source;
    QStringList m_errors;
};

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(id).hasMatch();
}

ArticleMeta readMeta(Validator &v, const QJsonObject &root)
{
    ArticleMeta meta;
    QJsonObject m;
    if (!v.requireObject(root, QStringLiteral("meta"), QStringLiteral("meta"), &m))
        return meta;
    meta.title = v.requireText(m, QStringLiteral("title"), QStringLiteral("meta.title"));
    meta.outlet = v.requireText(m, QStringLiteral("outlet"), QStringLiteral("meta.outlet"));
    const QString date =
        v.requireString(m, QStringLiteral("date"), QStringLiteral("meta.date"), false);
    if (!date.isEmpty()) {
        meta.date = QDate::fromString(date, Qt::ISODate);
        if (!meta.date.isValid() || date.size() != 10)
            v.error(QStringLiteral("meta.date"),
                    QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD").arg(date));
    }
    meta.originalPublisher = v.requireText(m, QStringLiteral("originalPublisher"),
                                           QStringLiteral("meta.originalPublisher"));
    meta.author = v.requireText(m, QStringLiteral("author"), QStringLiteral("meta.author"));
    meta.editor = v.requireText(m, QStringLiteral("editor"), QStringLiteral("meta.editor"));
    meta.editorsNote =
        v.requireText(m, QStringLiteral("editorsNote"), QStringLiteral("meta.editorsNote"));
    return meta;
}

ArticleBlock readBlock(Validator &v, const QJsonValue &value, const QString &path,
                       QSet<QString> &blockIds)
{
    ArticleBlock block;
    if (!value.isObject()) {
        v.error(path, QStringLiteral("expected an object, found %1").arg(Validator::typeName(value)));
        return block;
    }
    const QJsonObject o = value.toObject();
    block.id = v.requireString(o, QStringLiteral("id"), path + QStringLiteral(".id"), false);
    if (!block.id.isEmpty()) {
        if (!isValidId(block.id))
            v.error(path + QStringLiteral(".id"),
                    QStringLiteral("\"%1\" is not a valid id (lower-case letters, digits, '-')")
                        .arg(block.id));
        else if (blockIds.contains(block.id))
            v.error(path + QStringLiteral(".id"), QStringLiteral("duplicate block id \"%1\"").arg(block.id));
        blockIds.insert(block.id);
    }
    const QString type = v.requireString(o, QStringLiteral("type"), path + QStringLiteral(".type"), false);
    if (type == u"paragraph") {
        block.kind = BlockKind::Paragraph;
        block.text = v.requireText(o, QStringLiteral("text"), path + QStringLiteral(".text"));
    } else if (type == u"figure") {
        block.kind = BlockKind::Figure;
        block.text = v.requireText(o, QStringLiteral("alt"), path + QStringLiteral(".alt"), true);
    } else if (!type.isEmpty()) {
        v.error(path + QStringLiteral(".type"),
                QStringLiteral("unknown block type \"%1\" (expected paragraph or figure)").arg(type));
    }
    return block;
}

QList<ArticleSection> readSections(Validator &v, const QJsonObject &root)
{
    QList<ArticleSection> sections;
    QJsonArray array;
    if (!v.requireArray(root, QStringLiteral("sections"), QStringLiteral("sections"), &array))
        return sections;
    if (array.isEmpty())
        v.error(QStringLiteral("sections"), QStringLiteral("the article has no sections"));

    QSet<QString> sectionIds;
    QSet<QString> blockIds;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            v.error(path, QStringLiteral("expected an object, found %1")
                              .arg(Validator::typeName(value)));
            continue;
        }
        const QJsonObject o = value.toObject();
        ArticleSection section;
        section.id = v.requireString(o, QStringLiteral("id"), path + QStringLiteral(".id"), false);
        if (!section.id.isEmpty()) {
            if (!isValidId(section.id))
                v.error(path + QStringLiteral(".id"), QStringLiteral("\"%1\" is not a valid id").arg(section.id));
            else if (sectionIds.contains(section.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("duplicate section id \"%1\"").arg(section.id));
            sectionIds.insert(section.id);
        }
        section.number = v.requireString(o, QStringLiteral("number"), path + QStringLiteral(".number"), true);
        section.label = v.requireText(o, QStringLiteral("label"), path + QStringLiteral(".label"));
        // Only numbered parts carry a printed heading.
        section.heading = v.requireText(o, QStringLiteral("heading"), path + QStringLiteral(".heading"),
                                        section.number.isEmpty());
        QJsonArray blocks;
        if (v.requireArray(o, QStringLiteral("blocks"), path + QStringLiteral(".blocks"), &blocks)) {
            bool hasParagraph = false;
            for (qsizetype j = 0; j < blocks.size(); ++j) {
                ArticleBlock block = readBlock(v, blocks.at(j),
                                               path + QStringLiteral(".blocks[%1]").arg(j), blockIds);
                hasParagraph = hasParagraph || block.kind == BlockKind::Paragraph;
                section.blocks << block;
            }
            if (!hasParagraph)
                v.error(path + QStringLiteral(".blocks"),
                        QStringLiteral("section \"%1\" is empty: it has no paragraph")
                            .arg(section.id));
        }
        sections << section;
    }
    // Section and block ids share the anchor space of the article view.
    for (const QString &id : std::as_const(sectionIds)) {
        if (blockIds.contains(id))
            v.error(QStringLiteral("sections"),
                    QStringLiteral("id \"%1\" names both a section and a block").arg(id));
    }
    return sections;
}

} // namespace

BundleLoadResult BundleLoader::loadFile(const QString &filePath)
{
    const QString &name = filePath;
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (!info.exists())
        return {std::nullopt, {QStringLiteral("%1: the file does not exist").arg(name)}};
    if (info.isDir())
        return {std::nullopt, {QStringLiteral("%1: is a folder, not a bundle file").arg(name)}};
    if (info.size() > kMaxFileSize)
        return {std::nullopt,
                {QStringLiteral("%1: the file is %2 bytes, more than a bundle may be (%3)")
                     .arg(name)
                     .arg(info.size())
                     .arg(kMaxFileSize)}};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {QStringLiteral("%1: cannot be read: %2").arg(name, file.errorString())}};
    return loadData(file.read(kMaxFileSize + 1), name);
}

BundleLoadResult BundleLoader::loadData(const QByteArray &data, const QString &sourceName)
{
    if (data.size() > kMaxFileSize)
        return {std::nullopt, {QStringLiteral("%1: the bundle is too large").arg(sourceName)}};

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, which is what a person editing the file needs.
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return {std::nullopt, {QStringLiteral("%1: line %2, column %3: invalid JSON: %4")
                                   .arg(sourceName)
                                   .arg(line)
                                   .arg(column)
                                   .arg(parseError.errorString())}};
    }
    if (!doc.isObject())
        return {std::nullopt,
                {QStringLiteral("%1: (top level): expected a JSON object").arg(sourceName)}};

    const QJsonObject root = doc.object();
    Validator v(sourceName);
    if (root.value(QStringLiteral("format")).toString() != u"hope-reader-bundle") {
        v.error(QStringLiteral("format"),
                QStringLiteral("expected \"hope-reader-bundle\": this is not a Hope Reader bundle"));
        return {std::nullopt, v.errors()};
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
        v.error(QStringLiteral("formatVersion"), QStringLiteral("missing or not a whole number"));
        return {std::nullopt, v.errors()};
    }
    if (version.toInt() != kFormatVersion) {
        v.error(QStringLiteral("formatVersion"),
                QStringLiteral("unknown format version %1 (this reader reads version %2)")
                    .arg(version.toInt())
                    .arg(kFormatVersion));
        return {std::nullopt, v.errors()};
    }

    Article article;
    article.meta = readMeta(v, root);
    article.sections = readSections(v, root);
    if (!v.errors().isEmpty())
        return {std::nullopt, v.errors()};
    return {std::move(article), {}};
}

QString BundleLoader::embeddedBundlePath()
{
    return QStringLiteral(":/article/hope-lights-us-up.json");
}
