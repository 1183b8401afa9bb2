#pragma once

#include <QFrame>
#include <QStringList>

class QComboBox;
class QLabel;
class QToolButton;

namespace hope::ui {

// The controls of reading aloud, over the article while it reads: back a
// sentence, pause or go on, on a sentence, stop, the speed, the voice, and
// a line that says what is wrong when something is. Emits intents only.
class ReadAloudBar final : public QFrame
{
    Q_OBJECT

public:
    static constexpr double kSpeeds[] = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

    explicit ReadAloudBar(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    // Shows the nearest speed offered.
    void setSpeed(double speed);
    [[nodiscard]] double speed() const;
    // Offered only when there is a choice.
    void setVoices(const QStringList &voices, const QString &current);
    // Plain text; empty hides the line.
    void setMessage(const QString &text);
    [[nodiscard]] QString message() const;

    [[nodiscard]] QToolButton *pauseButton() const { return m_pause; }
    [[nodiscard]] QComboBox *speedBox() const { return m_speed; }
    [[nodiscard]] QComboBox *voiceBox() const { return m_voice; }

signals:
    void pauseToggled();
    void previousRequested();
    void nextRequested();
    void stopRequested();
    void speedChosen(double speed);
    void voiceChosen(const QString &voice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateIcons();

    QToolButton *m_previous = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_stop = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_voiceLabel = nullptr;
    QComboBox *m_voice = nullptr;
    QLabel *m_message = nullptr;
    bool m_playing = false;
};

}  // namespace hope::ui
