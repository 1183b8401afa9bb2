#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace hope::core {

// The reader shows the article and its interface in one language at a time.
enum class Language { Chinese, English };

// "zh" or "en": the codes used on the command line, in settings and in bundles.
[[nodiscard]] QString languageCode(Language language);
[[nodiscard]] std::optional<Language> languageFromCode(const QString &code);
// Any zh* locale reads Chinese; everything else reads English.
[[nodiscard]] Language languageForLocale(const QLocale &locale);

}  // namespace hope::core
