#pragma once

#include "core/ReaderPalette.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace hope::ui {

class SeekSlider;

// The clip's control bar. It only asks (play, seek, volume...); whoever
// owns the player answers, and tells it what is so with the setters.
class ClipControls final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipControls(QWidget *parent = nullptr);

    void setFocusRingColour(const QColor &colour);
    // Full screen: dark and translucent over the picture, with a chapter
    // menu; docked: the panel's bar.
    void setOverlay(bool on, const core::ReaderPalette &colours);
    void setChapters(const QList<QPair<qint64, QString>> &chapters);
    void setPlaying(bool playing);
    // Ignored while the user drags the seek bar.
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);
    void setChapterStarts(const QList<qint64> &startsMs);
    // Linear volume, 0..1; the slider shows it on a logarithmic scale.
    void setVolume(float linear);
    void setMuted(bool muted);
    void setCaptionsOn(bool on);
    // One step slower (-1) or faster (+1) on the speed box's scale.
    void stepRate(int direction);
    void resetRate();
    // Where the frame on screen belongs: paused, the time is shown to
    // the millisecond of that frame; -1: none.
    void setFrameTime(qint64 ms);
    // Whether a line repeats (the repeat button's state).
    void setRepeating(bool on);
    [[nodiscard]] bool isRepeating() const;
    // Why there is no sound (no audio device), or empty: the sound
    // controls say it (they still work, for when a device comes).
    void setNoSoundReason(const QString &reason);
    [[nodiscard]] QString noSoundReason() const { return m_noSound; }
    [[nodiscard]] QString timeText() const;

    [[nodiscard]] float volume() const;
    [[nodiscard]] bool isMuted() const;
    [[nodiscard]] bool captionsOn() const;
    [[nodiscard]] qreal rate() const;
    [[nodiscard]] SeekSlider *seekSlider() const { return m_seek; }
    // What the mute and captions buttons are now, in words ("Sound off").
    [[nodiscard]] QString muteText() const;
    [[nodiscard]] QString captionsText() const;
    // The speed, in words ("Playback speed: 1.5 times").
    [[nodiscard]] QString rateText() const;
    [[nodiscard]] QString repeatText() const;

signals:
    void playPauseRequested();
    void seekRequested(qint64 ms);
    void volumeChanged(float linear);
    void mutedChanged(bool muted);
    void rateChanged(qreal rate);
    // The reader chose a speed in the box (with the list or its keys).
    void rateChosen();
    void captionsToggled(bool on);
    // The reader pressed the repeat button.
    void repeatToggled(bool on);
    void fullscreenRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QColor m_focusRing = core::ReaderPalette::light().focusRing;
    void retranslateUi();
    void fitToWidth();
    [[nodiscard]] QSize minimumSizeHint() const override;
    void updateTime();
    void updateIcons();

    QToolButton *m_play = nullptr;
    SeekSlider *m_seek = nullptr;
    QLabel *m_time = nullptr;
    QToolButton *m_mute = nullptr;
    QSlider *m_volume = nullptr;
    QComboBox *m_rate = nullptr;
    QToolButton *m_captions = nullptr;
    QToolButton *m_repeat = nullptr;
    QToolButton *m_fullscreen = nullptr;
    QToolButton *m_chapterMenu = nullptr;
    // The buttons sit in one row, or in two on a narrow panel.
    QBoxLayout *m_mainRow = nullptr;
    QBoxLayout *m_secondRow = nullptr;
    bool m_twoRows = false;
    qint64 m_duration = 0;
    qint64 m_frameTime = -1;
    QString m_noSound;
    bool m_playing = false;
    // The icons' colour over the picture in full screen; invalid: the palette's.
    QColor m_iconInk;
};

}  // namespace hope::ui
