#pragma once

#include "core/Article.h"
#include "core/ClipProblem.h"
#include "core/CueLoop.h"

#include <QObject>

namespace hope::core {

// The clip as a session of watching it, with no widget and no player in
// it: what the player is doing as far as it has said, where in the clip
// the reader is, the chapter and caption there, the rules for seeking, and
// why the clip does not play. Views and the player only report and ask.
class ClipSession final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kSeekStepMs = 5000;
    // Back within this much of a chapter's start goes to the one before.
    static constexpr qint64 kChapterRestartMs = 3000;
    // An end this long before the clip's length is not an end.
    static constexpr qint64 kCutShortMs = 2000;
    // Back within this much of a line's start goes to the line before.
    static constexpr qint64 kCueRestartMs = 1500;
    // Reports further apart than this are a seek, not playing on.
    static constexpr qint64 kPlayedOnMs = 1000;

    explicit ClipSession(QObject *parent = nullptr);

    void setClip(const ClipInfo &clip, Language language);
    void setLanguage(Language language);
    // The same clip with its titles and captions in another script: what
    // plays, where, and the line repeating stay.
    void setClipTexts(const ClipInfo &clip);
    [[nodiscard]] const ClipInfo &clip() const { return m_clip; }
    [[nodiscard]] Language language() const { return m_language; }

    // The player, as it has reported itself.
    void playerStarted();
    void playerReleased();
    // Loaded and seekable: only then does a seek reach it.
    void setPlayerReady(bool ready);
    void setPlaying(bool playing);
    void setMediaDuration(qint64 ms);
    void playerPositionChanged(qint64 ms);
    // The end came: an end, or, well before the length, a file cut short.
    void playerEnded();
    // What Play does first: from the start again after the end.
    void rewindIfEnded();
    [[nodiscard]] bool hasPlayer() const { return m_hasPlayer; }
    [[nodiscard]] bool isPlayerReady() const { return m_ready; }
    [[nodiscard]] bool isPlaying() const { return m_playing; }
    [[nodiscard]] bool hasEnded() const { return m_ended; }
    // The media's own length once known, else the bundle's.
    [[nodiscard]] qint64 duration() const;

    // Seeking: clamped to the clip, held until the player can take it.
    void seek(qint64 ms);
    // Where the reader was last time; only before a player exists, and
    // marks no chapter, as nothing plays yet.
    void restorePosition(qint64 ms);
    void step(int direction);
    void nextChapter();
    void previousChapter();
    // Whether there is such a chapter; seeks to its start if so.
    bool seekToChapter(const QString &chapterId);
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 pendingSeek() const { return m_pendingSeek; }

    [[nodiscard]] int currentChapter() const { return m_chapter; }
    // Empty before the first chapter.
    [[nodiscard]] QString currentChapterId() const;
    // The caption at the position, in the reading language.
    [[nodiscard]] QString caption() const;

    // The caption line the reader is on (the last to have started), in
    // the reading language; -1 before the first.
    [[nodiscard]] int currentCue() const { return m_cue; }
    // Seeks to a line's start; while a line repeats, the new line repeats.
    bool seekToCue(int index);
    void previousCue();
    void nextCue();
    // Repeats the current line (an A-B loop on its times) until stopped
    // or the reader seeks elsewhere; false if there is no line to repeat.
    bool startRepeat();
    void stopRepeat();
    [[nodiscard]] bool isRepeating() const { return m_loop.isActive(); }
    [[nodiscard]] const CueLoop &loop() const { return m_loop; }
    // Pauses when a line has been played to its end.
    void setPauseAfterCue(bool on) { m_pauseAfterCue = on; }
    [[nodiscard]] bool pausesAfterCue() const { return m_pauseAfterCue; }

    [[nodiscard]] const ClipProblem &problem() const { return m_problem; }
    // One message, not a cascade: a problem already said stays.
    void setProblem(const ClipProblem &problem);
    void clearProblem();

    // Why the clip cannot start, from what was found before any player
    // exists; None if it may.
    [[nodiscard]] static ClipProblem diagnoseStart(const ClipFacts &facts);
    // Why it failed, from what was found and what the player said.
    [[nodiscard]] static ClipProblem diagnoseFailure(const ClipFacts &facts,
                                                     const PlayerReport &report);
    [[nodiscard]] static ClipProblem diagnoseEnd(qint64 positionMs, qint64 lengthMs);
    // Whether a file starts like Matroska or WebM, MP4 or Ogg.
    [[nodiscard]] static bool looksLikeVideo(const QByteArray &head);

signals:
    void positionChanged(qint64 ms);
    // Empty when before the first chapter or with no clip.
    void chapterChanged(const QString &chapterId);
    void captionChanged(const QString &text);
    void cueChanged(int index);
    void repeatChanged(bool on);
    // A line ended while pausing after each line is on.
    void pauseRequested();
    // Where the player should go now.
    void seekRequested(qint64 ms);
    void problemChanged();

private:
    void moveTo(qint64 ms);
    void applyPendingSeek();
    // Seeks without ending a repeat (the repeat's own jumps).
    void seekWithin(qint64 ms);
    [[nodiscard]] const CaptionTrack &track() const;

    ClipInfo m_clip;
    Language m_language = Language::Chinese;
    ClipProblem m_problem;
    bool m_hasPlayer = false;
    bool m_ready = false;
    bool m_playing = false;
    bool m_ended = false;
    qint64 m_mediaDuration = 0;
    qint64 m_position = 0;
    qint64 m_pendingSeek = -1;
    int m_chapter = -1;
    int m_cue = -1;
    QString m_caption;
    CueLoop m_loop;
    bool m_pauseAfterCue = false;
};

}  // namespace hope::core
