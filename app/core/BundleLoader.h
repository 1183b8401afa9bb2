#pragma once

#include "core/Article.h"
#include "core/BundleSchema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hope::core {

// The outcome of loading a bundle: either a whole, valid article and no
// errors, or no article and at least one error. Never half of each.
struct BundleLoadResult
{
    std::optional<Article> article;
    // Each entry reads "<file>: <where>: <problem>", where <where> is a field
    // path such as sections[2].blocks[0].text.en or a block id.
    QStringList errors;
    // Problems past the first hundred are counted, not listed.
    qsizetype omitted = 0;

    [[nodiscard]] bool ok() const { return article.has_value(); }
};

class BundleLoader final
{
public:
    // The newest format this reader reads; it reads every older one too.
    static constexpr int kFormatVersion = 3;
    // Typesetting costs in proportion to the text: at 4 MiB (some 40 times
    // this article) side by side, its PDF and pinyin each take under 10 s
    // on a two-core machine (tests/limits/run measures them).
    static constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;
    // The limits inside a bundle are the schema's; named here too, as the
    // loader is what callers see.
    static constexpr int kMaxSections = BundleSchema::kMaxSections;
    static constexpr int kMaxBlocks = BundleSchema::kMaxBlocks;
    static constexpr int kMaxListEntries = BundleSchema::kMaxListEntries;
    static constexpr int kMaxTextLength = BundleSchema::kMaxTextLength;
    static constexpr int kMaxUnbreakableRun = BundleSchema::kMaxUnbreakableRun;

    [[nodiscard]] static BundleLoadResult loadFile(const QString &filePath);
    // sourceName is the name errors are reported under; baseDir is the
    // folder the bundle's own files (clip, captions) are found in.
    [[nodiscard]] static BundleLoadResult loadData(const QByteArray &data,
                                                   const QString &sourceName,
                                                   const QString &baseDir);
    // The article that ships inside the reader.
    [[nodiscard]] static QString embeddedBundlePath();
};

}  // namespace hope::core
