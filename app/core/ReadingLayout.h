#pragma once

#include "core/Language.h"

#include <QList>
#include <QString>

#include <optional>

namespace hope::core {

// How the article is laid out: one language, or both. The interface
// language (menus, panels) is a separate choice.
enum class ReadingLayout {
    Chinese,
    English,
    // Two columns, each Chinese paragraph beside its English one.
    Parallel,
    // Each Chinese paragraph followed by its English one.
    Interleaved,
};

inline constexpr ReadingLayout kReadingLayouts[] = {ReadingLayout::Chinese, ReadingLayout::English,
                                                    ReadingLayout::Parallel,
                                                    ReadingLayout::Interleaved};

// "zh", "en", "parallel", "interleaved": the names used on the command
// line and in the settings file.
[[nodiscard]] QString readingLayoutName(ReadingLayout layout);
[[nodiscard]] std::optional<ReadingLayout> readingLayoutFromName(const QString &name);
[[nodiscard]] bool isBilingual(ReadingLayout layout);
// The one-language layout of a language.
[[nodiscard]] ReadingLayout singleLayout(Language language);
// The languages shown, in the order they are set: Chinese first.
[[nodiscard]] QList<Language> languagesOf(ReadingLayout layout);

}  // namespace hope::core
