#include "speech/SpeechSynthesizer.h"

#include "speech/EspeakLibrary.h"

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

// What espeak-ng reports while it synthesises, before it is mapped back to
// the text: positions count code points of the UTF-8 it was given, from 1.
struct RawEvent
{
    espeak_EVENT_TYPE type = espeakEVENT_LIST_TERMINATED;
    int position = 0;
    int length = 0;
    int timeMs = 0;
};

struct Collector
{
    QByteArray pcm;
    QList<RawEvent> events;
};

// espeak-ng's callback has no context of its own that is reliable in every
// call (the last one comes with no events); one synthesis runs at a time
// under the synthesizer's mutex, so a single pointer is enough.
Collector *s_collector = nullptr;

int onSynth(short *samples, int count, espeak_EVENT *events)
{
    if (!s_collector)
        return 1;
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
            s_collector->events.append({e->type, e->text_position, e->length, e->audio_position});
    }
    return 0;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

qsizetype codePoints(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

// UTF-16 offset of the n-th code point of s (its size past the end).
qsizetype utf16Offset(QStringView s, qsizetype n)
{
    qsizetype i = 0;
    while (i < s.size() && n > 0) {
        i +=
            (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
        --n;
    }
    return i;
}

// The text with every control character (C0, DEL, C1) made a space, one
// for one so that positions still match. espeak-ng takes U+0001 as the
// start of an embedded command ("\\x01" "300S" is a speed, "A" a volume,
// "P" a pitch) and other controls as pauses or breaks: a bundle's text
// must never steer the voice.
QString speakable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            c = u' ';
    }
    return out;
}

// The text as espeak-ng is given it, and where each segment went in it.
struct FedText
{
    struct Piece
    {
        qsizetype cpStart = 0;
        qsizetype cpEnd = 0;
        qsizetype segment = 0;
    };
    QString text;
    QList<Piece> pieces;

    explicit FedText(const SpeechText &source)
    {
        qsizetype cp = 0;
        for (qsizetype i = 0; i < source.segments.size(); ++i) {
            const QString &spoken = source.segments.at(i).spoken;
            if (spoken.isEmpty())
                continue;
            // Punctuation right after its word, as espeak-ng needs it to
            // pause or end a sentence ("ban4。" does, "ban4 ." does not).
            if (!text.isEmpty() && isWordChar(spoken.front())) {
                text += u' ';
                ++cp;
            }
            const qsizetype start = cp;
            text += speakable(spoken);
            cp += codePoints(spoken);
            pieces.append({start, cp, i});
        }
    }

    // The piece at a code point, or the next one if it falls between two.
    const Piece *pieceAt(qsizetype cp) const
    {
        const auto it = std::upper_bound(pieces.cbegin(), pieces.cend(), cp,
                                         [](qsizetype c, const Piece &p) { return c < p.cpEnd; });
        return it == pieces.cend() ? nullptr : &*it;
    }
};

// An event's range in the source text: the exact word when the segment is
// read as written, else the whole segment. Empty when it holds no word.
std::pair<qsizetype, qsizetype> mapWord(const SpeechText &source, const FedText &fed,
                                        const RawEvent &e)
{
    const qsizetype cp = std::max(e.position - 1, 0);
    const FedText::Piece *piece = fed.pieceAt(cp);
    if (!piece)
        return {0, 0};
    const SpeechSegment &seg = source.segments.at(piece->segment);
    const QStringView text(source.text);
    const qsizetype segEnd = seg.start + seg.length;
    const bool asWritten = text.mid(seg.start, seg.length) == seg.spoken;
    if (!asWritten) {
        const QStringView word = text.mid(seg.start, seg.length);
        if (std::none_of(word.begin(), word.end(), isWordChar))
            return {0, 0};
        return {seg.start, seg.length};
    }
    const qsizetype from = std::max(cp, piece->cpStart) - piece->cpStart;
    const qsizetype to =
        std::min<qsizetype>(cp + std::max(e.length, 1), piece->cpEnd) - piece->cpStart;
    qsizetype s = seg.start + utf16Offset(seg.spoken, from);
    qsizetype end = seg.start + utf16Offset(seg.spoken, to);
    // espeak-ng's ranges take in quotes and punctuation, and each word it
    // makes of a number ("2020": two thousand and twenty) is reported one
    // character on: light the whole word as written, nothing more.
    while (s < end && !isWordChar(text.at(s))) ++s;
    while (end > s && !isWordChar(text.at(end - 1))) --end;
    if (s == end)
        return {0, 0};
    while (s > seg.start && isWordChar(text.at(s - 1))) --s;
    while (end < segEnd && isWordChar(text.at(end))) ++end;
    return {s, end - s};
}

qsizetype mapSentenceStart(const SpeechText &source, const FedText &fed, const RawEvent &e)
{
    const qsizetype cp = std::max(e.position - 1, 0);
    const FedText::Piece *piece = fed.pieceAt(cp);
    if (!piece)
        return -1;
    const SpeechSegment &seg = source.segments.at(piece->segment);
    qsizetype s = seg.start;
    if (QStringView(source.text).mid(seg.start, seg.length) == seg.spoken)
        s += utf16Offset(seg.spoken, std::max(cp, piece->cpStart) - piece->cpStart);
    while (s < seg.start + seg.length && source.text.at(s).isSpace()) ++s;
    return s;
}

