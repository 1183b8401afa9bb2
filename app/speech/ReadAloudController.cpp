#include "speech/ReadAloudController.h"

#include "core/PinyinConverter.h"
#include "speech/PcmOutput.h"
#include "speech/SilentPcmOutput.h"
#include "speech/SpeechPassages.h"
#include "speech/SpeechQueue.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace hope::speech {

using core::Language;

namespace {
// Often enough that a word is lit within a frame or two of being heard.
constexpr int kTickMs = 30;

}  // namespace

ReadAloudController::ReadAloudController(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this)), m_queue(new SpeechQueue(this))
{
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ReadAloudController::tick);
    connect(m_queue, &SpeechQueue::ready, this, [this](int index) {
        if (index == m_index && m_waitingOffset >= 0 && m_state != State::Stopped)
            begin(index, m_waitingOffset);
    });
    connect(m_queue, &SpeechQueue::failed, this, [this](int index, const QString &message) {
        if (index == m_index && m_state != State::Stopped) {
            stop();
            emit failed(message);
        }
    });
}

// The queue first, while the controller is whole: it waits for the
// synthesis under way.
ReadAloudController::~ReadAloudController()
{
    delete m_queue;
}

void ReadAloudController::setConverter(std::shared_ptr<const core::PinyinConverter> converter)
{
    m_queue->setConverter(std::move(converter));
}

void ReadAloudController::setParagraphs(const QList<ReadAloudParagraph> &paragraphs,
                                        Language language)
{
    QList<ReadAloudParagraph> inOne = paragraphs;
    for (ReadAloudParagraph &p : inOne) p.language = language;
    setParagraphs(inOne);
}

void ReadAloudController::setParagraphs(const QList<ReadAloudParagraph> &paragraphs)
{
    stop();
    m_paragraphs = paragraphs;
    m_passages.clear();
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const ReadAloudParagraph &p = m_paragraphs.at(i);
        QList<SpeechPassage> passages = SpeechPassages::split(p.text);
        // An empty paragraph is still a place to start from (and to pass).
        if (passages.isEmpty())
            passages << SpeechPassage{};
        for (const SpeechPassage &passage : passages)
            m_passages.append(
                {i, passage.start, p.text.mid(passage.start, passage.length), p.language});
    }
    m_queue->clear();
}

int ReadAloudController::passageAt(int paragraph, qsizetype offset) const
{
    auto it = std::lower_bound(m_passages.cbegin(), m_passages.cend(), paragraph,
                               [](const Passage &p, int value) { return p.paragraph < value; });
    while (it + 1 != m_passages.cend() && (it + 1)->paragraph == paragraph &&
           (it + 1)->start <= offset)
        ++it;
    return int(it - m_passages.cbegin());
}

bool ReadAloudController::startParagraph(int paragraph, qsizetype offset)
{
    offset = std::max<qsizetype>(offset, 0);
    const int index = passageAt(paragraph, offset);
    return startAt(index, offset - m_passages.at(index).start);
}

bool ReadAloudController::start(const QString &blockId, qsizetype offset)
{
    const auto it = std::find_if(m_paragraphs.cbegin(), m_paragraphs.cend(),
                                 [&blockId](const auto &p) { return p.blockId == blockId; });
    return it != m_paragraphs.cend() && startParagraph(int(it - m_paragraphs.cbegin()), offset);
}

bool ReadAloudController::start(const QString &blockId, Language language, qsizetype offset)
{
    const auto it = std::find_if(m_paragraphs.cbegin(), m_paragraphs.cend(), [&](const auto &p) {
        return p.blockId == blockId && p.language == language;
    });
    return it != m_paragraphs.cend() && startParagraph(int(it - m_paragraphs.cbegin()), offset);
}

bool ReadAloudController::startAt(int index, qsizetype offset)
{
    // The voice is made in the background while the sound device opens
    // (the first time, the player module and its audio loaded).
    if (!m_queue->result(index))
        request(index);
    ensureOutput();
    if (m_output)
        m_output->stop();
    setState(State::Playing);
    begin(index, std::max<qsizetype>(offset, 0));
    return true;
}

Language ReadAloudController::language() const
{
    if (m_passages.isEmpty())
        return Language::Chinese;
    return m_passages.at(std::clamp(m_index, 0, int(m_passages.size()) - 1)).language;
}

void ReadAloudController::ensureOutput()
{
    if (std::exchange(m_outputTried, true))
        return;
    QString why;
    if (m_outputFactory)
        m_output = m_outputFactory(&why);
    m_silent = !m_output;
    if (!m_output) {
        m_output = std::make_unique<SilentPcmOutput>();
        if (!why.isEmpty())
            emit notice(why);
    }
}

void ReadAloudController::pause()
{
    if (m_state != State::Playing)
        return;
    if (m_output)
        m_output->pause();
    m_timer->stop();
    setState(State::Paused);
}

void ReadAloudController::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Playing);
    if (m_waitingOffset >= 0)
        return;
    m_output->resume();
    startTicking();
}

void ReadAloudController::togglePause()
{
    if (m_state == State::Playing)
        pause();
    else
        resume();
}

void ReadAloudController::stop()
{
    m_timer->stop();
    if (m_output)
        m_output->stop();
    m_index = -1;
    m_sentence = -1;
    m_waitingOffset = -1;
    if (m_position != ReadAloudPosition()) {
        m_position = {};
        emit positionChanged(m_position);
    }
    setState(State::Stopped);
}

void ReadAloudController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

const SpeechResult *ReadAloudController::current() const
{
    return m_waitingOffset >= 0 ? nullptr : m_queue->result(m_index);
}

