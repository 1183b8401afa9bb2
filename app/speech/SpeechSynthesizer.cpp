#include "speech/SpeechSynthesizer.h"

#include "speech/EspeakLibrary.h"
#include "speech/EspeakProbe.h"
#include "speech/SpeechEventMap.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSysInfo>
#include <QtEndian>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include <dlfcn.h>

namespace hope::speech {

using core::Language;

namespace {

EspeakLibrary g_espeak;

struct Collector
{
    QByteArray pcm;
    QList<RawSpeechEvent> events;
    // When set, samples go here as they come instead of into pcm.
    const SpeechSynthesizer::PcmSink *sink = nullptr;
};

// espeak-ng's callback has no context of its own that is reliable in every
// call (the last one comes with no events); one synthesis runs at a time
// under the synthesizer's mutex, so a single pointer is enough.
Collector *s_collector = nullptr;

int onSynth(short *samples, int count, espeak_EVENT *events)
{
    if (!s_collector)
        return 1;
    if (samples && count > 0 && s_collector->sink) {
        const qsizetype bytes = qsizetype(count) * 2;
        bool more = false;
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            more = (*s_collector->sink)(reinterpret_cast<const char *>(samples), bytes);
        } else {
            QByteArray little(bytes, Qt::Uninitialized);
            qToLittleEndian<qint16>(samples, count, little.data());
            more = (*s_collector->sink)(little.constData(), bytes);
        }
        return more ? 0 : 1;
    }
    if (samples && count > 0) {
        const qsizetype at = s_collector->pcm.size();
        s_collector->pcm.resize(at + qsizetype(count) * 2);
        char *out = s_collector->pcm.data() + at;
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            std::memcpy(out, samples, size_t(count) * 2);
        else
            qToLittleEndian<qint16>(samples, count, out);
    }
    for (const espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        if (e->type == espeakEVENT_WORD || e->type == espeakEVENT_SENTENCE)
            s_collector->events.append({e->type == espeakEVENT_WORD
                                            ? RawSpeechEvent::Kind::Word
                                            : RawSpeechEvent::Kind::Sentence,
                                        e->text_position, e->length, e->audio_position});
    }
    return 0;
}

}  // namespace

qint64 SpeechResult::durationMs() const
{
    return sampleRate > 0 ? qint64(pcm.size() / 2) * 1000 / sampleRate : 0;
}

SpeechSynthesizer &SpeechSynthesizer::instance()
{
    static SpeechSynthesizer synthesizer;
    return synthesizer;
}

int SpeechSynthesizer::rateFor(double speed)
{
    if (!std::isfinite(speed))
        speed = 1.0;
    return int(std::lround(kNormalRate * std::clamp(speed, kMinSpeed, kMaxSpeed)));
}

QString SpeechSynthesizer::defaultVoice(Language language)
{
    return language == Language::Chinese ? QStringLiteral("cmn-latn-pinyin")
                                         : QStringLiteral("en-gb");
}

QStringList SpeechSynthesizer::voices(Language language)
{
    QMutexLocker lock(&m_mutex);
    if (!initializeLocked().isEmpty())
        return {};
    const QString prefix =
        language == Language::Chinese ? QStringLiteral("cmn") : QStringLiteral("en");
    QStringList found;
    for (const espeak_VOICE *const *v = g_espeak.espeak_ListVoices(nullptr); v && *v; ++v) {
        // MBROLA voices need the mbrola program and its databases, which
        // Debian does not install with espeak-ng.
        if (!(*v)->languages || !(*v)->identifier || std::strncmp((*v)->identifier, "mb/", 3) == 0)
            continue;
        // languages: a priority byte, then the name, for each language.
        const QString code = QString::fromUtf8((*v)->languages + 1).toLower();
        if ((code == prefix || code.startsWith(prefix + u'-')) && !found.contains(code))
            found << code;
    }
    return found;
}

