#include "ui/ClipControls.h"

#include "core/MediaTime.h"
#include "ui/ComboBoxAccessible.h"
#include "ui/SeekSlider.h"
#include "ui/ThemedIcon.h"

#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace hope::ui {

using namespace core;

namespace {
constexpr qreal kRates[] = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
// A frame this near the bar's time is the one the bar stands on.
constexpr qint64 kFrameNearMs = 250;
// The focus ring: the reader's accent, at least 3:1 against the bar.

// QAudio::convertVolume's logarithmic scale, written out: the bar must not
// link Qt Multimedia, which is loaded only when the clip plays.
const double kLog100 = std::log(100.0);

float sliderToLinear(int value)
{
    const double v = std::max(0.0, value / 100.0);
    return v < 1.0 ? float(-std::log(1.0 - v) / kLog100) : 1.0f;
}

int linearToSlider(float linear)
{
    return qRound((1.0 - std::exp(-std::max(0.0f, linear) * kLog100)) * 100);
}
}  // namespace

ClipControls::ClipControls(QWidget *parent)
    : QWidget(parent),
      m_play(new QToolButton),
      m_seek(new SeekSlider),
      m_time(new QLabel),
      m_mute(new QToolButton),
      m_volume(new QSlider(Qt::Horizontal)),
      m_rate(new QComboBox),
      m_captions(new QToolButton),
      m_repeat(new QToolButton),
      m_fullscreen(new QToolButton),
      m_chapterMenu(new QToolButton)
{
    ComboBoxAccessible::install();
    setObjectName(QStringLiteral("clipControls"));
    // The bar is dark like the picture above it.
    setAttribute(Qt::WA_StyledBackground, true);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_rate->setObjectName(QStringLiteral("rateBox"));
    m_captions->setObjectName(QStringLiteral("captionsButton"));
    m_repeat->setObjectName(QStringLiteral("repeatButton"));
    m_fullscreen->setObjectName(QStringLiteral("fullscreenButton"));
    m_chapterMenu->setObjectName(QStringLiteral("chapterMenuButton"));
    m_chapterMenu->setPopupMode(QToolButton::InstantPopup);
    m_chapterMenu->setMenu(new QMenu(m_chapterMenu));
    m_chapterMenu->setAutoRaise(true);
    m_chapterMenu->setFocusPolicy(Qt::TabFocus);
    m_chapterMenu->installEventFilter(this);
    // Docked, the chapter list is beside the picture.
    m_chapterMenu->setVisible(false);
    // Tab reaches every control; a click does not take the focus from the
    // panel, whose keys (Space, arrows) drive the clip.
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_seek, m_repeat, m_captions, m_rate,
                                                       m_mute, m_volume, m_fullscreen}) {
        w->setFocusPolicy(Qt::TabFocus);
        w->installEventFilter(this);
    }
    for (QToolButton *b : {m_play, m_mute, m_repeat, m_captions, m_fullscreen})
        b->setAutoRaise(true);
    m_repeat->setCheckable(true);
    m_play->setIconSize(QSize(22, 22));
    m_mute->setCheckable(true);
    m_captions->setCheckable(true);
    m_captions->setChecked(true);
    m_captions->setText(QStringLiteral("CC"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(90);
    for (const qreal r : kRates) m_rate->addItem(QStringLiteral("%1×").arg(r), r);
    m_rate->setCurrentIndex(2);
    // Never narrower than its longest entry: an empty speed box says nothing.
    m_rate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rate->setMinimumWidth(m_rate->minimumSizeHint().width());
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setMinimumWidth(80);

    m_mainRow = new QHBoxLayout;
    m_mainRow->setContentsMargins(0, 0, 0, 0);
    m_mainRow->setSpacing(2);
    m_mainRow->addWidget(m_play);
    m_mainRow->addWidget(m_time);
    m_mainRow->addStretch(1);
    m_mainRow->addWidget(m_chapterMenu);
    m_mainRow->addWidget(m_repeat);
    m_mainRow->addWidget(m_captions);
    m_mainRow->addWidget(m_rate);
    m_mainRow->addWidget(m_mute);
    m_mainRow->addWidget(m_volume);
    m_mainRow->addWidget(m_fullscreen);
    m_secondRow = new QHBoxLayout;
    m_secondRow->setContentsMargins(0, 0, 0, 0);
    m_secondRow->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(0);
    layout->addWidget(m_seek);
    layout->addLayout(m_mainRow);
    layout->addLayout(m_secondRow);
    // Tab goes top to bottom, left to right, in one row or two.
    QWidget::setTabOrder(m_seek, m_play);
    QWidget::setTabOrder(m_play, m_chapterMenu);
    QWidget::setTabOrder(m_chapterMenu, m_repeat);
    QWidget::setTabOrder(m_repeat, m_captions);
    QWidget::setTabOrder(m_captions, m_rate);
    QWidget::setTabOrder(m_rate, m_mute);
    QWidget::setTabOrder(m_mute, m_volume);
    QWidget::setTabOrder(m_volume, m_fullscreen);

    connect(m_play, &QToolButton::clicked, this, &ClipControls::playPauseRequested);
    // Follow the user's drag; updates from the player wait until it ends.
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) {
        updateTime();
        emit seekRequested(value);
    });
    // Keys on the focused seek bar (arrows, Page Up/Down, Home, End) seek too.
    connect(m_seek, &QAbstractSlider::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderMove || action == QAbstractSlider::SliderNoAction)
            return;
        const int value = m_seek->sliderPosition();
        emit seekRequested(value);
    });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { emit volumeChanged(sliderToLinear(value)); });
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        updateIcons();
        retranslateUi();
        emit mutedChanged(muted);
    });
    connect(m_rate, &QComboBox::currentIndexChanged, this,
            [this] { emit rateChanged(m_rate->currentData().toReal()); });
    connect(m_rate, &QComboBox::activated, this, &ClipControls::rateChosen);
    connect(m_captions, &QToolButton::toggled, this, [this](bool on) {
        retranslateUi();
        emit captionsToggled(on);
    });
    connect(m_repeat, &QToolButton::clicked, this, &ClipControls::repeatToggled);
    connect(m_fullscreen, &QToolButton::clicked, this, &ClipControls::fullscreenRequested);
    setPlaying(false);
    retranslateUi();
}

