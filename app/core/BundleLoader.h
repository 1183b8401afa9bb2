#pragma once

#include "core/Article.h"

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
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
    // Limits that keep loading and typesetting near linear whatever the
    // bundle's shape (the README lists them).
    static constexpr int kMaxSections = 1000;
    static constexpr int kMaxBlocks = 20000;
    static constexpr int kMaxListEntries = 2000;   // milestones, eras, chapters
    static constexpr int kMaxTextLength = 100000;  // characters in one string
    // Text with no place to break a line lays out in quadratic time; no
    // real word or address is this long.
    static constexpr int kMaxUnbreakableRun = 500;

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
