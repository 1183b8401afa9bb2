#include "ui/EmbeddedFonts.h"

#include "core/TextZoom.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QResource>

namespace hope::ui {

namespace {
const QString kSerifCjk = QStringLiteral("Hope Serif CJK SC");
const QString kSansCjk = QStringLiteral("Hope Sans CJK SC");
const QString kSerifCjkTraditional = QStringLiteral("Hope Serif CJK TC");
const QString kSansCjkTraditional = QStringLiteral("Hope Sans CJK TC");
const QString kSerifLatin = QStringLiteral("Hope Serif");
const QString kSansLatin = QStringLiteral("Hope Sans");

core::ChineseScript g_script = core::ChineseScript::Simplified;

void registerAll(const QStringList &paths, bool *all)
{
    for (const QString &path : paths) {
        // addApplicationFont(path) would copy each font out of the
        // resources onto the heap (1.1 MB); stored uncompressed, the
        // font is read where it lies, and only the pages FreeType
        // touches become resident.
        const QResource resource(path);
        const QByteArray data =
            resource.compressionAlgorithm() == QResource::NoCompression
                ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                          resource.size())
                : resource.uncompressedData();
        *all = QFontDatabase::addApplicationFontFromData(data) >= 0 && *all;
    }
}

QFont make(const QString &latin, const QString &cjk, const QString &cjkTraditional,
           QFont::StyleHint hint, int pixelSize, core::Language language)
{
    EmbeddedFonts::ensureRegistered();
    QFont f;
    // Qt tries the families in order for each character, so English keeps
    // its proportional quotes and still draws a Chinese name from the CJK
    // face, and Chinese keeps the full-width punctuation clreq expects.
    // Traditional text takes the TC face first; the SC face still draws
    // what the TC subset lacks (the interface's Simplified words).
    QStringList cjkFaces{cjk};
    if (g_script != core::ChineseScript::Simplified && EmbeddedFonts::ensureTraditionalRegistered())
        cjkFaces.prepend(cjkTraditional);
    f.setFamilies(language == core::Language::English ? QStringList{latin} + cjkFaces
                                                      : cjkFaces + QStringList{latin});
    f.setPixelSize(pixelSize);
    f.setStyleHint(hint);
    return f;
}
}  // namespace

QStringList EmbeddedFonts::resourcePaths()
{
    return {QStringLiteral(":/fonts/NotoSerifCJKsc-Regular-subset.otf"),
            QStringLiteral(":/fonts/NotoSerifCJKsc-Bold-subset.otf"),
            QStringLiteral(":/fonts/NotoSansCJKsc-Regular-subset.otf"),
            QStringLiteral(":/fonts/NotoSerif-Regular-subset.ttf"),
            QStringLiteral(":/fonts/NotoSerif-Bold-subset.ttf"),
            QStringLiteral(":/fonts/NotoSans-Regular-subset.ttf")};
}

bool EmbeddedFonts::ensureRegistered()
{
    static const bool ok = [] {
        bool all = true;
        registerAll(resourcePaths(), &all);
        return all;
    }();
    return ok;
}

QStringList EmbeddedFonts::traditionalResourcePaths()
{
    return {QStringLiteral(":/fonts/NotoSerifCJKtc-Regular-subset.otf"),
            QStringLiteral(":/fonts/NotoSerifCJKtc-Bold-subset.otf"),
            QStringLiteral(":/fonts/NotoSansCJKtc-Regular-subset.otf")};
}

bool EmbeddedFonts::ensureTraditionalRegistered()
{
    static const bool ok = [] {
        bool all = true;
        registerAll(traditionalResourcePaths(), &all);
        return all;
    }();
    return ok;
}

void EmbeddedFonts::setChineseScript(core::ChineseScript script)
{
    g_script = script;
}

QFont EmbeddedFonts::serif(int pixelSize, core::Language language)
{
    return make(kSerifLatin, kSerifCjk, kSerifCjkTraditional, QFont::Serif, pixelSize, language);
}

QFont EmbeddedFonts::sans(int pixelSize, core::Language language)
{
    return make(kSansLatin, kSansCjk, kSansCjkTraditional, QFont::SansSerif, pixelSize, language);
}

core::Typography EmbeddedFonts::articleFaces(int pixelSize, core::Typography typography)
{
    typography.chinese = {serif(pixelSize, core::Language::Chinese),
                          serif(pixelSize, core::Language::Chinese)};
    typography.english = {serif(pixelSize, core::Language::English),
                          serif(pixelSize, core::Language::English)};
    return typography;
}

QFont EmbeddedFonts::serif(int pixelSize)
{
    return serif(pixelSize, core::Language::Chinese);
}

QFont EmbeddedFonts::sans(int pixelSize)
{
    return sans(pixelSize, core::Language::Chinese);
}

int EmbeddedFonts::interfacePixels(int designPixels)
{
    return core::TextZoom::pixelSize(designPixels, QFontInfo(QGuiApplication::font()).pixelSize(),
                                     core::TextZoom::kDefault);
}

}  // namespace hope::ui
