#pragma once

#include "core/ClipKeyMap.h"

#include "core/Article.h"
#include "core/ClipPreferences.h"
#include "ui/CaptionPainter.h"
#include "ui/ClipPlayback.h"
#include "ui/MultimediaProbe.h"

#include <QFrame>

class QLabel;
class QListView;
class QScrollArea;

namespace hope::core {
class ChapterModel;
class ClipSession;
class ReadingSession;
class TranscriptModel;
}  // namespace hope::core

namespace hope::core {
struct ReaderPalette;
}  // namespace hope::core

namespace hope::ui {

class ChapterListView;
class ClipControls;
class ClipPlayerHost;
class ClipStage;
class PlayerLoader;
class TranscriptView;
class VideoView;

// The clip, its chapters and captions: composes the picture and controls
// (ClipStage) and the chapter list around a ClipSession, and makes a
// player from the player module when the reader first plays. Until then it
// shows the poster, title, length and description, and starts no
// multimedia at all.
class ClipPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ClipPanel(const MultimediaProbe &probe = MultimediaProbe::system(),
                       QWidget *parent = nullptr);
    ~ClipPanel() override;

    // The session's clip in its language from now on.
    void follow(const core::ReadingSession *session);
    void setClip(const core::ClipInfo &clip, core::Language language);
    // The same clip, its titles and captions in another script; playing on.
    void setClipTexts(const core::ClipInfo &clip);
    void setLanguage(core::Language language);
    void setColours(const core::ReaderPalette &colours);
    void setPreferences(const core::ClipPreferences &preferences);
    [[nodiscard]] core::ClipPreferences preferences() const;
    // Where the player module comes from (tests give one of their own).
    void setPlayerLoader(PlayerLoader *loader);

    void play();
    void pause();
    void togglePlay();
    void seekTo(qint64 ms);
    void playChapter(const QString &chapterId);
    // Loads the clip and shows the frame at ms, paused.
    void showFrameAt(qint64 ms);
    void setFullscreen(bool on);
    [[nodiscard]] bool isFullscreen() const;
    // Shows the frame one before (-1) or after (+1) the one on screen,
    // paused, as mpv's , and . do.
    void stepFrame(int direction);
    // Saves the frame on screen as a PNG in the folder (the Pictures folder
    // unless set), with the caption over it if asked; says where, or why
    // not. Returns the file written, or empty.
    QString saveFrame(bool withCaptions);
    void setSnapshotFolder(const QString &folder) { m_snapshotFolder = folder; }
    // Repeats the caption line playing until toggled again or Escape.
    void toggleRepeat();
    // Plays one line again and again (the transcript's "Repeat This Line").
    void repeatCue(int row);
    // Both languages' lines in the transcript, for a bilingual layout.
    void setPairedTranscript(bool paired);
    void setPauseAfterCue(bool on);
    void setCaptionSize(core::CaptionSize size);
    // The other language's line under each caption.
    void setBothLanguages(bool on);
    [[nodiscard]] bool pausesAfterCue() const;
    [[nodiscard]] TranscriptView *transcriptView() const { return m_transcriptView; }

    // Whether multimedia was started (a player exists).
    [[nodiscard]] bool hasPlayer() const { return player() != nullptr; }
    [[nodiscard]] ClipPlayback *player() const;
    [[nodiscard]] const core::ClipSession &session() const { return *m_session; }
    [[nodiscard]] VideoView *videoView() const { return m_video; }
    [[nodiscard]] ClipControls *controls() const { return m_controls; }
    [[nodiscard]] QListView *chapterList() const;
    // What went wrong with the clip, in the interface language; empty
    // while it plays or has not been tried.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] int currentChapter() const;
    [[nodiscard]] QString currentChapterId() const;
    [[nodiscard]] qint64 position() const;
    // Where in the clip the frame on screen belongs; -1 before any frame.
    [[nodiscard]] qint64 frameTime() const;
    // Where the frame on screen starts (frameTime() is a seek's time when
    // the seek landed inside it); -1 before any frame.
    [[nodiscard]] qint64 frameStart() const;
    // Whether the frame asked for by showFrameAt is still awaited; once it
    // has come nothing will say it is missing.
    [[nodiscard]] bool isWaitingForFrame() const;

signals:
    // The chapter now playing (empty: before the first), so the article
    // can mark its paragraphs.
    void chapterChanged(const QString &chapterId);
    // The clip started or stopped playing (so that reading aloud, say,
    // does not talk over it).
    void playingChanged(bool playing);
    // A status to be spoken: why the clip cannot play, a key's toggle.
    void announcement(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool ensurePlayer();
    void onProblemChanged();
    void updateStatus();
    void changeVolume(float delta);
    void updateCaption();
    [[nodiscard]] CaptionText captionNow() const;
    void retranslateUi();
    // Sets the clip's texts in the reading language's face.
    void applyFonts();
    bool handleKey(QKeyEvent *event);
    void perform(core::ClipCommand command);
    void showMenu(const QPoint &globalPos);

    core::ClipSession *m_session = nullptr;
    ClipPlayerHost *m_player = nullptr;
    core::ClipPreferences m_preferences;
    core::ChapterModel *m_chapters = nullptr;
    ClipStage *m_stage = nullptr;
    VideoView *m_video = nullptr;
    ClipControls *m_controls = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_description = nullptr;
    ChapterListView *m_chapterList = nullptr;
    core::TranscriptModel *m_transcript = nullptr;
    QLabel *m_chaptersHeading = nullptr;
    QLabel *m_transcriptHeading = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    QString m_snapshotFolder;
    // Where the last frame step went, while its frame is awaited: a
    // second press steps on from there, not from the old frame again.
    qint64 m_stepTarget = -1;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    // Whether the next start or stop of playing was the reader's own
    // toggle, to be said.
    bool m_sayPlayState = false;
};

}  // namespace hope::ui
