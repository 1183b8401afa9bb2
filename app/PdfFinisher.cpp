#include "app/PdfFinisher.h"

#include "app/print/PdfDetailsAbi.h"
#include "ui/ModulePlaces.h"

#include <QFileInfo>
#include <QLibrary>

#include <cstdio>
#include <vector>

namespace hope::app {

namespace {

HopePdfFinish loadEntry(QString *why)
{
    static HopePdfFinish entry = nullptr;
    static QString error;
    if (entry || !error.isEmpty()) {
        *why = error;
        return entry;
    }
    QStringList tried;
    for (const QString &path : ui::ModulePlaces::candidates(QStringLiteral("hope-pdf.so"))) {
        if (!QFileInfo(path).isFile()) {
            tried << PdfFinisher::tr("%1: not there").arg(path);
            continue;
        }
        // Never unloaded: qpdf's library stays for the next export.
        QLibrary library(path);
        entry = reinterpret_cast<HopePdfFinish>(library.resolve("hope_pdf_finish"));
        if (entry)
            break;
        tried << QStringLiteral("%1: %2").arg(path, library.errorString());
    }
    if (!entry)
        error = tried.join(QStringLiteral("; "));
    *why = error;
    return entry;
}

void append(void *context, const char *data, std::size_t size)
{
    static_cast<QByteArray *>(context)->append(data, qsizetype(size));
}

}  // namespace

std::optional<QByteArray> PdfFinisher::finish(const QByteArray &pdf,
                                              const core::PdfDetails &details, QString *error)
{
    QString why;
    const HopePdfFinish entry = loadEntry(&why);
    if (!entry) {
        if (error)
            *error = tr("The PDF has no outline: the PDF module was not found (%1).").arg(why);
        return std::nullopt;
    }
    // UTF-8 copies that live until the call returns.
    const QByteArray title = details.title.toUtf8();
    const QByteArray author = details.author.toUtf8();
    const QByteArray subject = details.subject.toUtf8();
    const QByteArray creator = details.creator.toUtf8();
    const QByteArray language = details.language.toUtf8();
    std::vector<QByteArray> titles;
    titles.reserve(size_t(details.outline.size()));
    std::vector<HopePdfEntry> outline;
    for (const core::PdfDetails::Entry &e : details.outline) {
        titles.push_back(e.title.toUtf8());
        outline.push_back({titles.back().constData(), e.page, double(e.top)});
    }
    const HopePdfDetails abi{title.constData(),   author.constData(),   subject.constData(),
                             creator.constData(), language.constData(), outline.data(),
                             int(outline.size())};
    QByteArray finished;
    char message[512] = {};
    if (!entry(pdf.constData(), size_t(pdf.size()), &abi, &append, &finished, message,
               sizeof message)) {
        if (error)
            *error = tr("The PDF has no outline: %1").arg(QString::fromUtf8(message));
        return std::nullopt;
    }
    return finished;
}

core::PdfFinisher PdfFinisher::finisher()
{
    return [](const QByteArray &pdf, const core::PdfDetails &details) {
        QString error;
        std::optional<QByteArray> finished = finish(pdf, details, &error);
        if (!finished)
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return finished;
    };
}

}  // namespace hope::app