void SpeechSynthesizer::setVoice(Language language, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    (language == Language::Chinese ? m_chineseVoice : m_englishVoice) = name;
}

QString SpeechSynthesizer::voice(Language language) const
{
    QMutexLocker lock(&m_mutex);
    const QString &chosen = language == Language::Chinese ? m_chineseVoice : m_englishVoice;
    return chosen.isEmpty() ? defaultVoice(language) : chosen;
}

// The espeak-ng data the system's package installed: beside the library
// on Debian (/usr/lib/<triplet>/espeak-ng-data), else in the data folder
// (/usr/share, or /app/share in the Flatpak).
QString SpeechSynthesizer::systemDataPath()
{
    QStringList candidates;
    Dl_info info = {};
    if (g_espeak.espeak_Info &&
        ::dladdr(reinterpret_cast<void *>(g_espeak.espeak_Info), &info) != 0 && info.dli_fname)
        candidates << QFileInfo(QFile::decodeName(info.dli_fname)).canonicalPath() +
                          QStringLiteral("/espeak-ng-data");
    candidates << QStringLiteral(HOPE_SYSTEM_DATA_DIR "/espeak-ng-data")
               << QStringLiteral("/usr/lib/espeak-ng-data");
    for (const QString &dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/phontab")).isFile())
            return dir;
    }
    return {};
}

QString SpeechSynthesizer::initialize()
{
    QMutexLocker lock(&m_mutex);
    return initializeLocked();
}

QString SpeechSynthesizer::initializeLocked()
{
    if (m_initialized)
        return {};
    if (!m_startError.isEmpty())
        return m_startError;
    if (!g_espeak.load())
        return tr(
            "The espeak-ng library (libespeak-ng.so.1) cannot be loaded. Install the "
            "package libespeak-ng1.");
    // Where espeak-ng is to look: ESPEAK_DATA_PATH when the user sets it,
    // else the system's data beside the library, never ~/espeak-ng-data,
    // which espeak-ng would read first and a stray or broken copy of which
    // crashes it. Checked first because espeak-ng only prints to stderr
    // when its data is missing.
    m_dataPath = QFile::encodeName(systemDataPath());
    m_givesDataPath = !qEnvironmentVariableIsSet("ESPEAK_DATA_PATH") && !m_dataPath.isEmpty();
    const char *dataPath = m_givesDataPath ? m_dataPath.constData() : nullptr;
    g_espeak.espeak_ng_InitializePath(dataPath);
    const char *path = nullptr;
    g_espeak.espeak_Info(&path);
    m_dataDir = path ? QFile::decodeName(path) : QString();
    if (m_dataDir.isEmpty() || !QFileInfo::exists(m_dataDir + QStringLiteral("/phontab")))
        return tr("The espeak-ng voice data is missing (looked in %1). Install the package "
                  "espeak-ng-data.")
            .arg(m_dataDir.isEmpty() ? tr("no folder") : m_dataDir);
    // Damaged data crashes espeak-ng: espeak-ng's own command reads it
    // first, in a process of its own.
    const EspeakProbe::Verdict verdict =
        EspeakProbe::check(defaultVoice(Language::English), m_dataDir);
    // Damaged data stays damaged; a check that ran out of time is asked
    // again next time (a busy machine is no reason to give up for good).
    if (!verdict.timedOut)
        m_startError = verdict.problem;
    if (!verdict.problem.isEmpty())
        return verdict.problem;
    // DONT_EXIT: without it espeak-ng ends the whole program on an error.
    // The path again: espeak_Initialize sets it afresh from its argument.
    const int rate = g_espeak.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, dataPath,
                                                espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0)
        return tr("espeak-ng could not start (error %1).").arg(rate);
    g_espeak.espeak_SetSynthCallback(onSynth);
    m_sampleRate = rate;
    m_initialized = true;
    return {};
}

