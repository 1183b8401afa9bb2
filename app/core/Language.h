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
// The reader's own words written into the article's text (a byline, a
// citation), in the language of that text whatever the interface speaks:
// Chinese from the reader's Chinese translation, English as written.
[[nodiscard]] QString wordsIn(Language language, const char *context, const char *source);

}  // namespace hope::core
