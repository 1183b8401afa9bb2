#include "app/Launcher.h"
#include "app/QuietQt.h"
#include "app/StartupTrace.h"

#include <QApplication>
#include <QIcon>

#include <csignal>

using namespace hope::app;

int main(int argc, char *argv[])
{
    StartupTrace::mark("main entered (load, relocate, init)");
    // A file-size limit (ulimit -f) makes a write fail with EFBIG, which the
    // exports report and clean up after, instead of killing the reader.
    std::signal(SIGXFSZ, SIG_IGN);
    // Before anything of Qt's can speak.
    QuietQt::install();
    Launcher::choosePlatform(argc, argv);
    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QCoreApplication::setOrganizationName(QStringLiteral("HopeReader"));
    QCoreApplication::setApplicationName(QStringLiteral("hope-reader"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOPE_READER_VERSION));
    // The reverse-DNS id names the installed desktop entry, metainfo and icon
    // (packaging/); Wayland compositors match the window to them by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hopereader.HopeReader"));
    // QIcon decodes every PNG as it is added (2 ms, 1 MB): not for the
    // offscreen platform (a screenshot, a listing), with no window manager
    // to show an icon to.
    if (QGuiApplication::platformName() != u"offscreen") {
        QIcon icon;
        for (const int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addFile(
                QStringLiteral(":/icons/%1x%1/apps/io.github.hopereader.HopeReader.png").arg(size),
                QSize(size, size));
        QApplication::setWindowIcon(icon);
        StartupTrace::mark("window icon");
    }
    const int rc = Launcher::run(QCoreApplication::arguments());
    StartupTrace::mark("window closed and destroyed");
    return rc;
}