void ClipControls::retranslateUi()
{
    // Names say what a control is for, in words (a toggle's state is its
    // checked state); tooltips add the keys, and so do the descriptions a
    // screen reader gives after the name.
    m_play->setToolTip(m_playing ? tr("Pause (Space, K)") : tr("Play (Space, K)"));
    m_play->setAccessibleName(m_playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleDescription(tr("Space or K plays and pauses."));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setToolTip(tr("Position (Left, Right: 5 s; Page Up, Page Down: chapters)"));
    m_seek->setAccessibleDescription(
        tr("In seconds. Left and Right: 5 seconds; Page Up and Page Down: chapters."));
    m_mute->setToolTip(tr("Mute (M)"));
    // Named by purpose, its state in "checked": a name that said the state
    // ("Sound on") read as "Sound on, check box, not checked" while sound
    // was on. The key's effect is announced in words (muteText()).
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setAccessibleDescription(tr("M turns the sound off and on."));
    m_volume->setToolTip(tr("Volume (Up, Down)"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setAccessibleDescription(tr("In percent. Up and Down change it."));
    m_rate->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    m_rate->setAccessibleName(tr("Playback speed"));
    m_rate->setAccessibleDescription(tr("[ slower, ] faster."));
    for (int i = 0; i < m_rate->count(); ++i) {
        // "1.5 times", not "1.5×": the sign is read as a letter or not at
        // all; and the usual speed by name, not "1 times".
        m_rate->setItemData(i,
                            qFuzzyCompare(kRates[i], 1.0)
                                ? tr("normal speed")
                                : tr("%1 times").arg(QLocale().toString(kRates[i])),
                            Qt::AccessibleTextRole);
    }
    m_repeat->setToolTip(tr("Repeat the line (R; Esc stops)"));
    m_repeat->setAccessibleName(tr("Repeat line"));
    m_repeat->setAccessibleDescription(
        tr("R repeats the caption line playing until R or Escape. Shift+Left and "
           "Shift+Right go a line back or on."));
    m_chapterMenu->setText(tr("Chapters"));
    m_chapterMenu->setToolTip(tr("Chapters (Page Up, Page Down)"));
    m_chapterMenu->setAccessibleName(tr("Chapters"));
    m_captions->setToolTip(tr("Captions (C)"));
    m_captions->setAccessibleName(tr("Captions"));
    m_captions->setAccessibleDescription(tr("C turns the captions off and on."));
    m_fullscreen->setToolTip(tr("Full screen (F, double-click; Esc leaves)"));
    m_fullscreen->setAccessibleName(tr("Full screen"));
    m_fullscreen->setAccessibleDescription(tr("F goes to full screen, Esc leaves it."));
    m_time->setAccessibleName(tr("Time"));
    if (!m_noSound.isEmpty()) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_mute, m_volume}) {
            w->setToolTip(m_noSound);
            w->setAccessibleDescription(m_noSound);
        }
    }
}

