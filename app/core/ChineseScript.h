#pragma once

#include <QString>

#include <optional>

namespace hope::core {

// How the article's Chinese is written: as published (Simplified), or in
// Traditional characters with Taiwan's or Hong Kong's words and forms.
enum class ChineseScript { Simplified, TraditionalTaiwan, TraditionalHongKong };

// "hans", "hant-tw", "hant-hk": the codes of the command line and settings.
[[nodiscard]] QString scriptCode(ChineseScript script);
[[nodiscard]] std::optional<ChineseScript> scriptFromCode(const QString &code);
// The language tag of text in that script, as a PDF's /Lang or a screen
// reader wants it: zh-CN, zh-TW, zh-HK.
[[nodiscard]] QString chineseLanguageTag(ChineseScript script);

}  // namespace hope::core
