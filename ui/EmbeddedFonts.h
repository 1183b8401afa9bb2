#pragma once

#include <QFont>
#include <QStringList>

namespace hope::ui {

// The subsets of Noto Serif/Sans CJK SC that ship inside the reader, so
// Chinese never falls back to boxes on a machine without CJK fonts.
class EmbeddedFonts final
{
public:
    // Registers the fonts once; later calls are free. False if any failed.
    static bool ensureRegistered();
    [[nodiscard]] static QStringList resourcePaths();
    [[nodiscard]] static QFont serif(int pixelSize);
    [[nodiscard]] static QFont sans(int pixelSize);
};

}  // namespace hope::ui
