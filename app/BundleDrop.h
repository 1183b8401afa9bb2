#pragma once

#include <QCoreApplication>
#include <QString>

class QMimeData;

namespace hope::app {

// What a drop on the window would open: one local bundle file, or the one
// bundle at the top of a dropped folder. The file is then opened and
// checked as File > Open does (MainWindow::openBundle).
class BundleDrop final
{
    Q_DECLARE_TR_FUNCTIONS(BundleDrop)

public:
    struct Result
    {
        QString path;     // the bundle file to open; empty if none
        QString problem;  // why not, for the reader; empty if path is set
    };

    // Whether a drag is worth accepting: one local file or folder.
    [[nodiscard]] static bool accepts(const QMimeData *data);
    [[nodiscard]] static Result resolve(const QMimeData *data);
    // A folder: its one bundle file (*.json that says it is one).
    [[nodiscard]] static Result inFolder(const QString &folder);
    // Whether a file begins as a bundle does (its first bytes, as the
    // desktop's MIME type recognises one), without reading the rest.
    [[nodiscard]] static bool looksLikeBundle(const QString &path);
};

}  // namespace hope::app
