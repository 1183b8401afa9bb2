#include "speech/ReadAloudController.h"

#include "core/PinyinConverter.h"
#include "speech/PcmOutput.h"
#include "speech/SilentPcmOutput.h"

#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace hope::speech {

using core::Language;

namespace {
// Often enough that a word is lit within a frame or two of being heard.
constexpr int kTickMs = 30;

// Lives on the GUI thread while a worker synthesises, and hands the result
// over there.
class SynthesisJob final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void done(const hope::speech::SpeechResult &result);
};

SpeechResult synthesizeParagraph(const QString &text, Language language, double speed,
                                 const core::PinyinConverter *converter)
{
    if (language != Language::Chinese)
        return SpeechSynthesizer::instance().synthesize(text, language, speed);
    if (!converter || !converter->load()) {
        SpeechResult failed;
        failed.error = converter ? converter->error()
                                 : ReadAloudController::tr("No pinyin converter was given.");
        return failed;
    }
    return SpeechSynthesizer::instance().synthesize(
        SpeechText::fromPinyin(text, converter->convert(text)), language, speed);
}
}  // namespace

ReadAloudController::ReadAloudController(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ReadAloudController::tick);
}

ReadAloudController::~ReadAloudController()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ReadAloudController::setConverter(std::shared_ptr<const core::PinyinConverter> converter)
{
    m_converter = std::move(converter);
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
    m_cache.clear();
    m_requested.clear();
    m_pool.clear();
    ++m_generation;
}

bool ReadAloudController::start(const QString &blockId, qsizetype offset)
{
    const auto it = std::find_if(m_paragraphs.cbegin(), m_paragraphs.cend(),
                                 [&blockId](const auto &p) { return p.blockId == blockId; });
    return it != m_paragraphs.cend() && startAt(int(it - m_paragraphs.cbegin()), offset);
}

bool ReadAloudController::start(const QString &blockId, Language language, qsizetype offset)
{
    const auto it = std::find_if(m_paragraphs.cbegin(), m_paragraphs.cend(), [&](const auto &p) {
        return p.blockId == blockId && p.language == language;
    });
    return it != m_paragraphs.cend() && startAt(int(it - m_paragraphs.cbegin()), offset);
}

bool ReadAloudController::startAt(int index, qsizetype offset)
{
    ensureOutput();
    if (m_output)
        m_output->stop();
    setState(State::Playing);
    begin(index, std::max<qsizetype>(offset, 0));
    return true;
}

Language ReadAloudController::language() const
{
    if (m_paragraphs.isEmpty())
        return Language::Chinese;
    return m_paragraphs.at(std::clamp(m_index, 0, int(m_paragraphs.size()) - 1)).language;
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
    const auto it = m_cache.constFind(m_index);
    return it == m_cache.cend() || m_waitingOffset >= 0 ? nullptr : &*it;
}

void ReadAloudController::nextSentence()
{
    const SpeechResult *result = current();
    if (!result)
        return;
    if (m_sentence + 1 < result->sentences.size())
        playSentence(m_sentence + 1);
    else if (m_index + 1 < m_paragraphs.size())
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
        begin(m_index - 1, m_paragraphs.at(m_index - 1).text.size());
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
    m_cache.clear();
    m_requested.clear();
    m_pool.clear();
    ++m_generation;
    if (m_state == State::Stopped || m_index < 0)
        return;
    const qsizetype offset = m_waitingOffset >= 0 ? m_waitingOffset : m_position.sentenceStart;
    begin(m_index, offset);
}

void ReadAloudController::request(int index)
{
    if (index < 0 || index >= m_paragraphs.size() || m_cache.contains(index) ||
        m_requested.contains(index))
        return;
    m_requested << index;
    auto *job = new SynthesisJob(this);
    const quint64 generation = m_generation;
    connect(job, &SynthesisJob::done, this, [this, index, generation](const SpeechResult &r) {
        onSynthesized(index, generation, r);
    });
    m_pool.start([job, text = m_paragraphs.at(index).text,
                  language = m_paragraphs.at(index).language, speed = m_speed,
                  converter = m_converter] {
        SpeechResult result = synthesizeParagraph(text, language, speed, converter.get());
        QMetaObject::invokeMethod(
            job,
            [job, result = std::move(result)] {
                emit job->done(result);
                job->deleteLater();
            },
            Qt::QueuedConnection);
    });
}

void ReadAloudController::onSynthesized(int index, quint64 generation, const SpeechResult &result)
{
    if (generation != m_generation)
        return;
    m_requested.removeAll(index);
    if (!result.ok()) {
        if (index == m_index && m_state != State::Stopped) {
            stop();
            emit failed(result.error);
        }
        return;
    }
    m_cache.insert(index, result);
    if (index == m_index && m_waitingOffset >= 0 && m_state != State::Stopped)
        begin(index, m_waitingOffset);
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
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (std::abs(it.key() - index) > 1)
            it = m_cache.erase(it);
        else
            ++it;
    }
    const auto found = m_cache.constFind(index);
    if (found == m_cache.cend()) {
        m_waitingOffset = offset;
        if (m_output)
            m_output->stop();
        request(index);
        return;
    }
    m_waitingOffset = -1;
    if (found->sentences.isEmpty()) {
        // Nothing to say here (a paragraph of punctuation): on to the next.
        if (index + 1 < m_paragraphs.size())
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
        if (m_index + 1 < m_paragraphs.size()) {
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
    ReadAloudPosition p;
    p.blockId = m_paragraphs.at(m_index).blockId;
    p.language = m_paragraphs.at(m_index).language;
    if (sentence >= 0 && sentence < result->sentences.size()) {
        const SpeechEvent &s = result->sentences.at(sentence);
        p.sentenceStart = s.start;
        p.sentenceLength = s.length;
        const int word = latest(result->words);
        if (word >= 0) {
            const SpeechEvent &w = result->words.at(word);
            if (w.start >= s.start && w.start < s.start + s.length) {
                p.wordStart = w.start;
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

#include "ReadAloudController.moc"
