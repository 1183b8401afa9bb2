#include "core/Language.h"

#include <QCoreApplication>
#include <QTranslator>

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

QString wordsIn(Language language, const char *context, const char *source)
{
    if (language == Language::English)
        return QString::fromUtf8(source);
    static QTranslator chinese;
    static const bool loaded = chinese.load(QStringLiteral(":/i18n/hope-reader_zh_CN.qm"));
    const QString translated = loaded ? chinese.translate(context, source) : QString();
    return translated.isEmpty() ? QCoreApplication::translate(context, source) : translated;
}

}  // namespace hope::core
