#pragma once

#include "core/Article.h"
#include "core/ClipPreferences.h"
#include "ui/MultimediaProbe.h"

#include <QFrame>
#include <QMediaPlayer>
#include <QPointer>

class QLabel;
class QListView;
class QScrollArea;
class QTimer;

namespace hope::core {
class ChapterModel;
}  // namespace hope::core

namespace hope::ui {

class ClipControls;
class ClipPlayer;
class VideoView;

// The clip, its chapters and captions. Until the reader first plays it
// shows the poster, title, length and description, and starts no
// multimedia at all; the player is made on demand.
class ClipPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ClipPanel(const MultimediaProbe &probe = MultimediaProbe::system(),
                       QWidget *parent = nullptr);
    ~ClipPanel() override;

    void setClip(const core::ClipInfo &clip, core::Language language);
    void setLanguage(core::Language language);
    void setPreferences(const core::ClipPreferences &preferences);
    [[nodiscard]] core::ClipPreferences preferences() const;

    void play();
    void pause();
    void togglePlay();
    void seekTo(qint64 ms);
    void playChapter(int index);
    void nextChapter();
    void previousChapter();
    // Loads the clip and shows the frame at ms, paused.
    void showFrameAt(qint64 ms);
    void setFullscreen(bool on);
    [[nodiscard]] bool isFullscreen() const;

    // Whether multimedia was started (a player exists).
    [[nodiscard]] bool hasPlayer() const { return m_player != nullptr; }
    [[nodiscard]] ClipPlayer *player() const { return m_player; }
    [[nodiscard]] VideoView *videoView() const { return m_video; }
    [[nodiscard]] ClipControls *controls() const { return m_controls; }
    [[nodiscard]] QListView *chapterList() const { return m_chapterList; }
    // What went wrong with the clip, in the interface language; empty
    // while it plays or has not been tried.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] int currentChapter() const { return m_currentChapter; }
    [[nodiscard]] qint64 position() const;
    // Where in the clip the frame on screen belongs; -1 before any frame.
    [[nodiscard]] qint64 frameTime() const { return m_frameTime; }

signals:
    // The chapter now playing (-1: before the first), so the article can
    // mark its paragraphs.
    void chapterChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Why the clip does not play; rendered in the interface language
    // whenever it is shown, so a language switch changes it at once.
    enum class Problem {
        None,
        MissingFile,
        NoBackend,
        MissingPlugins,
        NoDecoder,
        NotShown,
        StoppedPartway,
        CutShort,
        NotAVideo,
        Refused,
        NoPictureAt,
    };

    bool ensurePlayer();
    void showProblem(Problem problem, const QString &detail = {});
    void clearProblem();
    void updateStatus();
    [[nodiscard]] QString problemText() const;
    // The clip as a person knows it: its title when it comes with the
    // reader, its file name when it comes from a bundle on disk.
    [[nodiscard]] QString clipName() const;
    void onFailed(QMediaPlayer::Error error, const QString &detail);
    void onPosition(qint64 ms);
    void onEnded();
    void releasePlayer();
    void changeVolume(float delta);
    void updateCaption(qint64 ms);
    void updateChapter(qint64 ms);
    void retranslateUi();
    bool handleKey(QKeyEvent *event);
    // Full screen: the control bar and the pointer step aside while the
    // pointer rests, and come back when it moves or a key is pressed.
    void wakeControls();
    void restControls();
    [[nodiscard]] QUrl sourceUrl() const;

    MultimediaProbe m_probe;
    core::ClipInfo m_clip;
    core::Language m_language = core::Language::Chinese;
    core::ClipPreferences m_preferences;
    ClipPlayer *m_player = nullptr;
    core::ChapterModel *m_chapters = nullptr;
    QWidget *m_stage = nullptr;
    VideoView *m_video = nullptr;
    ClipControls *m_controls = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_description = nullptr;
    QListView *m_chapterList = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_fullscreenWindow = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_restTimer = nullptr;
    QTimer *m_frameWait = nullptr;
    qint64 m_frameWanted = -1;  // a paused seek's time, until its frame shows
    // Who had the keys before full screen, to have them again after.
    QPointer<QWidget> m_focusBeforeFullscreen;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
    QStringList m_missingDecoders;
    qint64 m_problemAt = 0;
    qint64 m_problemLength = 0;
    bool m_noAudioDevice = false;
    int m_currentChapter = -1;
    qint64 m_position = 0;
    qint64 m_frameTime = -1;
    bool m_ended = false;
};

}  // namespace hope::ui
