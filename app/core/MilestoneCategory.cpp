#include "core/MilestoneCategory.h"

#include "core/ReaderPalette.h"

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
    static const ReaderPalette colours = ReaderPalette::light();
    return colours.category(category);
}

}  // namespace hope::core
