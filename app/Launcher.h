#pragma once

#include "core/Article.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace hope::app {

class MainWindow;
struct CommandLineOptions;

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

private:
    // Checks --section, --milestone and the output paths, and runs a
    // command that needs no window; nullopt when the window is wanted. The
    // lists print `shown`, the article in the --script asked for.
    static std::optional<int> runWithoutWindow(const core::Article &article,
                                               const core::Article &shown,
                                               const CommandLineOptions &options,
                                               core::Language language);
    static int screenshot(MainWindow &window, const CommandLineOptions &options);
    static void goWhereAsked(MainWindow &window, const CommandLineOptions &options);
    static int runWindow(MainWindow &window, const CommandLineOptions &options,
                         const QStringList &bundleErrors, qsizetype bundleOmitted);
};

}  // namespace hope::app