void ReadAloudController::nextSentence()
{
    const SpeechResult *result = current();
    if (!result)
        return;
    if (m_sentence + 1 < result->sentences.size())
        playSentence(m_sentence + 1);
    else if (m_index + 1 < m_passages.size())
        begin(m_index + 1, 0);
}

void ReadAloudController::previousSentence()
{
    const SpeechResult *result = current();
    if (!result)
        return;
    if (m_sentence > 0)
        playSentence(m_sentence - 1);
    else if (m_index > 0)
        begin(m_index - 1, m_passages.at(m_index - 1).text.size());
    else
        playSentence(0);
}

void ReadAloudController::setSpeed(double speed)
{
    if (!std::isfinite(speed))
        return;
    speed = std::clamp(speed, SpeechSynthesizer::kMinSpeed, SpeechSynthesizer::kMaxSpeed);
    if (qFuzzyCompare(speed, m_speed))
        return;
    m_speed = speed;
    restartCurrent();
}

void ReadAloudController::setVoice(Language language, const QString &name)
{
    SpeechSynthesizer::instance().setVoice(language, name);
    if (language == this->language())
        restartCurrent();
}

void ReadAloudController::restartCurrent()
{
    m_queue->clear();
    if (m_state == State::Stopped || m_index < 0)
        return;
    const qsizetype offset =
        m_waitingOffset >= 0
            ? m_waitingOffset
            : std::max<qsizetype>(0, m_position.sentenceStart - m_passages.at(m_index).start);
    begin(m_index, offset);
}

void ReadAloudController::request(int index)
{
    if (index < 0 || index >= m_passages.size())
        return;
    const Passage &p = m_passages.at(index);
    m_queue->request(index, p.text, p.language, m_speed);
}

int ReadAloudController::sentenceAt(const SpeechResult &result, qsizetype offset) const
{
    const auto &s = result.sentences;
    const auto after =
        std::upper_bound(s.cbegin(), s.cend(), offset,
                         [](qsizetype o, const SpeechEvent &e) { return o < e.start; });
    return after == s.cbegin() ? 0 : int(after - s.cbegin()) - 1;
}

void ReadAloudController::begin(int index, qsizetype offset)
{
    m_timer->stop();
    m_index = index;
    // Only what is near is kept: this paragraph and its neighbours.
    m_queue->keepNear(index);
    const SpeechResult *found = m_queue->result(index);
    if (!found) {
        m_waitingOffset = offset;
        if (m_output)
            m_output->stop();
        request(index);
        return;
    }
    m_waitingOffset = -1;
    if (found->sentences.isEmpty()) {
        // Nothing to say here (a paragraph of punctuation): on to the next.
        if (index + 1 < m_passages.size())
            begin(index + 1, 0);
        else {
            stop();
            emit finished();
        }
        return;
    }
    request(index + 1);
    playSentence(sentenceAt(*found, offset));
}

void ReadAloudController::playSentence(int sentence)
{
    const SpeechResult *result = current();
    if (!result || sentence < 0 || sentence >= result->sentences.size())
        return;
    m_sentence = sentence;
    m_baseMs = result->sentences.at(sentence).timeMs;
    const qsizetype byte = qsizetype(m_baseMs * result->sampleRate / 1000) * 2;
    m_output->play(result->pcm.mid(byte), result->sampleRate);
    if (const QString error = m_output->error(); !error.isEmpty()) {
        // The device went away or refused the format: carry on silently.
        m_output = std::make_unique<SilentPcmOutput>();
        m_silent = true;
        emit notice(error);
        m_output->play(result->pcm.mid(byte), result->sampleRate);
    }
    updatePosition(m_baseMs);
    if (m_state == State::Paused) {
        m_output->pause();
        return;
    }
    startTicking();
}

void ReadAloudController::setManualTicks(bool manual)
{
    m_manualTicks = manual;
    if (manual)
        m_timer->stop();
}

void ReadAloudController::startTicking()
{
    if (!m_manualTicks)
        m_timer->start();
}

void ReadAloudController::tick()
{
    const SpeechResult *result = current();
    if (!result || !m_output)
        return;
    if (m_output->isFinished()) {
        if (m_index + 1 < m_passages.size()) {
            begin(m_index + 1, 0);
        } else {
            stop();
            emit finished();
        }
        return;
    }
    updatePosition(m_baseMs + m_output->positionMs());
}

void ReadAloudController::updatePosition(qint64 ms)
{
    const SpeechResult *result = current();
    if (!result)
        return;
    const auto latest = [ms](const QList<SpeechEvent> &events) {
        const auto after =
            std::upper_bound(events.cbegin(), events.cend(), ms,
                             [](qint64 t, const SpeechEvent &e) { return t < e.timeMs; });
        return int(after - events.cbegin()) - 1;
    };
    // Never behind the sentence chosen: its first event may come a few
    // milliseconds after the time the output was started at.
    const int sentence = std::max(latest(result->sentences), m_sentence);
    m_sentence = sentence;
    // In the paragraph's text, not the passage's.
    const Passage &passage = m_passages.at(m_index);
    ReadAloudPosition p;
    p.blockId = m_paragraphs.at(passage.paragraph).blockId;
    p.language = passage.language;
    if (sentence >= 0 && sentence < result->sentences.size()) {
        const SpeechEvent &s = result->sentences.at(sentence);
        p.sentenceStart = passage.start + s.start;
        p.sentenceLength = s.length;
        const int word = latest(result->words);
        if (word >= 0) {
            const SpeechEvent &w = result->words.at(word);
            if (w.start >= s.start && w.start < s.start + s.length) {
                p.wordStart = passage.start + w.start;
                p.wordLength = w.length;
            }
        }
    }
    if (p != m_position) {
        m_position = p;
        emit positionChanged(p);
    }
}

}  // namespace hope::speech