QString SpeechSynthesizer::selectVoiceLocked(const QString &name)
{
    if (name == m_currentVoice)
        return {};
    const QByteArray utf8 = name.toUtf8();
    // A voice's dictionary and tables, read by a child first: damaged,
    // they would crash this process.
    if (!m_checkedVoices.contains(name)) {
        const EspeakProbe::Verdict verdict = EspeakProbe::check(name, m_dataDir);
        if (verdict.timedOut) {
            m_currentVoice.clear();
            return verdict.problem;
        }
        m_checkedVoices.insert(name, verdict.problem);
    }
    if (const QString problem = m_checkedVoices.value(name); !problem.isEmpty()) {
        m_currentVoice.clear();
        return problem;
    }
    // By name finds voice files ("cmn-latn-pinyin", "en-gb-x-rp"); a
    // language code such as "en-gb" only by its properties.
    bool found = g_espeak.espeak_SetVoiceByName(utf8.constData()) == EE_OK;
    if (!found) {
        espeak_VOICE wanted;
        std::memset(&wanted, 0, sizeof wanted);
        wanted.languages = utf8.constData();
        found = g_espeak.espeak_SetVoiceByProperties(&wanted) == EE_OK;
    }
    if (!found) {
        m_currentVoice.clear();
        return tr("The espeak-ng voice \"%1\" is not installed. Install the package "
                  "espeak-ng-data, or choose another voice.")
            .arg(name);
    }
    m_currentVoice = name;
    return {};
}

SpeechResult SpeechSynthesizer::synthesize(const QString &text, Language language, double speed)
{
    return synthesize(SpeechText::plain(text), language, speed);
}

int SpeechSynthesizer::sampleRate() const
{
    QMutexLocker lock(&m_mutex);
    return m_sampleRate;
}

QString SpeechSynthesizer::prepareLocked(Language language, double speed)
{
    if (const QString error = initializeLocked(); !error.isEmpty())
        return error;
    const QString &chosen = language == Language::Chinese ? m_chineseVoice : m_englishVoice;
    if (const QString error = selectVoiceLocked(chosen.isEmpty() ? defaultVoice(language) : chosen);
        !error.isEmpty())
        return error;
    g_espeak.espeak_SetParameter(espeakRATE, rateFor(speed), 0);
    return {};
}

SpeechResult SpeechSynthesizer::synthesize(const SpeechText &text, Language language, double speed)
{
    QMutexLocker lock(&m_mutex);
    SpeechResult result;
    result.error = prepareLocked(language, speed);
    if (!result.ok())
        return result;
    result.sampleRate = m_sampleRate;

    const SpeechEventMap map(text);
    if (map.fedText().isEmpty())
        return result;
    const QByteArray utf8 = map.fedText().toUtf8();
    Collector collector;
    s_collector = &collector;
    const espeak_ERROR status =
        g_espeak.espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                              espeakCHARS_UTF8, nullptr, nullptr);
    s_collector = nullptr;
    if (status != EE_OK) {
        result.error = tr("espeak-ng could not read the text (error %1).").arg(int(status));
        return result;
    }
    result.pcm = std::move(collector.pcm);
    map.mapEvents(collector.events, result);
    return result;
}

QString SpeechSynthesizer::synthesizeInto(const SpeechText &text, Language language, double speed,
                                          const PcmSink &sink)
{
    QMutexLocker lock(&m_mutex);
    if (const QString error = prepareLocked(language, speed); !error.isEmpty())
        return error;
    // The same text as synthesize() gives espeak-ng: control characters and
    // markup already made harmless.
    const SpeechEventMap map(text);
    if (map.fedText().isEmpty())
        return {};
    const QByteArray utf8 = map.fedText().toUtf8();
    Collector collector;
    collector.sink = &sink;
    s_collector = &collector;
    const espeak_ERROR status =
        g_espeak.espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                              espeakCHARS_UTF8, nullptr, nullptr);
    s_collector = nullptr;
    if (status != EE_OK)
        return tr("espeak-ng could not read the text (error %1).").arg(int(status));
    return {};
}

}  // namespace hope::speech