QString ClipControls::muteText() const
{
    return m_mute->isChecked() ? tr("Sound off") : tr("Sound on");
}

QString ClipControls::repeatText() const
{
    return m_repeat->isChecked() ? tr("Repeating the line") : tr("Repeat off");
}

QString ClipControls::captionsText() const
{
    return m_captions->isChecked() ? tr("Captions on") : tr("Captions off");
}

QString ClipControls::rateText() const
{
    return tr("Playback speed: %1").arg(m_rate->currentData(Qt::AccessibleTextRole).toString());
}

void ClipControls::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

namespace {
int rowWidth(std::initializer_list<QWidget *> widgets)
{
    int width = 0;
    for (QWidget *w : widgets) width += w->sizeHint().width() + 2;
    return width;
}
}  // namespace

QSize ClipControls::minimumSizeHint() const
{
    // Two rows at the narrowest: nothing overlaps, nothing is cut.
    const QMargins m = layout()->contentsMargins();
    const int first = rowWidth({m_play, m_time, m_fullscreen});
    const int second =
        rowWidth({m_repeat, m_captions, m_rate, m_mute}) + m_volume->minimumSizeHint().width();
    return {std::max(first, second) + m.left() + m.right(), QWidget::minimumSizeHint().height()};
}

void ClipControls::fitToWidth()
{
    const QMargins m = layout()->contentsMargins();
    const int oneRow =
        rowWidth({m_play, m_time, m_repeat, m_captions, m_rate, m_mute, m_volume, m_fullscreen}) +
        m.left() + m.right();
    const bool twoRows = width() < oneRow;
    if (twoRows == m_twoRows)
        return;
    m_twoRows = twoRows;
    QBoxLayout *to = twoRows ? m_secondRow : m_mainRow;
    // In one row they sit before the full-screen button; in two, on their own.
    int at = twoRows ? 0 : m_mainRow->indexOf(m_fullscreen);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_repeat, m_captions, m_rate, m_mute, m_volume}) {
        (twoRows ? m_mainRow : m_secondRow)->removeWidget(w);
        to->insertWidget(at++, w);
    }
    if (twoRows)
        m_secondRow->addStretch(1);
    else if (QLayoutItem *stretch = m_secondRow->takeAt(0))
        delete stretch;
}

