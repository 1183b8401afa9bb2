#pragma once

#include "core/Article.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace hope::core {

// Names, codes and colours of the milestone categories, in one place.
class MilestoneCategories final
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneCategories)

public:
    [[nodiscard]] static QList<MilestoneCategory> all();
    // The code used in bundles: "partnership", "games", "cloud", ...
    [[nodiscard]] static QString code(MilestoneCategory category);
    [[nodiscard]] static std::optional<MilestoneCategory> fromCode(const QString &code);
    // Translated for the interface.
    [[nodiscard]] static QString name(MilestoneCategory category);
    // See ReaderPalette.
    [[nodiscard]] static QColor colour(MilestoneCategory category);
};

}  // namespace hope::core
