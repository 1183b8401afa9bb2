#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace hope::core {

struct CaptionCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;  // plain text; WebVTT's own tags are removed
};

// Captions from a WebVTT file, and which of them show at a given time.
class CaptionTrack final
{
public:
    struct ParseResult;

    // Errors name the line: "line 7: malformed timestamp "00:5.000"".
    [[nodiscard]] static ParseResult parse(const QString &webvtt);

    [[nodiscard]] const QList<CaptionCue> &cues() const { return m_cues; }
    // Every cue showing at ms (cues may overlap), in start order.
    [[nodiscard]] QList<CaptionCue> cuesAt(qint64 ms) const;
    // The text to show at ms: the showing cues, one per line.
    [[nodiscard]] QString textAt(qint64 ms) const;
    // When the next cue after ms starts, or -1.
    [[nodiscard]] qint64 nextCueStart(qint64 ms) const;
    // The cue a listener is on at ms: the last one to have started, so
    // the line stays marked in the pause before the next; -1 before the
    // first.
    [[nodiscard]] int cueIndexAt(qint64 ms) const;
    // The first cue that ends in (afterMs, uptoMs]: one a clip playing
    // from afterMs to uptoMs has just finished. -1 if none.
    [[nodiscard]] int cueEndingIn(qint64 afterMs, qint64 uptoMs) const;
    [[nodiscard]] bool isEmpty() const { return m_cues.isEmpty(); }
    // The same cues at the same times with their text rewritten (into
    // another script).
    [[nodiscard]] CaptionTrack withTexts(
        const std::function<QString(const QString &)> &rewrite) const;

private:
    QList<CaptionCue> m_cues;  // by start time
};

struct CaptionTrack::ParseResult
{
    CaptionTrack track;
    QStringList errors;
};

}  // namespace hope::core
