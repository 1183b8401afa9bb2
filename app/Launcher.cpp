#include "app/Launcher.h"

#include "app/AppSettings.h"
#include "app/BatchCommands.h"
#include "app/CommandLine.h"
#include "app/LanguageController.h"
#include "app/MainWindow.h"
#include "app/StartupTrace.h"
#include "app/SwitchTrace.h"
#include "app/TerminationSignals.h"
#include "core/ArticlePrint.h"
#include "core/ArticleScript.h"
#include "core/BundleLoader.h"
#include "core/ReadingSession.h"
#include "core/SafeOutputFile.h"
#include "core/ScriptConverter.h"
#include "core/TextZoom.h"
#include "ui/ArticleView.h"
#include "ui/BundleProblemDialog.h"
#include "ui/ClipPanel.h"
#include "ui/EmbeddedFonts.h"
#include "ui/VideoView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontInfo>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace hope::app {

using namespace core;
using namespace ui;

namespace {

// False when the stream would not take it all (a full disk behind a
// redirection, a closed pipe): a listing that did not arrive is a failure.
bool print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written && !std::ferror(stream);
}

// What a batch command prints on standard output, and its exit code: 0, or
// 1 with a word on standard error when the output could not be written.
int printResult(const QString &text)
{
    if (print(stdout, text))
        return 0;
    const int error = errno;
    print(stderr, Launcher::tr("Cannot write to standard output: %1")
                          .arg(QString::fromLocal8Bit(std::strerror(error))) +
                      u'\n');
    return 1;
}

// Whatever a bundle (or a path naming one) puts on a terminal line goes
// through here first; see CommandLine::terminalSafe.
QString safe(const QString &text)
{
    return CommandLine::terminalSafe(text);
}

// A batch command's result on the streams; its exit code, or 1 if its
// output could not be written.
int report(const BatchCommands::Result &result)
{
    if (!result.err.isEmpty())
        print(stderr, result.err);
    return result.out.isEmpty() || result.exitCode != 0 ? result.exitCode : printResult(result.out);
}

// The article the options ask for: the bundle named, else the embedded
// one; on failure the exit code, with the problems on stderr.
struct Loaded
{
    BundleLoadResult bundle;
    QStringList requestedErrors;
    qsizetype requestedOmitted = 0;
    std::optional<int> exitCode;
};

Loaded loadArticle(const CommandLineOptions &options, bool batch)
{
    Loaded loaded;
    loaded.bundle = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
    StartupTrace::mark("bundle loaded and checked");
    if (!loaded.bundle.ok()) {
        print(stderr, CommandLine::errorLines(loaded.bundle.errors, loaded.bundle.omitted));
        loaded.exitCode = 1;
        return loaded;
    }
    if (options.bundlePath.isEmpty())
        return loaded;
    BundleLoadResult requested = BundleLoader::loadFile(options.bundlePath);
    if (requested.ok()) {
        loaded.bundle = std::move(requested);
        return loaded;
    }
    print(stderr, Launcher::tr("Cannot open %1:").arg(safe(options.bundlePath)) + u'\n' +
                      CommandLine::errorLines(requested.errors, requested.omitted));
    if (batch)
        loaded.exitCode = 2;
    loaded.requestedErrors = requested.errors;
    loaded.requestedOmitted = requested.omitted;
    return loaded;
}

}  // namespace