void mapEvents(const SpeechText &source, const FedText &fed, const QList<RawEvent> &raw,
               SpeechResult &result)
{
    const qint64 duration = result.durationMs();
    // Times count from the start of this synthesis: the first event is
    // there, whatever espeak-ng counted before.
    const int base = raw.isEmpty() ? 0 : raw.front().timeMs;
    auto time = [&](const RawEvent &e) {
        return std::clamp<qint64>(e.timeMs - base, 0, duration);
    };
    QList<qsizetype> sentenceStarts;
    QList<qint64> sentenceTimes;
    for (const RawEvent &e : raw) {
        if (e.type == espeakEVENT_WORD) {
            const auto [start, length] = mapWord(source, fed, e);
            if (length == 0)
                continue;
            // A word spoken as several (the syllables of a Chinese word,
            // the words of a number) is lit once.
            if (!result.words.isEmpty()) {
                const SpeechEvent &last = result.words.back();
                if (start < last.start + last.length)
                    continue;
            }
            result.words.append({start, length, time(e)});
        } else {
            const qsizetype start = mapSentenceStart(source, fed, e);
            if (start < 0 || (!sentenceStarts.isEmpty() && start <= sentenceStarts.back()))
                continue;
            sentenceStarts.append(start);
            sentenceTimes.append(time(e));
        }
    }
    if (sentenceStarts.isEmpty() && !result.words.isEmpty()) {
        sentenceStarts.append(0);
        sentenceTimes.append(0);
    }
    if (!result.words.isEmpty() && result.words.front().start < sentenceStarts.front())
        sentenceStarts.front() = result.words.front().start;
    for (qsizetype i = 0; i < sentenceStarts.size(); ++i) {
        qsizetype end =
            i + 1 < sentenceStarts.size() ? sentenceStarts.at(i + 1) : source.text.size();
        while (end > sentenceStarts.at(i) && source.text.at(end - 1).isSpace()) --end;
        result.sentences.append(
            {sentenceStarts.at(i), end - sentenceStarts.at(i), sentenceTimes.at(i)});
    }
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
// on Debian (/usr/lib/<triplet>/espeak-ng-data), else in /usr/share.
QString SpeechSynthesizer::systemDataPath()
{
    QStringList candidates;
    Dl_info info = {};
    if (g_espeak.espeak_Info &&
        ::dladdr(reinterpret_cast<void *>(g_espeak.espeak_Info), &info) != 0 && info.dli_fname)
        candidates << QFileInfo(QFile::decodeName(info.dli_fname)).canonicalPath() +
                          QStringLiteral("/espeak-ng-data");
    candidates << QStringLiteral("/usr/share/espeak-ng-data")
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
    if (!g_espeak.load())
        return tr(
            "The espeak-ng library (libespeak-ng.so.1) cannot be loaded. Install the "
            "package libespeak-ng1.");
    // Where espeak-ng is to look: ESPEAK_DATA_PATH when the user sets it,
    // else the system's data beside the library, never ~/espeak-ng-data,
    // which espeak-ng would read first and a stray or broken copy of which
    // crashes it. Checked first because espeak-ng only prints to stderr
    // when its data is missing.
    const QByteArray systemData = QFile::encodeName(systemDataPath());
    const char *dataPath = qEnvironmentVariableIsSet("ESPEAK_DATA_PATH") || systemData.isEmpty()
                               ? nullptr
                               : systemData.constData();
    g_espeak.espeak_ng_InitializePath(dataPath);
    const char *path = nullptr;
    g_espeak.espeak_Info(&path);
    const QString dataDir = path ? QFile::decodeName(path) : QString();
    if (dataDir.isEmpty() || !QFileInfo::exists(dataDir + QStringLiteral("/phontab")))
        return tr("The espeak-ng voice data is missing (looked in %1). Install the package "
                  "espeak-ng-data.")
            .arg(dataDir.isEmpty() ? tr("no folder") : dataDir);
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

SpeechResult SpeechSynthesizer::synthesize(const SpeechText &text, Language language, double speed)
{
    QMutexLocker lock(&m_mutex);
    SpeechResult result;
    result.error = initializeLocked();
    if (!result.ok())
        return result;
    result.sampleRate = m_sampleRate;
    const QString &chosen = language == Language::Chinese ? m_chineseVoice : m_englishVoice;
    result.error = selectVoiceLocked(chosen.isEmpty() ? defaultVoice(language) : chosen);
    if (!result.ok())
        return result;
    g_espeak.espeak_SetParameter(espeakRATE, rateFor(speed), 0);

    const FedText fed(text);
    if (fed.text.isEmpty())
        return result;
    const QByteArray utf8 = fed.text.toUtf8();
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
    mapEvents(text, fed, collector.events, result);
    return result;
}

}  // namespace hope::speech
