#include "ui/ReadAloudBar.h"

#include "ui/ComboBoxAccessible.h"
#include "ui/ThemedIcon.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace hope::ui {

ReadAloudBar::ReadAloudBar(QWidget *parent)
    : QFrame(parent),
      m_previous(new QToolButton),
      m_pause(new QToolButton),
      m_next(new QToolButton),
      m_stop(new QToolButton),
      m_speedLabel(new QLabel),
      m_speed(new QComboBox),
      m_voiceLabel(new QLabel),
      m_voice(new QComboBox),
      m_message(new QLabel)
{
    ComboBoxAccessible::install();
    setObjectName(QStringLiteral("readAloudBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    for (const double s : kSpeeds) m_speed->addItem(QString(), s);
    m_speed->setCurrentIndex(2);
    m_speedLabel->setBuddy(m_speed);
    m_voiceLabel->setBuddy(m_voice);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_previous, m_pause, m_next, m_stop}) {
        b->setAutoRaise(true);
        row->addWidget(b);
    }
    row->addSpacing(12);
    row->addWidget(m_speedLabel);
    row->addWidget(m_speed);
    row->addSpacing(12);
    row->addWidget(m_voiceLabel);
    row->addWidget(m_voice);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_previous, &QToolButton::clicked, this, &ReadAloudBar::previousRequested);
    connect(m_pause, &QToolButton::clicked, this, &ReadAloudBar::pauseToggled);
    connect(m_next, &QToolButton::clicked, this, &ReadAloudBar::nextRequested);
    connect(m_stop, &QToolButton::clicked, this, &ReadAloudBar::stopRequested);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { emit speedChosen(m_speed->itemData(index).toDouble()); });
    connect(m_voice, &QComboBox::activated, this,
            [this](int index) { emit voiceChosen(m_voice->itemText(index)); });
    setVoices({}, {});
    setPlaying(false);
    retranslateUi();
}

void ReadAloudBar::setPlaying(bool playing)
{
    m_playing = playing;
    updateIcons();
    retranslateUi();
}

void ReadAloudBar::setSpeed(double speed)
{
    int best = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - speed) <
            std::abs(m_speed->itemData(best).toDouble() - speed))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

double ReadAloudBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void ReadAloudBar::setVoices(const QStringList &voices, const QString &current)
{
    m_voice->clear();
    m_voice->addItems(voices);
    m_voice->setCurrentIndex(std::max<int>(0, int(voices.indexOf(current))));
    const bool choice = voices.size() > 1;
    m_voice->setVisible(choice);
    m_voiceLabel->setVisible(choice);
}

void ReadAloudBar::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ReadAloudBar::message() const
{
    return m_message->text();
}

void ReadAloudBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QFrame::changeEvent(event);
}

void ReadAloudBar::updateIcons()
{
    // In the theme's text colour: the style draws them dark on any panel.
    m_previous->setIcon(ThemedIcon::standard(this, QStyle::SP_MediaSkipBackward));
    m_pause->setIcon(
        ThemedIcon::standard(this, m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_next->setIcon(ThemedIcon::standard(this, QStyle::SP_MediaSkipForward));
    m_stop->setIcon(ThemedIcon::standard(this, QStyle::SP_MediaStop));
}

void ReadAloudBar::retranslateUi()
{
    const auto name = [](QToolButton *b, const QString &text) {
        b->setToolTip(text);
        b->setAccessibleName(text);
    };
    name(m_previous, tr("Previous sentence"));
    name(m_pause, m_playing ? tr("Pause reading") : tr("Go on reading"));
    name(m_next, tr("Next sentence"));
    name(m_stop, tr("Stop reading"));
    m_speedLabel->setText(tr("&Speed"));
    // Alt+V is the View menu.
    m_voiceLabel->setText(tr("V&oice"));
    for (int i = 0; i < m_speed->count(); ++i) {
        const QString speed = locale().toString(m_speed->itemData(i).toDouble(), 'g', 3);
        m_speed->setItemText(i, tr("%1×").arg(speed));
        // Said in words: the sign alone is read as a letter or not at all.
        m_speed->setItemData(i,
                             qFuzzyCompare(m_speed->itemData(i).toDouble(), 1.0)
                                 ? tr("normal speed")
                                 : tr("%1 times").arg(speed),
                             Qt::AccessibleTextRole);
    }
}

}  // namespace hope::ui