void Launcher::choosePlatform(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    bool windowless = false;
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-platform")
            return;
        windowless = windowless || arg == "--list-sections" || arg == "--list-milestones" ||
                     arg == "--list-chapters" || arg == "--pinyin" || arg == "--help" ||
                     arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v" ||
                     arg == "--export-audio" || arg.startsWith("--export-audio=") ||
                     arg == "--export-pdf" || arg.startsWith("--export-pdf=") ||
                     arg == "--export-notes" || arg.startsWith("--export-notes=") ||
                     arg == "--export-vocabulary" || arg.startsWith("--export-vocabulary=");
        screenshot = screenshot || arg == "--screenshot" || arg.startsWith("--screenshot=");
    }
    const bool hasDisplay =
        qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (windowless || (screenshot && !hasDisplay))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int Launcher::run(const QStringList &arguments)
{
    EmbeddedFonts::ensureRegistered();
    // The interface in the reader's own face, as large as the desktop's
    // font; the article's sizes follow from it (MainWindow::applyTypography).
    const int systemPixels = QFontInfo(QApplication::font()).pixelSize();
    QApplication::setFont(EmbeddedFonts::sans(TextZoom::pixelSize(14, systemPixels, 100)));
    StartupTrace::mark("embedded fonts");

    // Translate --help too: settle the language before parsing.
    LanguageController languages;
    auto settings = std::make_unique<AppSettings>();
    const Language initial = settings->language().value_or(languageForLocale(QLocale::system()));
    languages.apply(initial);
    StartupTrace::mark("settings, translations");

    const CommandLine::Result cli = CommandLine::parse(arguments);
    StartupTrace::mark("command line");
    if (!cli.out.isEmpty())
        print(stdout, cli.out);
    if (!cli.err.isEmpty())
        print(stderr, cli.err);
    if (cli.exitCode)
        return *cli.exitCode;
    const CommandLineOptions &options = cli.options;
    const bool batch = options.listSections || options.listMilestones || options.listChapters ||
                       options.pinyin || !options.screenshotPath.isEmpty() ||
                       !options.exportAudioPath.isEmpty() || !options.exportPdfPath.isEmpty() ||
                       !options.exportNotesPath.isEmpty() ||
                       !options.exportVocabularyPath.isEmpty();

    // A screenshot or a listing shows the defaults, not this user's state.
    Language language = options.language.value_or(initial);
    if (batch) {
        settings.reset();
        // A script asked for is the Chinese's: what it changes is printed,
        // whatever the locale's language.
        language = options.language.value_or(options.script ? Language::Chinese
                                                            : languageForLocale(QLocale::system()));
    }
    if (language != languages.current()) {
        languages.apply(language);
        StartupTrace::mark("translations for --lang");
    }

    const Loaded loaded = loadArticle(options, batch);
    if (loaded.exitCode)
        return *loaded.exitCode;
    const Article &article = *loaded.bundle.article;
    // A script that cannot be shown is refused like any other bad option;
    // the lists print the headings and titles as they would be shown.
    Article shown = article;
    if (options.script && *options.script != core::ChineseScript::Simplified) {
        const core::ScriptConverter converter(core::ScriptConverter::configFor(*options.script));
        if (!converter.load()) {
            print(stderr, tr("Cannot show the Chinese in Traditional characters: %1\n")
                              .arg(safe(converter.error())));
            return 2;
        }
        if (batch)
            shown = core::articleInScript(article, converter);
        StartupTrace::mark("script");
    }
    if (const std::optional<int> rc = runWithoutWindow(article, shown, options, language))
        return *rc;

    MainWindow window(&languages, settings.get());
    StartupTrace::mark("main window built");
    window.setArticle(article);
    StartupTrace::mark("article set");
    if (options.layout)
        window.setReadingLayoutForThisRun(*options.layout);
    if (options.script)
        window.setScriptForThisRun(*options.script);
    if (!options.exportPdfPath.isEmpty()) {
        const QString error = window.exportPdf(
            options.exportPdfPath, options.paper.value_or(core::ArticlePrint::localePaper()));
        if (!error.isEmpty()) {
            print(stderr, safe(error) + u'\n');
            return 1;
        }
        return printResult(tr("PDF written to %1").arg(safe(options.exportPdfPath)) + u'\n');
    }
    if (!options.screenshotPath.isEmpty())
        return screenshot(window, options);
    return runWindow(window, options, loaded.requestedErrors, loaded.requestedOmitted);
}

std::optional<int> Launcher::runWithoutWindow(const Article &article, const Article &shown,
                                              const CommandLineOptions &options, Language language)
{
    int section = -1;
    if (!options.section.isEmpty()) {
        QString error;
        section = BatchCommands::resolveSection(article, options.section, &error);
        if (section < 0) {
            print(stderr, error);
            return 2;
        }
    }
    if (!options.milestone.isEmpty()) {
        if (const QString error = BatchCommands::checkMilestone(article, options.milestone);
            !error.isEmpty()) {
            print(stderr, error);
            return 2;
        }
    }
    // An output that can never be written is refused before any work:
    // a FIFO would block, a device must not be replaced.
    for (const QString &output :
         {options.exportAudioPath, options.exportPdfPath, options.exportNotesPath,
          options.exportVocabularyPath, options.screenshotPath}) {
        if (output.isEmpty())
            continue;
        if (const QString error = BatchCommands::checkOutput(output); !error.isEmpty()) {
            print(stderr, error);
            return 2;
        }
    }
    if (!options.exportNotesPath.isEmpty())
        return report(BatchCommands::exportNotes(article, options.exportNotesPath));
    if (!options.exportVocabularyPath.isEmpty())
        return report(BatchCommands::exportVocabulary(article, options.exportVocabularyPath));
    if (!options.exportAudioPath.isEmpty())
        return report(
            BatchCommands::exportAudio(article, section, language, options.exportAudioPath));
    if (options.listChapters)
        return printResult(BatchCommands::listChapters(shown, language));
    if (options.pinyin)
        return report(BatchCommands::pinyin(article, options.spokenTones));
    if (options.listMilestones)
        return printResult(BatchCommands::listMilestones(shown, language));
    if (options.listSections)
        return printResult(BatchCommands::listSections(shown, language));
    return std::nullopt;
}