bool ClipControls::eventFilter(QObject *watched, QEvent *event)
{
    // The wheel scrolls the panel past the speed box and the volume; only
    // a control the reader chose (it has the keys) takes the wheel. Left
    // unaccepted, the event goes on to the scrolling panel.
    if (event->type() == QEvent::Wheel && (watched == m_rate || watched == m_volume) &&
        !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore();
        return true;
    }
    // A visible focus ring on whichever control has the keyboard, drawn
    // over the style's own painting, which on some styles shows none.
    if (event->type() == QEvent::Paint) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->hasFocus()) {
            static_cast<QObject *>(w)->event(event);
            QPainter p(w);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(m_focusRing, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(w->rect()).adjusted(1, 1, -1, -1), 3, 3);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClipControls::updateIcons()
{
    m_play->setIcon(ThemedIcon::standard(
        this, m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay, m_iconInk));
    m_mute->setIcon(ThemedIcon::standard(
        this, m_mute->isChecked() ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume,
        m_iconInk));
    m_fullscreen->setIcon(ThemedIcon::standard(this, QStyle::SP_TitleBarMaxButton, m_iconInk));
    m_repeat->setIcon(ThemedIcon::standard(this, QStyle::SP_BrowserReload, m_iconInk));
}

void ClipControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void ClipControls::setFocusRingColour(const QColor &colour)
{
    m_focusRing = colour;
    update();
}

void ClipControls::setPlaying(bool playing)
{
    m_playing = playing;
    updateTime();
    updateIcons();
    retranslateUi();
}

void ClipControls::setPosition(qint64 ms)
{
    if (m_seek->isSliderDown())
        return;
    const QSignalBlocker block(m_seek);
    m_seek->setPlaybackPosition(ms);
    updateTime();
}

void ClipControls::setDuration(qint64 ms)
{
    m_duration = ms;
    const QSignalBlocker block(m_seek);
    m_seek->setRange(0, int(ms));
    m_seek->setSingleStep(1000);
    m_seek->setPageStep(5000);
    updateTime();
}

void ClipControls::setChapterStarts(const QList<qint64> &startsMs)
{
    m_seek->setChapterStarts(startsMs);
}

void ClipControls::updateTime()
{
    m_time->setText(timeText());
}

QString ClipControls::timeText() const
{
    // Paused on a frame near where the bar is, the time is that frame's,
    // to the millisecond (a frame step's size shows); playing, seconds.
    const bool onFrame = !m_playing && m_frameTime >= 0 && !m_seek->isSliderDown() &&
                         std::abs(m_frameTime - m_seek->shownPosition()) < kFrameNearMs;
    return (onFrame ? MediaTime::formatPrecise(m_frameTime) : MediaTime::format(m_seek->value())) +
           QStringLiteral(" / ") + MediaTime::format(m_duration);
}

void ClipControls::setFrameTime(qint64 ms)
{
    m_frameTime = ms;
    updateTime();
}

void ClipControls::setOverlay(bool on, const ReaderPalette &colours)
{
    // The bar's colours: the panel's, or light on a dark veil over the
    // picture (the same veil as the captions', so its text reads as theirs).
    QPalette palette = this->palette();
    if (on) {
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::ButtonText, QPalette::Text})
            palette.setColor(role, colours.onStage);
        setPalette(palette);
        setStyleSheet(QStringLiteral("#clipControls { background: rgba(%1, %2, %3, %4); }"
                                     "#clipControls QLabel, #clipControls QToolButton "
                                     "{ color: %5; }"
                                     // A button that is on (captions, repeat) is
                                     // a lighter veil, its text still light.
                                     "#clipControls QToolButton { border: none; "
                                     "padding: 3px; border-radius: 3px; }"
                                     "#clipControls QToolButton:checked "
                                     "{ background: rgba(255, 255, 255, 56); }"
                                     "#clipControls QToolButton:hover "
                                     "{ background: rgba(255, 255, 255, 32); }")
                          .arg(colours.captionBand.red())
                          .arg(colours.captionBand.green())
                          .arg(colours.captionBand.blue())
                          .arg(colours.captionBand.alpha())
                          .arg(colours.onStage.name()));
    } else {
        setPalette(QPalette());
        setStyleSheet(
            QStringLiteral("#clipControls { background: %1; }").arg(colours.controlBar.name()));
    }
    m_chapterMenu->setVisible(on && !m_chapterMenu->menu()->isEmpty());
    // The style sheet, not the palette, colours the bar's text: the icons
    // are given its colour too (drawn in the palette's, they were dark on
    // the dark veil).
    m_iconInk = on ? colours.onStage : QColor();
    // The ring too: the theme's is dark, and would vanish on the veil.
    setFocusRingColour(on ? colours.stageFocus : colours.focusRing);
    updateIcons();
}

void ClipControls::setChapters(const QList<QPair<qint64, QString>> &chapters)
{
    QMenu *menu = m_chapterMenu->menu();
    menu->clear();
    for (const auto &[start, title] : chapters) {
        menu->addAction(MediaTime::format(start) + QStringLiteral("  ") + title, this,
                        [this, start = start] { emit seekRequested(start); });
    }
}

void ClipControls::setNoSoundReason(const QString &reason)
{
    if (reason == m_noSound)
        return;
    m_noSound = reason;
    retranslateUi();
}

void ClipControls::setRepeating(bool on)
{
    m_repeat->setChecked(on);
}

bool ClipControls::isRepeating() const
{
    return m_repeat->isChecked();
}

void ClipControls::resetRate()
{
    for (int i = 0; i < m_rate->count(); ++i) {
        if (qFuzzyCompare(kRates[i], 1.0))
            m_rate->setCurrentIndex(i);
    }
}

void ClipControls::setVolume(float linear)
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(linearToSlider(std::clamp(linear, 0.0f, 1.0f)));
}

void ClipControls::setMuted(bool muted)
{
    m_mute->setChecked(muted);
}

void ClipControls::setCaptionsOn(bool on)
{
    m_captions->setChecked(on);
}

void ClipControls::stepRate(int direction)
{
    const int i =
        std::clamp(m_rate->currentIndex() + (direction < 0 ? -1 : 1), 0, m_rate->count() - 1);
    m_rate->setCurrentIndex(i);
}

float ClipControls::volume() const
{
    return sliderToLinear(m_volume->value());
}

bool ClipControls::isMuted() const
{
    return m_mute->isChecked();
}

bool ClipControls::captionsOn() const
{
    return m_captions->isChecked();
}

qreal ClipControls::rate() const
{
    return m_rate->currentData().toReal();
}

}  // namespace hope::ui
