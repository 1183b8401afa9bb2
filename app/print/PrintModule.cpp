// The print module (hope-print.so): Qt's print dialog, loaded by
// hope::app::PrintDialog the first time the reader prints.
#include <QPrintDialog>
#include <QPrinter>

// 1 printed, 0 cancelled, -1 failed.
extern "C" Q_DECL_EXPORT int hope_print_dialog(QWidget *parent,
                                               int (*paint)(void *, QPagedPaintDevice *),
                                               void *context)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return paint(context, &printer) > 0 ? 1 : -1;
}
