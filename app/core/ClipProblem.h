#pragma once

#include <QString>
#include <QStringList>

namespace hope::core {

// What a player says went wrong, in the domain's own words, so that
// neither the domain nor the widgets need Qt Multimedia to hear it.
enum class PlayerError {
    None,
    Resource,
    Format,  // Qt 6.4 says this only for GStreamer's "codec not found"
    Network,
    AccessDenied,
    Other,
};

// Why the clip does not play. A value: the words are chosen where it is
// shown, in the language of that moment.
struct ClipProblem
{
    enum class Kind {
        None,
        MissingFile,
        Refused,
        NoPlayerModule,
        // Qt's backend is not installed; detail: the QT_MEDIA_BACKEND asked
        // for, when it names one that is not.
        NoBackend,
        // GStreamer cannot make the elements every clip plays through;
        // missing: their names (or why GStreamer does not start).
        BrokenGStreamer,
        MissingPlugins,
        NoDecoder,
        NotShown,
        StoppedPartway,
        CutShort,
        NotAVideo,
        NoPictureAt,
    };

    // Not explicit: a problem is written as {kind, detail, ...} where made.
    ClipProblem(Kind k = Kind::None, QString d = {}, QStringList m = {}, qint64 at = 0,
                qint64 length = 0)
        : kind(k), detail(std::move(d)), missing(std::move(m)), atMs(at), lengthMs(length)
    {}

    Kind kind = Kind::None;
    // What the player, the file check or the module loader said.
    QString detail;
    // Missing packages (MissingPlugins) or decoders (NoDecoder).
    QStringList missing;
    qint64 atMs = 0;
    qint64 lengthMs = 0;

    [[nodiscard]] bool isNone() const { return kind == Kind::None; }
    friend bool operator==(const ClipProblem &a, const ClipProblem &b)
    {
        return a.kind == b.kind && a.detail == b.detail && a.missing == b.missing &&
               a.atMs == b.atMs && a.lengthMs == b.lengthMs;
    }
    friend bool operator!=(const ClipProblem &a, const ClipProblem &b) { return !(a == b); }
};

// What was found out about the clip's file and the machine, by looking at
// files only; gathered by whoever may do I/O, judged by ClipSession.
struct ClipFacts
{
    bool fileExists = true;
    // Why the file may not go to a player (BundleFile::check), or empty.
    QString refusal;
    // Whether it starts like a container GStreamer knows.
    bool looksLikeVideo = true;
    bool backend = true;
    // QT_MEDIA_BACKEND, when it names a backend that is not installed (Qt
    // would end the process at the first player).
    QString unknownBackend;
    // Why the player module did not load, or empty.
    QString moduleError;
    QStringList missingPackages;
    // What GStreamer's discoverer found missing for this file.
    QStringList missingDecoders;
};

// What the player said when it failed.
struct PlayerReport
{
    PlayerError error = PlayerError::None;
    QString detail;
    // Whether any picture of the clip had reached the screen.
    bool frameShown = false;
    qint64 positionMs = 0;
};

}  // namespace hope::core
