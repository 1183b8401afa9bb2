#include "core/BundleIdList.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hope::core {

BundleIdList::BundleIdList(BundleSchema &schema, QString kind, qsizetype maxEntries)
    : m_schema(schema), m_kind(std::move(kind)), m_maxEntries(maxEntries)
{}

bool BundleIdList::read(const QJsonObject &parent, const QString &key, const QString &path,
                        const ReadEntry &readEntry)
{
    QJsonArray array;
    if (!m_schema.array(parent, key, path, m_maxEntries, &array))
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = path + QStringLiteral("[%1]").arg(i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            m_schema.error(
                entryPath,
                QStringLiteral("expected an object, found %1").arg(BundleSchema::typeName(value)));
            continue;
        }
        ++m_entryCount;
        const QJsonObject entry = value.toObject();
        const QString id = readId(entry, entryPath);
        readEntry(entry, entryPath, id);
    }
    return true;
}

QString BundleIdList::readId(const QJsonObject &entry, const QString &path)
{
    const QString where = path + QStringLiteral(".id");
    const QString id = m_schema.string(entry, QStringLiteral("id"), where);
    // A missing or blank id is reported once, by the schema; it is neither
    // malformed nor a duplicate of the next missing one.
    if (id.trimmed().isEmpty())
        return {};
    if (!isValidId(id)) {
        m_schema.error(
            where,
            QStringLiteral("\"%1\" is not a valid id (lower-case letters, digits, '-')").arg(id));
    } else if (m_ids.contains(id)) {
        m_schema.error(where, QStringLiteral("duplicate %1 id \"%2\"").arg(m_kind, id));
    }
    m_ids.insert(id);
    return id;
}

bool BundleIdList::isValidId(const QString &id)
{
    // Anchored whole: "$" alone would let a trailing "\n" through.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]*")));
    return pattern.match(id).hasMatch();
}

QList<const ArticleBlock *> BundleIdList::resolveBlocks(BundleSchema &schema,
                                                        const Article &article,
                                                        const QStringList &links, BlockKind kind,
                                                        const QString &path)
{
    QList<const ArticleBlock *> blocks;
    for (const QString &link : links) {
        const ArticleBlock *b = article.block(link);
        if (b && b->kind == kind) {
            blocks << b;
            continue;
        }
        schema.error(path, QStringLiteral("links to \"%1\", which is not a %2 of the article")
                               .arg(link, kind == BlockKind::Paragraph ? QStringLiteral("paragraph")
                                                                       : QStringLiteral("figure")));
    }
    return blocks;
}

}  // namespace hope::core
