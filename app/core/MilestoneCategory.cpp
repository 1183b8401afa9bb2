#include "core/MilestoneCategory.h"

namespace hope::core {

QList<MilestoneCategory> MilestoneCategories::all()
{
    return {MilestoneCategory::Partnership, MilestoneCategory::Games,      MilestoneCategory::Cloud,
            MilestoneCategory::Commerce,    MilestoneCategory::Technology, MilestoneCategory::Film};
}

QString MilestoneCategories::code(MilestoneCategory category)
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return QStringLiteral("partnership");
        case MilestoneCategory::Games:
            return QStringLiteral("games");
        case MilestoneCategory::Cloud:
            return QStringLiteral("cloud");
        case MilestoneCategory::Commerce:
            return QStringLiteral("commerce");
        case MilestoneCategory::Technology:
            return QStringLiteral("technology");
        case MilestoneCategory::Film:
            return QStringLiteral("film");
    }
    return {};
}

std::optional<MilestoneCategory> MilestoneCategories::fromCode(const QString &code)
{
    for (const MilestoneCategory c : all()) {
        if (MilestoneCategories::code(c) == code)
            return c;
    }
    return std::nullopt;
}

QString MilestoneCategories::name(MilestoneCategory category)
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return tr("Partnership");
        case MilestoneCategory::Games:
            return tr("Games");
        case MilestoneCategory::Cloud:
            return tr("Cloud");
        case MilestoneCategory::Commerce:
            return tr("Commerce");
        case MilestoneCategory::Technology:
            return tr("Technology");
        case MilestoneCategory::Film:
            return tr("Film");
    }
    return {};
}

QColor MilestoneCategories::colour(MilestoneCategory category)
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return QColor(0xb2, 0x45, 0x2c);  // vermilion
        case MilestoneCategory::Games:
            return QColor(0x1f, 0x5f, 0xa8);  // Olympic blue
        case MilestoneCategory::Cloud:
            return QColor(0x2a, 0x9d, 0x8f);  // teal
        case MilestoneCategory::Commerce:
            return QColor(0xe0, 0x8a, 0x1e);  // amber
        case MilestoneCategory::Technology:
            return QColor(0x6a, 0x4c, 0x93);  // violet
        case MilestoneCategory::Film:
            return QColor(0x3a, 0x3a, 0x3a);  // ink
    }
    return Qt::gray;
}

}  // namespace hope::core
