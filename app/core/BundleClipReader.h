#pragma once

#include "core/Article.h"
#include "core/BundleSchema.h"

#include <QJsonObject>
#include <QString>

namespace hope::core {

// Reads a bundle's clip (version 3): the files it names, which must lie in
// the bundle's folder, the captions, parsed here, and the chapters, which
// link to the article's paragraphs and figures. Whether the clip itself can
// be played is left to the player.
class BundleClipReader final
{
public:
    // baseDir is the bundle's folder; article is read already, for links.
    BundleClipReader(BundleSchema &schema, const Article &article, QString baseDir);

    // An absent clip gives an invalid ClipInfo and no problem.
    [[nodiscard]] ClipInfo read(const QJsonObject &root);

private:
    QString relativePath(const QJsonObject &o, const QString &key, const QString &path);
    CaptionTrack captions(const QJsonObject &o, const QString &key, const QString &path);
    void checkMedia(const QString &file, const QString &path, qint64 maxBytes);
    void readChapters(const QJsonObject &clipObject, ClipInfo &clip);

    BundleSchema &m_schema;
    const Article &m_article;
    QString m_baseDir;
};

}  // namespace hope::core
