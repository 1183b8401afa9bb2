#pragma once

#include "core/ArticleDocumentBuilder.h"
#include "core/ChineseScript.h"
#include "core/Language.h"

#include <QFont>
#include <QStringList>

namespace hope::ui {

// The fonts that ship inside the reader: subsets of Noto Serif/Sans CJK SC,
// so Chinese never falls back to boxes on a machine without CJK fonts, and
// Latin subsets of Noto Serif/Sans for English, whose quotes and ellipsis
// the CJK faces draw full-width.
class EmbeddedFonts final
{
public:
    // Registers the fonts once; later calls are free. False if any failed.
    static bool ensureRegistered();
    [[nodiscard]] static QStringList resourcePaths();
    // The Traditional faces (Noto CJK TC subsets of the article as OpenCC
    // converts it), registered when first shown: a reader of Simplified
    // never maps them.
    static bool ensureTraditionalRegistered();
    [[nodiscard]] static QStringList traditionalResourcePaths();

    // Which CJK face Chinese is drawn with first: Traditional text in the
    // TC faces (Taiwan's and Hong Kong's forms of the characters), the SC
    // ones after them. Fonts made from here on follow it.
    static void setChineseScript(core::ChineseScript script);

    // For text in a known language: the Latin face first for English, the
    // CJK face first for Chinese, each with the other as fallback.
    [[nodiscard]] static QFont serif(int pixelSize, core::Language language);
    [[nodiscard]] static QFont sans(int pixelSize, core::Language language);

    // For interface chrome, which shows both languages' names and the
    // translation: the CJK face first, as before.
    [[nodiscard]] static QFont serif(int pixelSize);
    // The article's faces at this body size, the rest of typography kept:
    // the one place screen and paper take them from.
    [[nodiscard]] static core::Typography articleFaces(int pixelSize,
                                                       core::Typography typography = {});
    [[nodiscard]] static QFont sans(int pixelSize);

    // A size drawn for the reader's 14 px interface font, at the size of
    // the interface font the application has (the desktop's, see Launcher).
    [[nodiscard]] static int interfacePixels(int designPixels);
};

}  // namespace hope::ui