int Launcher::screenshot(MainWindow &window, const CommandLineOptions &options)
{
    // Larger than the screen is fine here: the window is never seen.
    window.resize(options.windowSize.isValid() ? options.windowSize : MainWindow::kDefaultSize);
    window.useDefaultLayout();
    if (options.theme)
        window.setThemeForThisRun(*options.theme);
    window.show();
    QCoreApplication::processEvents();
    StartupTrace::mark("shown, first events");
    goWhereAsked(window, options);
    bool clipFailed = false;
    if (options.seekMs >= 0) {
        // The frame at that time, in the panel; multimedia starts for it.
        ClipPanel *panel = window.clipPanel();
        panel->showFrameAt(options.seekMs);
        QElapsedTimer waited;
        waited.start();
        // The first frame may be the one before the seek lands.
        while ((panel->frameTime() < 0 || std::abs(panel->frameTime() - options.seekMs) > 1000) &&
               panel->problem().isEmpty() && waited.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!panel->problem().isEmpty()) {
            print(stderr, safe(panel->problem()) + u'\n');
            clipFailed = true;
        }
    }
    // Let the incremental text layout finish before the picture is taken.
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    StartupTrace::mark("layout settled");
    const QPixmap shot = window.grab();
    StartupTrace::mark("grabbed");
    SafeOutputFile file(options.screenshotPath);
    if (!file.open() || !shot.save(file.device(), "PNG") || !file.commit()) {
        const QString why = file.errorString();
        file.cancel();
        print(stderr, safe(why.isEmpty()
                               ? tr("Cannot write the screenshot to %1").arg(options.screenshotPath)
                               : why) +
                          u'\n');
        return 1;
    }
    StartupTrace::mark("PNG written");
    const int printed =
        printResult(tr("Screenshot written to %1").arg(safe(options.screenshotPath)) + u'\n');
    // The picture is there, but not the frame that was asked for.
    return clipFailed ? 2 : printed;
}

void Launcher::goWhereAsked(MainWindow &window, const CommandLineOptions &options)
{
    if (!options.section.isEmpty()) {
        QString error;
        const int section =
            BatchCommands::resolveSection(window.session()->article(), options.section, &error);
        if (section >= 0)
            window.goToSection(section);
    }
    if (!options.milestone.isEmpty())
        window.activateMilestone(options.milestone);
}

int Launcher::runWindow(MainWindow &window, const CommandLineOptions &options,
                        const QStringList &bundleErrors, qsizetype bundleOmitted)
{
    // A position saved in another bundle, or in an older version of this
    // one, names a block this article does not have: the session refuses
    // it and the article opens at its start.
    window.restoreFromSettings();
    if (options.theme)
        window.setThemeForThisRun(*options.theme);
    if (options.layout)
        window.setReadingLayoutForThisRun(*options.layout);
    if (options.windowSize.isValid())
        window.setSizeForThisRun(options.windowSize);
    goWhereAsked(window, options);
    if (SwitchTrace::wanted())
        new SwitchTrace(window.findChild<ArticleView *>(), &window);
    // Ended by the session or a service manager, the reader closes as if
    // the user had closed it, saving what it keeps.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::requested, &window,
                     [] { QApplication::closeAllWindows(); });
    window.show();
    StartupTrace::mark("window shown");
    if (options.seekMs >= 0)
        window.clipPanel()->seekTo(options.seekMs);
    if (options.play)
        window.clipPanel()->play();
    if (!bundleErrors.isEmpty()) {
        // After the window is up, so the message has a parent to sit on.
        QTimer::singleShot(
            0, &window, [&window, path = options.bundlePath, bundleErrors, bundleOmitted] {
                BundleProblemDialog box(tr("The bundle %1 cannot be opened. The article that ships "
                                           "with the reader is shown instead.")
                                            .arg(path),
                                        bundleErrors, bundleOmitted, &window);
                box.exec();
            });
    }
    const int rc = QApplication::exec();
    // The reader carried on with its own article, but what was asked for on
    // the command line could not be done: say so in the exit code too.
    return bundleErrors.isEmpty() ? rc : 2;
}

}  // namespace hope::app
