#pragma once

#include "core/Article.h"
#include "core/BundleSchema.h"

#include <QJsonObject>
#include <QList>

namespace hope::core {

// Reads the article itself from a bundle's JSON: its facts, its sections
// and blocks, and (from version 2) the milestones and eras of its timeline.
// Problems go to the schema; what is read is only whole if none were found.
class BundleArticleReader final
{
public:
    explicit BundleArticleReader(BundleSchema &schema);

    [[nodiscard]] ArticleMeta meta(const QJsonObject &root);
    [[nodiscard]] QList<ArticleSection> sections(const QJsonObject &root);
    // Sorted by date; their paragraphs are looked up in the article's sections.
    [[nodiscard]] QList<Milestone> milestones(const QJsonObject &root, const Article &article);
    // Optional: an absent list is an empty one.
    [[nodiscard]] QList<Era> eras(const QJsonObject &root);

private:
    ArticleBlock block(const QJsonObject &o, const QString &path, const QString &id);
    [[nodiscard]] DateBasis dateBasis(const QJsonObject &o, const QString &path);
    void checkMentions(const Milestone &m, const QList<const ArticleBlock *> &paragraphs,
                       const QString &path);

    BundleSchema &m_schema;
    // Characters searched for mentions so far, summed over milestones.
    qint64 m_mentionWork = 0;
    bool m_mentionWorkExceeded = false;
};

}  // namespace hope::core
