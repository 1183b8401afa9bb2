#pragma once

#include "core/Language.h"
#include "speech/SpeechSynthesizer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace hope::core {
class PinyinConverter;
}  // namespace hope::core

namespace hope::speech {

// Paragraphs synthesised off the GUI thread, one at a time (espeak-ng is one
// per process anyway), and their results kept by paragraph index. Dropping
// everything (speed or voice changed, new paragraphs) makes late results
// stale, and they are thrown away when they come. Waited for when it goes,
// so a result never arrives for a queue that is gone.
class SpeechQueue final : public QObject
{
    Q_OBJECT

public:
    explicit SpeechQueue(QObject *parent = nullptr);
    ~SpeechQueue() override;

    // Chinese is spoken from the pinyin the converter makes.
    void setConverter(std::shared_ptr<const core::PinyinConverter> converter);

    // Synthesises the paragraph unless it is there or on its way.
    void request(int index, const QString &text, core::Language language, double speed);
    [[nodiscard]] const SpeechResult *result(int index) const;
    // Keeps only the results near this paragraph (it and its neighbours).
    void keepNear(int index);
    // Forgets every result and every request on its way.
    void clear();

signals:
    void ready(int index);
    // Synthesis failed: why, and what to install.
    void failed(int index, const QString &message);

private:
    void done(int index, quint64 generation, const SpeechResult &result);

    std::shared_ptr<const core::PinyinConverter> m_converter;
    QHash<int, SpeechResult> m_results;
    QList<int> m_requested;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

}  // namespace hope::speech
