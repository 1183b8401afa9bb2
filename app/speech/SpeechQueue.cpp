#include "speech/SpeechQueue.h"

#include "core/PinyinConverter.h"

#include <cstdlib>

namespace hope::speech {

using core::Language;

namespace {

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
                                 : SpeechSynthesizer::tr("No pinyin converter was given.");
        return failed;
    }
    return SpeechSynthesizer::instance().synthesize(
        SpeechText::fromPinyin(text, converter->convert(text)), language, speed);
}

}  // namespace

SpeechQueue::SpeechQueue(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SpeechQueue::~SpeechQueue()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void SpeechQueue::setConverter(std::shared_ptr<const core::PinyinConverter> converter)
{
    m_converter = std::move(converter);
}

void SpeechQueue::request(int index, const QString &text, Language language, double speed)
{
    if (m_results.contains(index) || m_requested.contains(index))
        return;
    m_requested << index;
    auto *job = new SynthesisJob(this);
    const quint64 generation = m_generation;
    connect(job, &SynthesisJob::done, this,
            [this, index, generation](const SpeechResult &r) { done(index, generation, r); });
    m_pool.start([job, text, language, speed, converter = m_converter] {
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

const SpeechResult *SpeechQueue::result(int index) const
{
    const auto it = m_results.constFind(index);
    return it == m_results.cend() ? nullptr : &*it;
}

void SpeechQueue::keepNear(int index)
{
    for (auto it = m_results.begin(); it != m_results.end();) {
        if (std::abs(it.key() - index) > 1)
            it = m_results.erase(it);
        else
            ++it;
    }
}

void SpeechQueue::clear()
{
    m_results.clear();
    m_requested.clear();
    m_pool.clear();
    ++m_generation;
}

void SpeechQueue::done(int index, quint64 generation, const SpeechResult &result)
{
    if (generation != m_generation)
        return;
    m_requested.removeAll(index);
    if (!result.ok()) {
        emit failed(index, result.error);
        return;
    }
    m_results.insert(index, result);
    emit ready(index);
}

}  // namespace hope::speech

#include "SpeechQueue.moc"
