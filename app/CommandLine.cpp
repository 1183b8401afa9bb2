#include "app/CommandLine.h"

#include "core/MediaTime.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

namespace hope::app {

using namespace core;

namespace {

bool needsEscape(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 ||
           (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

}  // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads the article \"Hope lights us up\" (希望是光,希望有你), or another bundle."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Read in this language: zh or en."),
                                  tr("language"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     tr("Open at this section, by index or id."), tr("section"));
    const QCommandLineOption list(QStringLiteral("list-sections"),
                                  tr("Print the sections (index, id, heading) and exit."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Render the window at its default size to this PNG file and exit."), tr("file"));
    const QCommandLineOption listMilestones(QStringLiteral("list-milestones"),
                                            tr("Print the milestones (id, date, title) and exit."));
    const QCommandLineOption milestone(
        QStringLiteral("milestone"),
        tr("Open with this milestone selected and its paragraph in view."), tr("id"));
    const QCommandLineOption listChapters(QStringLiteral("list-chapters"),
                                          tr("Print the clip's chapters (start, title) and exit."));
    const QCommandLineOption pinyin(
        QStringLiteral("pinyin"),
        tr("Print each Chinese text's id (title, headings, paragraphs) and its pinyin, and exit."));
    const QCommandLineOption play(QStringLiteral("play"), tr("Start playing the clip on launch."));
    const QCommandLineOption seek(
        QStringLiteral("seek"),
        tr("Start the clip at this time (with --screenshot, show that frame)."), tr("mm:ss"));
    const QCommandLineOption exportAudio(
        QStringLiteral("export-audio"),
        tr("Read the article (or --section) aloud in the reading language into this WAV file "
           "and exit."),
        tr("file"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        tr("Open the window at this size for this run (with --screenshot, the picture's size)."),
        tr("WxH"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        tr("Show the reader in this theme for this run: light, sepia, dark or system."),
        tr("theme"));

    const QCommandLineOption layout(
        QStringLiteral("layout"),
        tr("Lay the article out for this run: zh, en, parallel (side by side) or interleaved."),
        tr("layout"));
    const QCommandLineOption script(
        QStringLiteral("script"),
        tr("Show the Chinese for this run in Simplified (hans, as published) or Traditional "
           "characters with Taiwan's (hant-tw) or Hong Kong's (hant-hk) words."),
        tr("script"));
    const QCommandLineOption exportPdf(
        QStringLiteral("export-pdf"),
        tr("Typeset the article in the reading layout into this PDF file and exit."), tr("file"));
    const QCommandLineOption exportNotes(
        QStringLiteral("export-notes"),
        tr("Write your highlights, notes and bookmarks on the article as Markdown into this file "
           "and exit."),
        tr("file"));
    const QCommandLineOption exportVocabulary(
        QStringLiteral("export-vocabulary"),
        tr("Write the words you kept from the lookup card as a tab-separated file that Anki "
           "imports into this file and exit."),
        tr("file"));
    const QCommandLineOption spokenTones(
        QStringLiteral("spoken-tones"),
        tr("With --pinyin, write 一 and 不 in the tones they are spoken in (yí gè, búduàn)."));
    const QCommandLineOption paper(
        QStringLiteral("paper"),
        tr("With --export-pdf, the paper: a4 or letter (else the one of your locale)."),
        tr("paper"));
    parser.addOptions({lang,        section,          list,   listMilestones,
                       milestone,   listChapters,     pinyin, play,
                       seek,        screenshot,       size,   theme,
                       exportAudio, layout,           script, exportPdf,
                       exportNotes, exportVocabulary, paper,  spokenTones});
    parser.addPositionalArgument(tr("bundle"), tr("An article bundle file to open (JSON)."),
                                 tr("[bundle]"));

    Result result;
    if (!parser.parse(arguments)) {
        result.err = parser.errorText() + u'\n';
        result.exitCode = 2;
        return result;
    }
    // --help-all comes with addHelpOption(); the Qt options it would add are
    // not the reader's to document, so it prints the same help.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        result.out = parser.helpText();
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        result.out = QCoreApplication::applicationName() + u' ' +
                     QCoreApplication::applicationVersion() + u'\n';
        result.exitCode = 0;
        return result;
    }
    CommandLineOptions &o = result.options;
    if (parser.isSet(lang)) {
        o.language = languageFromCode(parser.value(lang));
        if (!o.language) {
            result.err =
                tr("Unknown language \"%1\": use zh or en.").arg(parser.value(lang)) + u'\n';
            result.exitCode = 2;
            return result;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.err = tr("Only one bundle can be opened at a time.") + u'\n';
        result.exitCode = 2;
        return result;
    }
    o.bundlePath = positional.value(0);
    o.section = parser.value(section);
    o.listSections = parser.isSet(list);
    o.listMilestones = parser.isSet(listMilestones);
    o.listChapters = parser.isSet(listChapters);
    o.pinyin = parser.isSet(pinyin);
    o.spokenTones = parser.isSet(spokenTones);
    o.play = parser.isSet(play);
    if (parser.isSet(seek)) {
        const auto ms = MediaTime::parse(parser.value(seek));
        if (!ms) {
            result.err =
                tr("\"%1\" is not a time: use mm:ss, for example 00:15.").arg(parser.value(seek)) +
                u'\n';
            result.exitCode = 2;
            return result;
        }
        o.seekMs = *ms;
    }
    if (parser.isSet(size)) {
        o.windowSize = parseSize(parser.value(size));
        if (!o.windowSize.isValid()) {
            result.err = tr("\"%1\" is not a window size: use WxH, each side from %2 to %3 "
                            "pixels, for example 1280x800.")
                             .arg(terminalSafe(parser.value(size)))
                             .arg(kMinSide)
                             .arg(kMaxSide) +
                         u'\n';
            result.exitCode = 2;
            return result;
        }
    }
    if (parser.isSet(theme)) {
        o.theme = themeFromCode(parser.value(theme));
        if (!o.theme) {
            result.err = tr("Unknown theme \"%1\": use light, sepia, dark or system.")
                             .arg(terminalSafe(parser.value(theme))) +
                         u'\n';
            result.exitCode = 2;
            return result;
        }
    }
    if (parser.isSet(layout)) {
        o.layout = readingLayoutFromName(parser.value(layout));
        if (!o.layout) {
            result.err = tr("Unknown layout \"%1\": use zh, en, parallel or interleaved.")
                             .arg(terminalSafe(parser.value(layout))) +
                         u'\n';
            result.exitCode = 2;
            return result;
        }
    }
    if (parser.isSet(script)) {
        o.script = core::scriptFromCode(parser.value(script));
        if (!o.script) {
            result.err = tr("Unknown script \"%1\": use hans, hant-tw or hant-hk.")
                             .arg(terminalSafe(parser.value(script))) +
                         u'\n';
            result.exitCode = 2;
            return result;
        }
    }
    if (parser.isSet(paper)) {
        const QString name = parser.value(paper).toLower();
        if (name == u"a4")
            o.paper = QPageSize::A4;
        else if (name == u"letter")
            o.paper = QPageSize::Letter;
        else {
            result.err = tr("Unknown paper \"%1\": use a4 or letter.")
                             .arg(terminalSafe(parser.value(paper))) +
                         u'\n';
            result.exitCode = 2;
            return result;
        }
    }
    o.exportPdfPath = parser.value(exportPdf);
    o.exportNotesPath = parser.value(exportNotes);
    o.exportVocabularyPath = parser.value(exportVocabulary);
    o.milestone = parser.value(milestone);
    o.screenshotPath = parser.value(screenshot);
    o.exportAudioPath = parser.value(exportAudio);
    return result;
}

QSize CommandLine::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,5})[xX]([0-9]{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    const auto inBounds = [](int side) {
        return side >= kMinSide && side <= kMaxSide;
    };
    return inBounds(width) && inBounds(height) ? QSize(width, height) : QSize();
}

QString CommandLine::terminalSafe(const QString &text)
{
    // Nearly every string is clean; give it back without a copy.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsEscape(u))
            out += c;
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u <= 0xff)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QChar(u'0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QChar(u'0'));
    }
    return out;
}

QString CommandLine::errorLines(const QStringList &errors, qsizetype omitted)
{
    QString out;
    const qsizetype shown = std::min<qsizetype>(errors.size(), kMaxErrorLines);
    for (qsizetype i = 0; i < shown; ++i) out += terminalSafe(errors.at(i)) + u'\n';
    const qsizetype hidden = errors.size() - shown + omitted;
    if (hidden > 0)
        out += tr("…and %n more not shown.", nullptr, int(hidden)) + u'\n';
    return out;
}

}  // namespace hope::app
