#pragma once

#include "core/Language.h"
#include "speech/SpeechSynthesizer.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace hope::core {
class PinyinConverter;
}  // namespace hope::core

namespace hope::speech {

class PcmOutput;
class SpeechQueue;

// One paragraph to read: its block id in the view, its plain text and the
// language it is in (a bilingual page reads a pair one after the other).
struct ReadAloudParagraph
{
    QString blockId;
    QString text;
    core::Language language = core::Language::Chinese;
};

// Where the voice is: the paragraph, and in its text the sentence and the
// word being spoken (UTF-16 offsets; a length of 0 when there is none).
struct ReadAloudPosition
{
    QString blockId;
    core::Language language = core::Language::Chinese;
    qsizetype sentenceStart = 0;
    qsizetype sentenceLength = 0;
    qsizetype wordStart = 0;
    qsizetype wordLength = 0;

    friend bool operator==(const ReadAloudPosition &a, const ReadAloudPosition &b)
    {
        return a.blockId == b.blockId && a.language == b.language &&
               a.sentenceStart == b.sentenceStart && a.sentenceLength == b.sentenceLength &&
               a.wordStart == b.wordStart && a.wordLength == b.wordLength;
    }
    friend bool operator!=(const ReadAloudPosition &a, const ReadAloudPosition &b)
    {
        return !(a == b);
    }
};

// Reads paragraphs aloud one after another: has each synthesised a passage
// of a few sentences at a time (SpeechPassages; off the GUI thread, the
// next passage while this one plays, so the first words sound soon and only
// a few seconds of audio are held however long the paragraph), plays the
// audio through a PcmOutput and follows the output's position through the
// synthesizer's word and sentence events. Knows nothing of widgets.
class ReadAloudController final : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)
    // Made on the first start(), so that nothing is loaded before the user
    // reads aloud. May return null (no sound device, no player module):
    // then the words are lit without sound, and noticeText says why.
    using OutputFactory = std::function<std::unique_ptr<PcmOutput>(QString *noticeText)>;

    explicit ReadAloudController(QObject *parent = nullptr);
    ~ReadAloudController() override;

    void setOutputFactory(OutputFactory factory) { m_outputFactory = std::move(factory); }
    // Chinese is spoken from the pinyin the converter makes.
    void setConverter(std::shared_ptr<const core::PinyinConverter> converter);
    // What there is to read, in reading order; stops any reading.
    // All in one language.
    void setParagraphs(const QList<ReadAloudParagraph> &paragraphs, core::Language language);
    // Each in its own language.
    void setParagraphs(const QList<ReadAloudParagraph> &paragraphs);
    // The language of the paragraph being read (or to be read first).
    [[nodiscard]] core::Language language() const;

    // From the sentence at offset in the paragraph; false if there is no
    // such paragraph.
    bool start(const QString &blockId, qsizetype offset = 0);
    // The same, in the paragraph of this id in this language.
    bool start(const QString &blockId, core::Language language, qsizetype offset = 0);
    void pause();
    void resume();
    void togglePause();
    void stop();
    void nextSentence();
    void previousSentence();
    // 0.5x to 3x; what is being read is read again from its sentence.
    void setSpeed(double speed);
    [[nodiscard]] double speed() const { return m_speed; }
    // A voice for the language (empty: the default), from the sentence
    // being read if it is in that language.
    void setVoice(core::Language language, const QString &name);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isActive() const { return m_state != State::Stopped; }
    [[nodiscard]] ReadAloudPosition position() const { return m_position; }
    // Whether sound is heard, or only the highlight moves.
    [[nodiscard]] bool isSilent() const { return m_silent; }
    // Whether the paragraph to read is still being synthesised (there is
    // no sound, and no clock, to follow yet).
    [[nodiscard]] bool isWaitingForSpeech() const
    {
        return m_state != State::Stopped && m_waitingOffset >= 0;
    }

    // While playing, the controller looks at the output every kTickMs (a
    // timer). With manual ticks the timer never runs and the owner calls
    // tick(): a test moves its clock on and looks, with no time waited.
    void setManualTicks(bool manual);
    // Looks at the output now: the word it has reached, or the next
    // paragraph when it is done.
    void tick();

signals:
    void stateChanged(hope::speech::ReadAloudController::State state);
    void positionChanged(const hope::speech::ReadAloudPosition &position);
    // Reading stopped because it cannot go on: why, and what to install.
    void failed(const QString &message);
    // Reading goes on, but something is not as it should be (no sound).
    void notice(const QString &message);
    // The last paragraph was read to its end.
    void finished();

private:
    // What is synthesised at once: a stretch of whole sentences of a
    // paragraph, starting at start in its text.
    struct Passage
    {
        int paragraph = 0;
        qsizetype start = 0;
        QString text;
        core::Language language = core::Language::Chinese;
    };

    // The passage of the paragraph that holds offset (the last one if the
    // offset is past the end).
    [[nodiscard]] int passageAt(int paragraph, qsizetype offset) const;
    bool startParagraph(int paragraph, qsizetype offset);
    bool startAt(int index, qsizetype offset);
    void setState(State state);
    void request(int index);
    void begin(int index, qsizetype offset);
    void playSentence(int sentence);
    void startTicking();
    void updatePosition(qint64 ms);
    void ensureOutput();
    void restartCurrent();
    [[nodiscard]] int sentenceAt(const SpeechResult &result, qsizetype offset) const;
    [[nodiscard]] const SpeechResult *current() const;

    OutputFactory m_outputFactory;
    std::unique_ptr<PcmOutput> m_output;
    bool m_outputTried = false;
    bool m_silent = false;
    QList<ReadAloudParagraph> m_paragraphs;
    QList<Passage> m_passages;
    double m_speed = 1.0;
    State m_state = State::Stopped;
    // The passage being read.
    int m_index = -1;
    // Where to begin (in the passage) once the passage at m_index is
    // synthesised; -1 when it is playing.
    qsizetype m_waitingOffset = -1;
    int m_sentence = -1;
    // Time in the passage's audio where the output's samples begin.
    qint64 m_baseMs = 0;
    ReadAloudPosition m_position;
    QTimer *m_timer = nullptr;
    bool m_manualTicks = false;
    // Synthesis off the GUI thread, and the results near the passage read
    // (by passage index); made at m_speed with the voices of now (cleared
    // on a change).
    SpeechQueue *m_queue = nullptr;
};

}  // namespace hope::speech
