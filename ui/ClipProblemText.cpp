#include "ui/ClipProblemText.h"

#include "core/Article.h"
#include "core/MediaTime.h"

#include <QFileInfo>

namespace hope::ui {

using namespace core;

QString ClipProblemText::clipName(const ClipInfo &clip, Language language)
{
    if (clip.sourcePath.startsWith(u':'))
        return QStringLiteral("\u201c%1\u201d").arg(clip.title.in(language));
    return QFileInfo(clip.sourcePath).fileName();
}

QString ClipProblemText::describe(const ClipProblem &problem, const ClipInfo &clip,
                                  Language language)
{
    const QString name = clipName(clip, language);
    // The player's own words are GStreamer's, in English; they follow ours.
    const QString said =
        problem.detail.isEmpty() ? QString() : tr(" (The player said: %1)").arg(problem.detail);
    switch (problem.kind) {
        case ClipProblem::Kind::None:
            return {};
        case ClipProblem::Kind::MissingFile:
            return tr("The clip cannot be played: its file %1 is missing.").arg(name);
        case ClipProblem::Kind::NoPlayerModule:
            return tr("The clip cannot be played: the reader's player module could not be "
                      "loaded. Reinstall Hope Reader. (%1)")
                .arg(problem.detail);
        case ClipProblem::Kind::NoBackend:
            if (!problem.detail.isEmpty())
                return tr("The clip cannot be played: QT_MEDIA_BACKEND asks for the multimedia "
                          "backend \"%1\", which is not installed. Unset it, or set it to "
                          "gstreamer.")
                    .arg(problem.detail);
            return tr(
                "The clip cannot be played: Qt's multimedia backend is not installed. "
                "Install the package libqt6multimedia6 (with its GStreamer plugin).");
        case ClipProblem::Kind::BrokenGStreamer:
            return tr("The clip cannot be played: GStreamer cannot make the parts every clip "
                      "plays through (%1). Reinstall the packages libgstreamer1.0-0 and "
                      "gstreamer1.0-plugins-base.")
                .arg(problem.missing.join(QStringLiteral(", ")));
        case ClipProblem::Kind::MissingPlugins:
            return tr("The clip cannot be played: this machine cannot decode WebM video "
                      "(VP9 picture, Opus sound). Install %1.")
                .arg(problem.missing.join(QStringLiteral(", ")));
        case ClipProblem::Kind::NoDecoder:
            return tr("The clip %1 cannot be played: this machine has no decoder for its "
                      "picture or sound%2. gstreamer1.0-plugins-good decodes WebM (VP9, Opus); "
                      "other formats may need gstreamer1.0-plugins-bad, "
                      "gstreamer1.0-plugins-ugly or gstreamer1.0-libav.")
                .arg(name,
                     problem.missing.isEmpty()
                         ? QString()
                         : tr(" (missing: %1)").arg(problem.missing.join(QStringLiteral(", "))));
        case ClipProblem::Kind::NotShown:
            return tr("The clip %1 stopped before its first picture reached the screen. "
                      "Press Play to try again. If it keeps failing while other videos play on "
                      "this machine, the file may be damaged.")
                       .arg(name) +
                   said;
        case ClipProblem::Kind::StoppedPartway:
            return tr("The clip stopped at %1: %2 could not be read to the end; it may be "
                      "damaged.")
                       .arg(MediaTime::format(problem.atMs), name) +
                   said;
        case ClipProblem::Kind::CutShort:
            return tr("The clip stopped at %1 of %2: its file %3 is cut short or damaged.")
                .arg(MediaTime::format(problem.atMs), MediaTime::format(problem.lengthMs), name);
        case ClipProblem::Kind::NoPictureAt:
            return tr("The clip has no picture at %1: its file %2 may be cut short or damaged.")
                .arg(MediaTime::format(problem.atMs), name);
        case ClipProblem::Kind::Refused:
            return tr("The clip cannot be played: its file %1 %2.").arg(name, problem.detail);
        case ClipProblem::Kind::NotAVideo:
            return tr("The clip cannot be played: %1 is damaged or is not a video.").arg(name) +
                   said;
    }
    return {};
}

QString ClipProblemText::noAudioDevice()
{
    return tr("No audio device was found: the clip plays without sound.");
}

}  // namespace hope::ui
