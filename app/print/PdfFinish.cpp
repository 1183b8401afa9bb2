// The PDF module (hope-pdf.so): what Qt 6.4's QPdfWriter cannot write (an
// author, a subject, the document's language, an outline of its sections)
// added with qpdf's library, from a PDF in memory to one in memory. Loaded
// on the first export, so the reader maps qpdf only then.
// qpdf 11 asks which of its smart pointers code uses: std::shared_ptr.
#define POINTERHOLDER_TRANSITION 4

#include "PdfDetailsAbi.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace {

bool given(const char *text)
{
    return text && *text;
}

void finish(QPDF &pdf, const HopePdfDetails &details)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    const auto set = [&info](const char *key, const char *value) {
        if (given(value))
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value));
    };
    set("/Title", details.title);
    set("/Author", details.author);
    set("/Subject", details.subject);
    set("/Creator", details.creator);
    QPDFObjectHandle root = pdf.getRoot();
    if (given(details.language))
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(details.language));
    // A title in the viewer's window, not the file's name (PDF/UA asks it).
    QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", preferences);

    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::vector<QPDFObjectHandle> items;
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    for (int i = 0; i < details.outlineCount; ++i) {
        const HopePdfEntry &entry = details.outline[i];
        if (entry.page < 0 || size_t(entry.page) >= pages.size() || !given(entry.title))
            continue;
        QPDFPageObjectHelper page = pages.at(size_t(entry.page));
        const double height = page.getMediaBox().getArrayAsRectangle().ury;
        // Open the page with the heading at the top of the window.
        QPDFObjectHandle destination = QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{
            page.getObjectHandle(), QPDFObjectHandle::newName("/XYZ"), QPDFObjectHandle::newNull(),
            QPDFObjectHandle::newReal(height - entry.top, 2), QPDFObjectHandle::newNull()});
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(entry.title));
        item.replaceKey("/Parent", outlines);
        item.replaceKey("/Dest", destination);
        items.push_back(item);
    }
    if (items.empty())
        return;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            items.at(i).replaceKey("/Prev", items.at(i - 1));
        if (i + 1 < items.size())
            items.at(i).replaceKey("/Next", items.at(i + 1));
    }
    outlines.replaceKey("/First", items.front());
    outlines.replaceKey("/Last", items.back());
    outlines.replaceKey("/Count",
                        QPDFObjectHandle::newInteger(static_cast<long long>(items.size())));
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int hope_pdf_finish(
    const char *data, std::size_t size, const HopePdfDetails *details,
    void (*write)(void *, const char *, std::size_t), void *context, char *error,
    std::size_t errorSize)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("export.pdf", data, size);
        finish(pdf, *details);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // The catalog and the outline as plain objects a reader (or a test)
        // can find; the pages' streams stay compressed.
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        write(context, reinterpret_cast<const char *>(out->getBuffer()), out->getSize());
        return 1;
    } catch (const std::exception &e) {
        if (error && errorSize > 0) {
            std::strncpy(error, e.what(), errorSize - 1);
            error[errorSize - 1] = '\0';
        }
        return 0;
    }
}
