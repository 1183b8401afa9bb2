#pragma once

#include "core/Article.h"
#include "core/BundleSchema.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace hope::core {

// What every id-bearing list of a bundle (sections, blocks, milestones,
// eras, chapters) must keep, written once so the lists cannot drift apart:
// a bounded array of objects, each with an id that is present, well formed
// and unique within the list, and links that name what exists.
class BundleIdList final
{
public:
    // Called for each entry that is an object, once its id has been checked;
    // id is "" when it was missing or unusable (already reported).
    using ReadEntry =
        std::function<void(const QJsonObject &entry, const QString &path, const QString &id)>;

    // kind names an entry in messages: "chapter" gives duplicate chapter id "x".
    BundleIdList(BundleSchema &schema, QString kind, qsizetype maxEntries);

    // Reads parent[key], reported at path. May be called again for another
    // array of the same scope (every section's blocks share one). False when
    // the array is missing, of another type or too long.
    bool read(const QJsonObject &parent, const QString &key, const QString &path,
              const ReadEntry &readEntry);

    [[nodiscard]] const QSet<QString> &ids() const { return m_ids; }
    // The entries that were objects, over every call to read().
    [[nodiscard]] qsizetype entryCount() const { return m_entryCount; }

    // Lower-case letters, digits and '-', not starting with '-': safe in a
    // URL fragment and an anchor name.
    [[nodiscard]] static bool isValidId(const QString &id);

    // Reports each of links, read from path, that is not a block of that
    // kind in the article; gives the blocks that are, in order.
    static QList<const ArticleBlock *> resolveBlocks(BundleSchema &schema, const Article &article,
                                                     const QStringList &links, BlockKind kind,
                                                     const QString &path);

private:
    QString readId(const QJsonObject &entry, const QString &path);

    BundleSchema &m_schema;
    QString m_kind;
    qsizetype m_maxEntries = 0;
    QSet<QString> m_ids;
    qsizetype m_entryCount = 0;
};

}  // namespace hope::core
