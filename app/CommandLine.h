#pragma once

#include "core/ChineseScript.h"
#include "core/Language.h"
#include "core/ReaderPalette.h"
#include "core/ReadingLayout.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace hope::app {

struct CommandLineOptions
{
    QString bundlePath;
    std::optional<core::Language> language;
    // A section index or id, resolved once the article is loaded.
    QString section;
    bool listSections = false;
    bool listMilestones = false;
    bool listChapters = false;
    // Print each paragraph's Chinese as tone-marked pinyin and exit.
    bool pinyin = false;
    // With pinyin: 一 and 不 as spoken.
    bool spokenTones = false;
    bool play = false;
    // Where to start the clip, in ms; -1 when not given.
    qint64 seekMs = -1;
    QString milestone;
    QString screenshotPath;
    // --theme: the colours for this run; the remembered theme is kept.
    std::optional<core::ReaderTheme> theme;
    // --size: the window's size for this run; invalid when not given.
    QSize windowSize;
    // Read the article (or --section) aloud into this WAV file and exit.
    QString exportAudioPath;
    // --layout: the reading layout for this run, not remembered.
    std::optional<core::ReadingLayout> layout;
    // --script: the Chinese script for this run, not remembered.
    std::optional<core::ChineseScript> script;
    // Typeset the article in the layout into this PDF file and exit.
    QString exportPdfPath;
    QString exportNotesPath;
    QString exportVocabularyPath;
    // --paper: the PDF's paper; the locale's when not given.
    std::optional<QPageSize::PageSizeId> paper;
};

// hope-reader [options] [bundle]
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        CommandLineOptions options;
        // Set when the program should exit at once (help, version, errors).
        std::optional<int> exitCode;
        QString out;
        QString err;
    };

    [[nodiscard]] static Result parse(const QStringList &arguments);

    // What --size accepts on each side, in pixels; the window's own minimum
    // still applies to a real window.
    static constexpr int kMinSide = 200;
    static constexpr int kMaxSide = 8192;
    // "1280x800" to a size; invalid unless both sides are within bounds.
    [[nodiscard]] static QSize parseSize(const QString &text);

    // A bundle's problems as stderr shows them: a stranger's bundle could
    // otherwise bury the first (most telling) ones under thousands more.
    static constexpr int kMaxErrorLines = 20;

    // Text from a bundle made safe for one field of one terminal line:
    // control characters (C0, DEL, C1), line and paragraph separators and
    // bidi overrides become visible escapes ("\x1b", "\n", "\u202e"),
    // so a bundle cannot retitle or clear the terminal, forge lines or
    // fields, or reorder what is shown. Everything else is kept as it is.
    [[nodiscard]] static QString terminalSafe(const QString &text);
    // The first kMaxErrorLines problems, each made terminal-safe on a line
    // of its own, then a line saying how many more there were.
    [[nodiscard]] static QString errorLines(const QStringList &errors, qsizetype omitted = 0);
};

}  // namespace hope::app
