#pragma once

#include "core/Language.h"
#include "speech/SpeechText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace hope::speech {

// A stretch of the text and when the voice reaches it.
struct SpeechEvent
{
    // In the text that was read, in UTF-16 code units.
    qsizetype start = 0;
    qsizetype length = 0;
    // From the start of the audio.
    qint64 timeMs = 0;
};

struct SpeechResult
{
    // 16-bit signed little-endian mono samples at sampleRate.
    QByteArray pcm;
    int sampleRate = 0;
    // Each word as it is spoken, in order: for Chinese the whole word the
    // pinyin was made for, never part of one; no events for punctuation.
    QList<SpeechEvent> words;
    // Each sentence from its start to the start of the next (trailing
    // spaces left out), so every word lies inside one.
    QList<SpeechEvent> sentences;
    // Why there is no audio, in words for the user (what to install).
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] qint64 durationMs() const;
};

// Text to speech with libespeak-ng, into a buffer: no audio device, no
// speech-dispatcher. Playing the buffer (QAudioSink) is the caller's.
//
// espeak-ng keeps its voice, rate and callback in global state, so there
// is one synthesizer per process and every call is serialised by its
// mutex; nothing else in the program may call espeak-ng. Getting it costs
// nothing: espeak-ng reads its data on the first synthesize() (some tens
// of milliseconds), so start-up never pays for read-aloud.
class SpeechSynthesizer final
{
    Q_DECLARE_TR_FUNCTIONS(SpeechSynthesizer)

public:
    [[nodiscard]] static SpeechSynthesizer &instance();
    Q_DISABLE_COPY_MOVE(SpeechSynthesizer)

    // 1x is espeak-ng's normal 175 words a minute.
    static constexpr int kNormalRate = 175;
    static constexpr double kMinSpeed = 0.5;
    static constexpr double kMaxSpeed = 3.0;
    // The speed clamped to kMinSpeed..kMaxSpeed, in words a minute (88 to
    // 525). espeak-ng's nominal maximum is 450; above it Debian's build
    // speeds the audio up with libsonic, which keeps 3x exact (measured:
    // 525 is 2.99 times faster than 175). A build without libsonic stops
    // at 450, about 2.6x.
    [[nodiscard]] static int rateFor(double speed);

    // "en-gb" (British, as the translation is spelt) and
    // "cmn-latn-pinyin" (Mandarin read from pinyin).
    [[nodiscard]] static QString defaultVoice(core::Language language);
    // The espeak-ng data of the system's package (empty if not found); the
    // voice is loaded from there, never from the home folder.
    [[nodiscard]] static QString systemDataPath();
    // Installed espeak-ng voices for the language, for a choice: for
    // English en-gb, en-gb-x-rp, en-gb-scotland, en-us and others. Empty
    // when espeak-ng cannot start.
    [[nodiscard]] QStringList voices(core::Language language);
    // An empty name goes back to the default.
    void setVoice(core::Language language, const QString &name);
    [[nodiscard]] QString voice(core::Language language) const;

    // Reads the text aloud into a buffer. Chinese must come as pinyin
    // (SpeechText::fromPinyin): espeak-ng 1.51 misreads Hanzi.
    [[nodiscard]] SpeechResult synthesize(const SpeechText &text, core::Language language,
                                          double speed = 1.0);
    // The text as it is; for English.
    [[nodiscard]] SpeechResult synthesize(const QString &text, core::Language language,
                                          double speed = 1.0);

    // Samples as they are made (16-bit little-endian mono at
    // sampleRate()); false stops the synthesis.
    using PcmSink = std::function<bool(const char *data, qsizetype bytes)>;
    // Reads the text aloud into the sink, a piece at a time, so that memory
    // stays the same however long the text (no word or sentence events).
    // Empty, or why there is no audio; a sink's false is not an error here.
    [[nodiscard]] QString synthesizeInto(const SpeechText &text, core::Language language,
                                         double speed, const PcmSink &sink);

    // Empty once espeak-ng has started, else why it cannot.
    [[nodiscard]] QString initialize();
    // Samples a second, once initialize() succeeded.
    [[nodiscard]] int sampleRate() const;

private:
    SpeechSynthesizer() = default;
    ~SpeechSynthesizer() = default;

    QString initializeLocked();
    QString selectVoiceLocked(const QString &name);
    // Started, with the language's voice and the speed set.
    QString prepareLocked(core::Language language, double speed);

    mutable QMutex m_mutex;
    bool m_initialized = false;
    // Why espeak-ng cannot start, once found (checked once a run).
    QString m_startError;
    // What espeak-ng is given as its data folder (none: its own choice),
    // and the folder it reads, for messages.
    QByteArray m_dataPath;
    bool m_givesDataPath = false;
    QString m_dataDir;
    // Each voice read once in a child process first (EspeakProbe): its
    // problem, or empty.
    QHash<QString, QString> m_checkedVoices;
    int m_sampleRate = 0;
    QString m_currentVoice;
    QString m_englishVoice;
    QString m_chineseVoice;
};

}  // namespace hope::speech
