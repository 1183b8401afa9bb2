#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct CommandLineOptions
{
    QString bundlePath;
    std::optional<Language> language;
    // A section index or id, resolved once the article is loaded.
    QString section;
    bool listSections = false;
    bool listMilestones = false;
    bool listChapters = false;
    bool play = false;
    // Where to start the clip, in ms; -1 when not given.
    qint64 seekMs = -1;
    QString milestone;
    QString screenshotPath;
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
};
