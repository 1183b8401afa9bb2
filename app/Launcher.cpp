#include "app/Launcher.h"

#include "app/AppSettings.h"
#include "app/AudioExport.h"
#include "app/CommandLine.h"
#include "app/LanguageController.h"
#include "app/MainWindow.h"
#include "app/StartupTrace.h"
#include "core/BundleLoader.h"
#include "core/MediaTime.h"
#include "core/PinyinConverter.h"
#include "core/SafeOutputFile.h"
#include "core/TextZoom.h"
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
#include <initializer_list>
#include <memory>

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

// "2", "part-2": an index as --list-sections prints it, or an id.
int resolveSection(const Article &article, const QString &value)
{
    bool isNumber = false;
    const int index = value.toInt(&isNumber);
    if (isNumber)
        return index >= 0 && index < article.sections.size() ? index : -1;
    return article.sectionIndex(value);
}

// Whatever a bundle (or a path naming one) puts on a terminal line goes
// through here first; see CommandLine::terminalSafe.
QString safe(const QString &text)
{
    return CommandLine::terminalSafe(text);
}

// One record a line: each field made safe, so only these tabs and this
// newline separate fields and records.
QString record(std::initializer_list<QString> fields)
{
    QStringList safeFields;
    for (const QString &field : fields) safeFields << safe(field);
    return safeFields.join(u'\t') + u'\n';
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
                     arg == "--export-pdf" || arg.startsWith("--export-pdf=");
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
                       !options.exportAudioPath.isEmpty() || !options.exportPdfPath.isEmpty();

    // A screenshot or a listing shows the defaults, not this user's state.
    Language language = options.language.value_or(initial);
    if (batch) {
        settings.reset();
        language = options.language.value_or(languageForLocale(QLocale::system()));
    }
    if (language != languages.current()) {
        languages.apply(language);
        StartupTrace::mark("translations for --lang");
    }

    BundleLoadResult loaded = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
    StartupTrace::mark("bundle loaded and checked");
    if (!loaded.ok()) {
        print(stderr, CommandLine::errorLines(loaded.errors, loaded.omitted));
        return 1;
    }
    QStringList bundleErrors;
    qsizetype bundleOmitted = 0;
    if (!options.bundlePath.isEmpty()) {
        BundleLoadResult requested = BundleLoader::loadFile(options.bundlePath);
        if (requested.ok()) {
            loaded = std::move(requested);
        } else {
            print(stderr, tr("Cannot open %1:").arg(safe(options.bundlePath)) + u'\n' +
                              CommandLine::errorLines(requested.errors, requested.omitted));
            if (batch)
                return 2;
            bundleErrors = requested.errors;
            bundleOmitted = requested.omitted;
        }
    }
    const Article &article = *loaded.article;

    int section = -1;
    if (!options.section.isEmpty()) {
        section = resolveSection(article, options.section);
        if (section < 0) {
            QStringList known;
            for (int i = 0; i < article.sections.size(); ++i)
                known << QStringLiteral("%1 (%2)").arg(i).arg(safe(article.sections.at(i).id));
            print(stderr, tr("Unknown section \"%1\". Known sections: %2")
                                  .arg(safe(options.section), known.join(QStringLiteral(", "))) +
                              u'\n');
            return 2;
        }
    }

    if (!options.milestone.isEmpty() && article.milestoneIndex(options.milestone) < 0) {
        QStringList known;
        for (const Milestone &m : article.milestones) known << safe(m.id);
        print(stderr, tr("Unknown milestone \"%1\". Known milestones: %2")
                              .arg(safe(options.milestone), known.join(QStringLiteral(", "))) +
                          u'\n');
        return 2;
    }

    // An output that can never be written is refused before any work:
    // a FIFO would block, a device must not be replaced.
    for (const QString &output :
         {options.exportAudioPath, options.exportPdfPath, options.screenshotPath}) {
        if (output.isEmpty())
            continue;
        if (const QString problem = SafeOutputFile::targetProblem(output); !problem.isEmpty()) {
            print(stderr, tr("Cannot write %1: %2.").arg(safe(output), safe(problem)) + u'\n');
            return 2;
        }
    }

    if (!options.exportAudioPath.isEmpty()) {
        const AudioExport::Result exported =
            AudioExport::write(article, section, language, options.exportAudioPath);
        if (!exported.error.isEmpty()) {
            print(stderr, safe(exported.error) + u'\n');
            return 1;
        }
        return printResult(
            tr("Audio written to %1 (%2)")
                .arg(safe(options.exportAudioPath), MediaTime::format(exported.durationMs)) +
            u'\n');
    }

    if (options.listChapters) {
        QString out;
        for (const ClipChapter &c : article.clip.chapters)
            out += record(
                {MediaTime::format(c.startMs).rightJustified(5, u'0'), c.title.in(language)});
        return printResult(out);
    }

    if (options.pinyin) {
        // The Chinese text whatever --lang says: pinyin is its reading.
        const PinyinConverter converter;
        if (!converter.load()) {
            print(stderr, safe(converter.error()) + u'\n');
            return 1;
        }
        QString out;
        for (const ArticleSection &s : article.sections) {
            for (const ArticleBlock &b : s.blocks) {
                if (b.kind == BlockKind::Paragraph)
                    out += record({b.id, PinyinConverter::line(converter.convert(b.text.zh))});
            }
        }
        return printResult(out);
    }

    if (options.listMilestones) {
        QString out;
        for (const Milestone &m : article.milestones)
            out += record({m.id, m.date.toString(), m.title.in(language)});
        return printResult(out);
    }

    if (options.listSections) {
        QString out;
        for (int i = 0; i < article.sections.size(); ++i) {
            const ArticleSection &s = article.sections.at(i);
            const QString heading =
                s.heading.in(language).isEmpty() ? s.label.in(language) : s.heading.in(language);
            out += record({QString::number(i), s.id,
                           s.number.isEmpty() ? heading : s.number + u' ' + heading});
        }
        return printResult(out);
    }

    MainWindow window(&languages, settings.get());
    StartupTrace::mark("main window built");
    window.setArticle(article);
    StartupTrace::mark("article set");
    if (options.layout)
        window.setReadingLayoutForThisRun(*options.layout);
    if (!options.exportPdfPath.isEmpty()) {
        const QString error = window.exportPdf(options.exportPdfPath);
        if (!error.isEmpty()) {
            print(stderr, safe(error) + u'\n');
            return 1;
        }
        return printResult(tr("PDF written to %1").arg(safe(options.exportPdfPath)) + u'\n');
    }
    if (!options.screenshotPath.isEmpty()) {
        // Larger than the screen is fine here: the window is never seen.
        window.resize(options.windowSize.isValid() ? options.windowSize : MainWindow::kDefaultSize);
        window.useDefaultLayout();
        if (options.theme)
            window.setThemeForThisRun(*options.theme);
        window.show();
        QCoreApplication::processEvents();
        StartupTrace::mark("shown, first events");
        if (section >= 0)
            window.goToSection(section);
        if (!options.milestone.isEmpty())
            window.activateMilestone(options.milestone);
        bool clipFailed = false;
        if (options.seekMs >= 0) {
            // The frame at that time, in the panel; multimedia starts for it.
            ClipPanel *panel = window.clipPanel();
            panel->showFrameAt(options.seekMs);
            QElapsedTimer waited;
            waited.start();
            // The first frame may be the one before the seek lands.
            while (
                (panel->frameTime() < 0 || std::abs(panel->frameTime() - options.seekMs) > 1000) &&
                panel->problem().isEmpty() && waited.elapsed() < 15000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (!panel->problem().isEmpty()) {
                print(stderr, safe(panel->problem()) + u'\n');
                clipFailed = true;
            }
        }
        // Let the incremental text layout finish before the picture is taken.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        StartupTrace::mark("layout settled");
        const QPixmap shot = window.grab();
        StartupTrace::mark("grabbed");
        SafeOutputFile file(options.screenshotPath);
        if (!file.open() || !shot.save(file.device(), "PNG") || !file.commit()) {
            const QString why = file.errorString();
            file.cancel();
            print(stderr,
                  safe(why.isEmpty()
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
    if (section >= 0)
        window.goToSection(section);
    if (!options.milestone.isEmpty())
        window.activateMilestone(options.milestone);
    window.show();
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
