#include "core/Language.h"

namespace hope::core {

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"zh")
        return Language::Chinese;
    if (c == u"en")
        return Language::English;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

}  // namespace hope::core
