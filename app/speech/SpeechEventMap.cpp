#include "speech/SpeechEventMap.h"

#include <algorithm>

namespace hope::speech {

namespace {

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
                                        const RawSpeechEvent &e)
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

qsizetype mapSentenceStart(const SpeechText &source, const FedText &fed, const RawSpeechEvent &e)
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

void mapAll(const SpeechText &source, const FedText &fed, const QList<RawSpeechEvent> &raw,
            SpeechResult &result)
{
    const qint64 duration = result.durationMs();
    // Times count from the start of this synthesis: the first event is
    // there, whatever espeak-ng counted before.
    const int base = raw.isEmpty() ? 0 : raw.front().timeMs;
    auto time = [&](const RawSpeechEvent &e) {
        return std::clamp<qint64>(e.timeMs - base, 0, duration);
    };
    QList<qsizetype> sentenceStarts;
    QList<qint64> sentenceTimes;
    for (const RawSpeechEvent &e : raw) {
        if (e.kind == RawSpeechEvent::Kind::Word) {
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

struct SpeechEventMap::Fed : FedText
{
    using FedText::FedText;
};

SpeechEventMap::SpeechEventMap(const SpeechText &source)
    : m_source(source), m_fed(std::make_unique<Fed>(source))
{}

SpeechEventMap::~SpeechEventMap() = default;

const QString &SpeechEventMap::fedText() const
{
    return m_fed->text;
}

void SpeechEventMap::mapEvents(const QList<RawSpeechEvent> &raw, SpeechResult &result) const
{
    mapAll(m_source, *m_fed, raw, result);
}

}  // namespace hope::speech
