#pragma once

#include "core/ArticlePrint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hope::app {

// Finishes an exported PDF through the PDF module (hope-pdf.so, with qpdf's
// library): author, subject, language and an outline of the
// sections, which Qt 6.4's QPdfWriter cannot write. The module is loaded
// on the first export, never at start-up.
class PdfFinisher final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFinisher)

public:
    // The finished PDF, or nullopt with why in *error (the module is not
    // there, or qpdf could not read what Qt wrote).
    [[nodiscard]] static std::optional<QByteArray> finish(const QByteArray &pdf,
                                                          const core::PdfDetails &details,
                                                          QString *error = nullptr);
    // As ArticlePrint takes it: a PDF not finished is still written.
    [[nodiscard]] static core::PdfFinisher finisher();
};

}  // namespace hope::app
