#include "ClipControls.h"

#include "MediaTime.h"
#include "SeekSlider.h"

#include <QAudio>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr qreal kRates[] = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

float sliderToLinear(int value)
{
    return float(QAudio::convertVolume(value / 100.0, QAudio::LogarithmicVolumeScale,
                                       QAudio::LinearVolumeScale));
}

int linearToSlider(float linear)
{
    return qRound(
        QAudio::convertVolume(linear, QAudio::LinearVolumeScale, QAudio::LogarithmicVolumeScale) *
        100);
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
      m_fullscreen(new QToolButton)
{
    setObjectName(QStringLiteral("clipControls"));
    // The bar is dark like the picture above it.
    setAttribute(Qt::WA_StyledBackground, true);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_rate->setObjectName(QStringLiteral("rateBox"));
    m_captions->setObjectName(QStringLiteral("captionsButton"));
    m_fullscreen->setObjectName(QStringLiteral("fullscreenButton"));
    // The panel takes the keys; the controls are for the mouse.
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_mute, m_volume, m_rate, m_captions,
                                                       m_fullscreen})
        w->setFocusPolicy(Qt::NoFocus);
    for (QToolButton *b : {m_play, m_mute, m_captions, m_fullscreen}) b->setAutoRaise(true);
    m_play->setIconSize(QSize(22, 22));
    m_mute->setCheckable(true);
    m_captions->setCheckable(true);
    m_captions->setChecked(true);
    m_captions->setText(QStringLiteral("CC"));
    m_fullscreen->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(90);
    for (const qreal r : kRates) m_rate->addItem(QStringLiteral("%1×").arg(r), r);
    m_rate->setCurrentIndex(2);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setMinimumWidth(80);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_play);
    buttons->addWidget(m_time);
    buttons->addStretch(1);
    buttons->addWidget(m_captions);
    buttons->addWidget(m_rate);
    buttons->addWidget(m_mute);
    buttons->addWidget(m_volume);
    buttons->addWidget(m_fullscreen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->setSpacing(0);
    layout->addWidget(m_seek);
    layout->addLayout(buttons);

    connect(m_play, &QToolButton::clicked, this, &ClipControls::playPauseRequested);
    // Follow the user's drag; updates from the player wait until it ends.
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) {
        updateTime();
        emit seekRequested(value);
    });
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { emit volumeChanged(sliderToLinear(value)); });
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        m_mute->setIcon(
            style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
        emit mutedChanged(muted);
    });
    connect(m_rate, &QComboBox::currentIndexChanged, this,
            [this] { emit rateChanged(m_rate->currentData().toReal()); });
    connect(m_captions, &QToolButton::toggled, this, &ClipControls::captionsToggled);
    connect(m_fullscreen, &QToolButton::clicked, this, &ClipControls::fullscreenRequested);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    setPlaying(false);
    retranslateUi();
}

void ClipControls::retranslateUi()
{
    m_play->setToolTip(m_playing ? tr("Pause (Space, K)") : tr("Play (Space, K)"));
    m_play->setAccessibleName(m_playing ? tr("Pause") : tr("Play"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setToolTip(tr("Position (Left, Right: 5 s; Page Up, Page Down: chapters)"));
    m_mute->setToolTip(tr("Mute (M)"));
    m_mute->setAccessibleName(tr("Mute"));
    m_volume->setToolTip(tr("Volume (Up, Down)"));
    m_volume->setAccessibleName(tr("Volume"));
    m_rate->setToolTip(tr("Playback speed"));
    m_captions->setToolTip(tr("Captions (C)"));
    m_captions->setAccessibleName(tr("Captions"));
    m_fullscreen->setToolTip(tr("Full screen (F, double-click; Esc leaves)"));
    m_fullscreen->setAccessibleName(tr("Full screen"));
}

void ClipControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClipControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    retranslateUi();
}

void ClipControls::setPosition(qint64 ms)
{
    if (m_seek->isSliderDown())
        return;
    const QSignalBlocker block(m_seek);
    m_seek->setValue(int(ms));
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
    m_time->setText(MediaTime::format(m_seek->value()) + QStringLiteral(" / ") +
                    MediaTime::format(m_duration));
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

void ClipControls::setRate(qreal rate)
{
    const int i = m_rate->findData(rate);
    if (i >= 0)
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

qint64 ClipControls::position() const
{
    return m_seek->value();
}
