#pragma once

#include "core/Article.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hope::app {

// --export-audio: the article, or one section of it, read aloud into a WAV
// file in one language.
class AudioExport final
{
    Q_DECLARE_TR_FUNCTIONS(AudioExport)

public:
    // Silence between headings and paragraphs, beyond espeak-ng's own
    // pause at a full stop, so the ear hears where a paragraph ends.
    static constexpr int kPauseMs = 600;

    struct Result
    {
        // Empty on success, else what went wrong and what to install.
        QString error;
        qint64 durationMs = 0;
    };

    // What is read, in order: the title (whole article only), then each
    // section's heading and paragraphs; figures are left out. section is
    // an index, or -1 for all.
    [[nodiscard]] static QStringList texts(const core::Article &article, int section,
                                           core::Language language);
    [[nodiscard]] static Result write(const core::Article &article, int section,
                                      core::Language language, const QString &path,
                                      double speed = 1.0);
};

}  // namespace hope::app
