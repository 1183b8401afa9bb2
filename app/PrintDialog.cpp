#include "app/PrintDialog.h"

#include "ui/ModulePlaces.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace hope::app {

namespace {
const QString kModuleName = QStringLiteral("hope-print.so");
// The module's one entry point; see app/print/PrintModule.cpp.
using PrintEntry = int (*)(QWidget *, int (*)(void *, QPagedPaintDevice *), void *);

int paintThrough(void *context, QPagedPaintDevice *device)
{
    return (*static_cast<const std::function<int(QPagedPaintDevice *)> *>(context))(device);
}
}  // namespace

QStringList PrintDialog::moduleCandidates()
{
    return ui::ModulePlaces::candidates(kModuleName);
}

PrintDialog::Result PrintDialog::run(QWidget *parent,
                                     const std::function<int(QPagedPaintDevice *)> &paint)
{
    static PrintEntry entry = nullptr;
    static QString error;
    if (!entry && error.isEmpty()) {
        QStringList tried;
        for (const QString &path : moduleCandidates()) {
            if (!QFileInfo(path).isFile()) {
                tried << tr("%1: not there").arg(path);
                continue;
            }
            // Never unloaded: Qt Print Support keeps its plugins loaded.
            QLibrary library(path);
            entry = reinterpret_cast<PrintEntry>(library.resolve("hope_print_dialog"));
            if (entry)
                break;
            tried << QStringLiteral("%1: %2").arg(path, library.errorString());
        }
        if (!entry)
            error = tr("Printing is not available: the print module was not found (%1).")
                        .arg(tried.join(QStringLiteral("; ")));
    }
    if (!entry)
        return {Outcome::Failed, error};
    std::function<int(QPagedPaintDevice *)> painter = paint;
    const int rc = entry(parent, &paintThrough, &painter);
    if (rc > 0)
        return {Outcome::Printed, {}};
    if (rc == 0)
        return {Outcome::Cancelled, {}};
    return {Outcome::Failed, tr("The article could not be printed.")};
}

}  // namespace hope::app
