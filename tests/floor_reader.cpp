// The floor for scripts/bench-startup: the least a Qt Widgets program must
// do to show the article's text and write the same screenshot as
// `hope-reader --screenshot FILE`. Qt Widgets only, none of our libraries,
// so the reader's start-up can be measured against it as whole processes.
//
//   floor_reader --screenshot FILE [--lang zh|en] [--article JSON] [--fonts DIR]
//
// The defaults are the source tree's article and fonts. The reader's own
// steps it mirrors: the same CJK font subsets registered (the reader reads
// them from its resources, this from files), the same window size, the
// same processEvents() rounds before QWidget::grab(), the same PNG.
// Header-only, no library: the same stages as the reader prints with
// HOPE_STARTUP_TRACE=1, for comparison.
#include "../app/StartupTrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBrowser>

#include <cstdio>

namespace {

// MainWindow::kDefaultSize; a copy, since the floor must not link the reader.
constexpr QSize kWindowSize{1280, 800};

QString escaped(const QJsonValue &text, const QString &language)
{
    return text.toObject().value(language).toString().toHtmlEscaped();
}

// Title, section numbers and headings, and paragraphs: the article's text
// as the reader shows it, without its links, frames and figure places.
QString articleHtml(const QJsonObject &article, const QString &language)
{
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(escaped(article.value(u"meta").toObject().value(u"title"), language));
    for (const QJsonValue &s : article.value(u"sections").toArray()) {
        const QJsonObject section = s.toObject();
        const QString number = section.value(u"number").toString().toHtmlEscaped();
        const QString heading = escaped(section.value(u"heading"), language);
        if (!number.isEmpty() || !heading.isEmpty())
            html += QStringLiteral("<h2>%1<br>%2</h2>").arg(number, heading);
        for (const QJsonValue &b : section.value(u"blocks").toArray()) {
            const QJsonObject block = b.toObject();
            if (block.value(u"type").toString() == u"paragraph")
                html += QStringLiteral("<p>%1</p>").arg(escaped(block.value(u"text"), language));
        }
    }
    return html;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "floor_reader: %s\n", qUtf8Printable(message));
    return 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    hope::app::StartupTrace::mark("main entered (load, relocate, init)");
    QApplication app(argc, argv);
    hope::app::StartupTrace::mark("QApplication");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows the article in a plain QTextBrowser and writes a screenshot."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("The PNG file to write."),
                                        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh or en."),
                                  QStringLiteral("language"), QStringLiteral("zh"));
    const QCommandLineOption articlePath(
        QStringLiteral("article"), QStringLiteral("The article bundle (JSON)."),
        QStringLiteral("file"),
        QStringLiteral(HOPE_SOURCE_DIR "/resources/article/hope-lights-us-up.json"));
    const QCommandLineOption fontDir(
        QStringLiteral("fonts"), QStringLiteral("The folder of the CJK font subsets."),
        QStringLiteral("dir"), QStringLiteral(HOPE_SOURCE_DIR "/resources/fonts"));
    parser.addOptions({screenshot, lang, articlePath, fontDir});
    parser.process(app);
    if (!parser.isSet(screenshot))
        return fail(QStringLiteral("--screenshot FILE is required"));

    // The files ui/EmbeddedFonts.cpp registers, in the same order.
    for (const char *name : {"NotoSerifCJKsc-Regular-subset.otf", "NotoSerifCJKsc-Bold-subset.otf",
                             "NotoSansCJKsc-Regular-subset.otf"}) {
        const QString path = parser.value(fontDir) + u'/' + QLatin1String(name);
        if (QFontDatabase::addApplicationFont(path) < 0)
            return fail(QStringLiteral("cannot load the font %1").arg(path));
    }
    QFont sans(QStringLiteral("Hope Sans CJK SC"));
    sans.setPixelSize(14);
    QApplication::setFont(sans);
    hope::app::StartupTrace::mark("fonts");

    QFile file(parser.value(articlePath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (!json.isObject())
        return fail(QStringLiteral("%1: %2").arg(file.fileName(), error.errorString()));
    hope::app::StartupTrace::mark("article read");

    QTextBrowser browser;
    QFont body(QStringLiteral("Hope Serif CJK SC"));
    body.setPixelSize(18);
    browser.document()->setDefaultFont(body);
    browser.setHtml(articleHtml(json.object(), parser.value(lang)));
    hope::app::StartupTrace::mark("text set");
    browser.resize(kWindowSize);
    browser.show();
    QCoreApplication::processEvents();
    hope::app::StartupTrace::mark("shown, first events");
    // As app/Launcher.cpp does before its grab.
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    hope::app::StartupTrace::mark("layout settled");
    const QPixmap shot = browser.grab();
    hope::app::StartupTrace::mark("grabbed");
    if (!shot.save(parser.value(screenshot), "PNG"))
        return fail(QStringLiteral("cannot write %1").arg(parser.value(screenshot)));
    hope::app::StartupTrace::mark("PNG written");
    std::printf("Screenshot written to %s\n", qUtf8Printable(parser.value(screenshot)));
    return 0;
}
