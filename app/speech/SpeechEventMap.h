#pragma once

#include "speech/SpeechSynthesizer.h"
#include "speech/SpeechText.h"

#include <QList>
#include <QString>

#include <memory>

namespace hope::speech {

// What espeak-ng reports while it synthesises, before it is mapped back to
// the text: positions count code points of the UTF-8 it was given, from 1.
struct RawSpeechEvent
{
    enum class Kind { Word, Sentence };
    Kind kind = Kind::Word;
    int position = 0;
    int length = 0;
    int timeMs = 0;
};

// The text espeak-ng is given for a SpeechText (its segments joined as
// espeak-ng reads them well, every control character made a space), and
// espeak-ng's events mapped back to words and sentences of the source text.
// Apart from the synthesizer: this is plain text work, tested without a
// voice.
class SpeechEventMap final
{
public:
    explicit SpeechEventMap(const SpeechText &source);
    ~SpeechEventMap();
    SpeechEventMap(const SpeechEventMap &) = delete;
    SpeechEventMap &operator=(const SpeechEventMap &) = delete;

    // What espeak-ng is to read.
    [[nodiscard]] const QString &fedText() const;
    // Fills result's words and sentences (result.pcm set first: times are
    // held within its duration).
    void mapEvents(const QList<RawSpeechEvent> &raw, SpeechResult &result) const;

private:
    struct Fed;
    const SpeechText &m_source;
    std::unique_ptr<Fed> m_fed;
};

}  // namespace hope::speech
