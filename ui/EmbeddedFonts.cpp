#include "ui/EmbeddedFonts.h"

#include <QFontDatabase>
#include <QResource>

namespace hope::ui {

namespace {
const QString kSerifFamily = QStringLiteral("Noto Serif CJK SC");
const QString kSansFamily = QStringLiteral("Noto Sans CJK SC");
}  // namespace

QStringList EmbeddedFonts::resourcePaths()
{
    return {QStringLiteral(":/fonts/NotoSerifCJKsc-Regular-subset.otf"),
            QStringLiteral(":/fonts/NotoSerifCJKsc-Bold-subset.otf"),
            QStringLiteral(":/fonts/NotoSansCJKsc-Regular-subset.otf")};
}

bool EmbeddedFonts::ensureRegistered()
{
    static const bool ok = [] {
        bool all = true;
        for (const QString &path : resourcePaths()) {
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
            all = QFontDatabase::addApplicationFontFromData(data) >= 0 && all;
        }
        return all;
    }();
    return ok;
}

QFont EmbeddedFonts::serif(int pixelSize)
{
    ensureRegistered();
    QFont f(kSerifFamily);
    f.setPixelSize(pixelSize);
    f.setStyleHint(QFont::Serif);
    return f;
}

QFont EmbeddedFonts::sans(int pixelSize)
{
    ensureRegistered();
    QFont f(kSansFamily);
    f.setPixelSize(pixelSize);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

}  // namespace hope::ui
