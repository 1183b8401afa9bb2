#include "core/ReadingLayout.h"

namespace hope::core {

QString readingLayoutName(ReadingLayout layout)
{
    switch (layout) {
        case ReadingLayout::Chinese:
            return QStringLiteral("zh");
        case ReadingLayout::English:
            return QStringLiteral("en");
        case ReadingLayout::Parallel:
            return QStringLiteral("parallel");
        case ReadingLayout::Interleaved:
            break;
    }
    return QStringLiteral("interleaved");
}

std::optional<ReadingLayout> readingLayoutFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const ReadingLayout layout : kReadingLayouts)
        if (n == readingLayoutName(layout))
            return layout;
    return std::nullopt;
}

bool isBilingual(ReadingLayout layout)
{
    return layout == ReadingLayout::Parallel || layout == ReadingLayout::Interleaved;
}

ReadingLayout singleLayout(Language language)
{
    return language == Language::English ? ReadingLayout::English : ReadingLayout::Chinese;
}

QList<Language> languagesOf(ReadingLayout layout)
{
    switch (layout) {
        case ReadingLayout::Chinese:
            return {Language::Chinese};
        case ReadingLayout::English:
            return {Language::English};
        case ReadingLayout::Parallel:
        case ReadingLayout::Interleaved:
            break;
    }
    return {Language::Chinese, Language::English};
}

}  // namespace hope::core
