#include "core/ChineseScript.h"

namespace hope::core {

QString scriptCode(ChineseScript script)
{
    switch (script) {
        case ChineseScript::TraditionalTaiwan:
            return QStringLiteral("hant-tw");
        case ChineseScript::TraditionalHongKong:
            return QStringLiteral("hant-hk");
        case ChineseScript::Simplified:
            break;
    }
    return QStringLiteral("hans");
}

QString chineseLanguageTag(ChineseScript script)
{
    switch (script) {
        case ChineseScript::TraditionalTaiwan:
            return QStringLiteral("zh-TW");
        case ChineseScript::TraditionalHongKong:
            return QStringLiteral("zh-HK");
        case ChineseScript::Simplified:
            break;
    }
    return QStringLiteral("zh-CN");
}

std::optional<ChineseScript> scriptFromCode(const QString &code)
{
    for (const ChineseScript script : {ChineseScript::Simplified, ChineseScript::TraditionalTaiwan,
                                       ChineseScript::TraditionalHongKong}) {
        if (code.compare(scriptCode(script), Qt::CaseInsensitive) == 0)
            return script;
    }
    return std::nullopt;
}

}  // namespace hope::core
