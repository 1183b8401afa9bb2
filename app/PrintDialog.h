#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace hope::app {

// File > Print: Qt's print dialog lives in a module of its own
// (hope-print.so, linking Qt Print Support and, through it, CUPS), loaded
// the first time the reader prints, so start-up maps none of it. Looked for
// only where the player module is: next to the executable and in
// <libdir>/hope-reader.
class PrintDialog final
{
    Q_DECLARE_TR_FUNCTIONS(PrintDialog)

public:
    enum class Outcome { Printed, Cancelled, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString error;
    };

    // Asks where to print, then paints the pages there; paint gives the
    // number of pages painted (0 on failure).
    static Result run(QWidget *parent, const std::function<int(QPagedPaintDevice *)> &paint);
    [[nodiscard]] static QStringList moduleCandidates();
};

}  // namespace hope::app
