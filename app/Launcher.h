#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hope::app {

// From the command line to a running reader: picks the language, loads the
// bundle, answers the print-and-exit options, or shows the window.
class Launcher final
{
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    // Before QApplication exists: options that print and exit, and a
    // screenshot with no display, need no window system, so they run
    // offscreen rather than fail on a machine without one.
    static void choosePlatform(int argc, char *argv[]);
    // Exit code 2 means the input (option or bundle) could not be used.
    [[nodiscard]] static int run(const QStringList &arguments);
};

}  // namespace hope::app
