#pragma once

#include <QString>

#include <optional>

namespace hope::core {

// Where the reader is: the block at the top of the view and how far into
// it, as a fraction of its height. Independent of language and window
// size, so it survives both, and a restart.
struct ReadingPosition
{
    QString blockId;
    qreal fraction = 0.0;

    // The place above the title, where the first section starts. No
    // bundle id can be "_title", so it never clashes with one.
    [[nodiscard]] static QString startId() { return QStringLiteral("_title"); }
    [[nodiscard]] static ReadingPosition start() { return {startId(), 0.0}; }

    // "s2-p3@0.25"
    [[nodiscard]] QString toString() const;
    // Anything malformed gives nullopt, never a position out of range.
    [[nodiscard]] static std::optional<ReadingPosition> fromString(const QString &text);

    friend bool operator==(const ReadingPosition &a, const ReadingPosition &b)
    {
        return a.blockId == b.blockId && qFuzzyCompare(1.0 + a.fraction, 1.0 + b.fraction);
    }
};

}  // namespace hope::core
