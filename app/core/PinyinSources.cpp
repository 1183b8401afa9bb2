#include "core/PinyinSources.h"

#include "core/BundleFile.h"
#include "core/ToneMarks.h"

#include <bzlib.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>
#include <memory>
#include <utility>

namespace hope::core {

// What the files give, on the way to the readings.
struct PinyinSources::Gathered
{
    QHash<QString, QStringList> words;
    QHash<char32_t, QString> characters;
    // Readings of single characters from the word list, for the few that
    // Unihan has no kMandarin for.
    QHash<char32_t, QString> wordListCharacters;
    Mainland mainland;
};

namespace {

// A weight of a reading: Rime writes "90%" or a count; a reading with none
// counts as a sure one, as Rime takes it.
constexpr double kNoWeight = 100.0;

bool isHan(uint c)
{
    return QChar::script(c) == QChar::Script_Han;
}

// The word list marks how 一 and 不 change tone before another syllable
// (不是 bu2 shi4, 一起 yi4 qi3), as its header says. Dictionaries print, and
// learners are taught, their own tones (bù shì, yī qǐ), and espeak-ng's
// Mandarin voice applies the change itself: so the citation tones are kept.
void citationTones(const QList<uint> &points, QStringList &syllables)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        QString &s = syllables[i];
        if (points.at(i) == 0x4e00 && (s == u"yi2" || s == u"yi4"))  // 一
            s = QStringLiteral("yi1");
        else if (points.at(i) == 0x4e0d && s == u"bu2")  // 不
            s = QStringLiteral("bu4");
    }
}

// Simplified spellings of traditional words, one ICU call for all of them:
// the transliterator is costly to set up and cheap per character.
QStringList simplified(const QStringList &words)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toSimplified(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !toSimplified)
        return words;
    const QString joined = words.join(u'\n');
    icu::UnicodeString text(reinterpret_cast<const char16_t *>(joined.utf16()),
                            int32_t(joined.size()));
    toSimplified->transliterate(text);
    const QString result(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
    QStringList lines = result.split(u'\n');
    // Each word stays on its own line; should that ever not hold, the
    // traditional spellings are all that is used.
    return lines.size() == words.size() ? lines : words;
}

// bzip2 data unpacked, up to maxBytes; concatenated streams (as parallel
// compressors write them) are read one after another.
QByteArray bunzip(const QByteArray &packed, qint64 maxBytes, QString *error)
{
    QByteArray out;
    qint64 produced = 0;
    qsizetype consumed = 0;
    while (consumed < packed.size()) {
        bz_stream stream{};
        if (BZ2_bzDecompressInit(&stream, 0, 0) != BZ_OK) {
            *error = QStringLiteral("bzip2 could not start");
            return {};
        }
        stream.next_in = const_cast<char *>(packed.constData() + consumed);
        stream.avail_in = unsigned(packed.size() - consumed);
        int rc = BZ_OK;
        while (rc == BZ_OK) {
            if (out.size() - produced < 64 * 1024) {
                if (out.size() >= maxBytes) {
                    BZ2_bzDecompressEnd(&stream);
                    *error = QStringLiteral("unpacks to more than %1 MiB").arg(maxBytes >> 20);
                    return {};
                }
                out.resize(qsizetype(std::min<qint64>(maxBytes, out.size() * 2 + 1024 * 1024)));
            }
            stream.next_out = out.data() + produced;
            stream.avail_out = unsigned(std::min<qint64>(out.size() - produced, 1 << 30));
            const unsigned before = stream.avail_out + stream.avail_in;
            rc = BZ2_bzDecompress(&stream);
            produced = out.size() - qsizetype(stream.avail_out);
            if (rc == BZ_OK && stream.avail_in == 0 && stream.avail_out + stream.avail_in == before)
                rc = BZ_UNEXPECTED_EOF;
        }
        consumed = packed.size() - qsizetype(stream.avail_in);
        BZ2_bzDecompressEnd(&stream);
        if (rc != BZ_STREAM_END) {
            *error = QStringLiteral("not bzip2 data, or cut short");
            return {};
        }
    }
    out.truncate(qsizetype(produced));
    return out;
}

// A tone-marked syllable as Unihan writes it ("zhōng", "le"), tone-numbered;
// empty if it is not one.
QString numberedSyllable(QStringView marked)
{
    const QString numbered = ToneMarks::toNumbered(marked.toString());
    return ToneMarks::isNumberedSyllable(numbered) ? numbered : QString();
}

void addReading(PinyinSources::Mainland *mainland, char32_t c, const QString &reading)
{
    QStringList &readings = (*mainland)[c];
    if (!readings.contains(reading))
        readings << reading;
}

// Letters without the tone: "qi2" -> "qi".
QStringView lettersOf(QStringView numbered)
{
    return numbered.chopped(1);
}

// The readings that differ from a syllable in their tone at most.
QStringList sameLetters(const QStringList &readings, const QString &syllable)
{
    QStringList same;
    for (const QString &r : readings) {
        if (lettersOf(r) == lettersOf(syllable))
            same << r;
    }
    return same;
}

// The word list is the Taiwan standard's (Terra Pinyin), and gives some
// characters their Taiwan tone in every word: 期 qí, 识 shì, 息 xí, 突 tú,
// 企 qì. Where a syllable is none of the readings the mainland dictionaries
// give its character, and exactly one of those has the same letters, that
// one is the mainland reading. A neutral tone is the word's own (日子 rìzi),
// and is kept when the letters are the character's; so is the list's "r" of
// 儿 after a syllable (一会儿 yīhuìr), and a reading with other letters,
// which no rule can judge (see corrections.tsv for the article's).
void mainlandTones(const QString &simplified, const QString &traditional,
                   const PinyinSources::Mainland &mainland, const QHash<char32_t, QString> &usual,
                   QStringList &syllables)
{
    const QList<uint> simple = simplified.toUcs4();
    const QList<uint> spelled = traditional.toUcs4();
    for (qsizetype i = 0; i < syllables.size() && i < simple.size(); ++i) {
        QString &s = syllables[i];
        const QStringList readings = mainland.value(char32_t(simple.at(i)));
        if (readings.isEmpty() || readings.contains(s))
            continue;
        QStringList same = sameLetters(readings, s);
        if (s.endsWith(u'5') && !same.isEmpty())
            continue;
        // 发 is both 發 fā and 髮 fà: the traditional character's usual
        // (mainland) reading decides.
        if (same.size() > 1 && i < spelled.size())
            same = sameLetters({usual.value(char32_t(spelled.at(i)))}, s);
        if (same.size() == 1)
            s = same.front();
    }
}

QString packageHint(const QString &path, const QString &why, const char *package)
{
    return PinyinSources::tr(
               "Cannot read %1: %2. Pinyin needs it; it is installed by the Debian package %3 "
               "(sudo apt-get install %3).")
        .arg(path, why, QString::fromLatin1(package));
}

}  // namespace

QList<uint> PinyinSources::hanCodePoints(QStringView text)
{
    QList<uint> points = text.toUcs4();
    if (points.isEmpty() || !std::all_of(points.cbegin(), points.cend(), isHan))
        return {};
    return points;
}

QStringList PinyinSources::syllablesOf(QStringView field)
{
    QStringList syllables;
    for (const QStringView s : field.split(u' ', Qt::SkipEmptyParts)) {
        if (!ToneMarks::isNumberedSyllable(s))
            return {};
        syllables << s.toString();
    }
    return syllables;
}

QString PinyinSources::read(const QString &wordList, const QString &unihan, Readings *readings)
{
    // Unihan first: its mainland readings check the word list's.
    Gathered gathered;
    QString error = readUnihan(unihan, &gathered);
    if (error.isEmpty())
        error = readWordList(wordList, &gathered);
    if (!error.isEmpty())
        return error;
    // The word list's single characters stand in for those Unihan lacks (〇).
    for (auto it = gathered.wordListCharacters.cbegin(); it != gathered.wordListCharacters.cend();
         ++it) {
        if (!gathered.characters.contains(it.key()))
            gathered.characters.insert(it.key(), *it);
    }
    readings->words = std::move(gathered.words);
    readings->characters = std::move(gathered.characters);
    return {};
}

QString PinyinSources::readWordList(const QString &path, Gathered *gathered)
{
    const BundleFile::Read read = BundleFile::read(path, QString(), kMaxWordListBytes);
    if (!read.ok())
        return packageHint(path, read.error, "rime-data-terra-pinyin");
    const QString text = QString::fromUtf8(read.data);
    // A Rime dictionary: a YAML header, ended by "...", then one reading a
    // line: word, tab, syllables, and perhaps a tab and a weight.
    const qsizetype headerEnd = text.indexOf(QStringLiteral("\n...\n"));
    if (headerEnd < 0)
        return packageHint(path, tr("it is not a Rime dictionary"), "rime-data-terra-pinyin");

    struct Entry
    {
        QString word;
        QStringList syllables;
        double weight = kNoWeight;
    };
    QList<Entry> words;
    QHash<uint, double> characterWeights;
    const QStringView body = QStringView(text).mid(headerEnd + 5);
    for (QStringView line : body.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2 || fields.size() > 3 || fields.at(0).size() > kMaxWordLength)
            continue;
        const QList<uint> points = hanCodePoints(fields.at(0));
        QStringList syllables = syllablesOf(fields.at(1));
        if (points.isEmpty() || syllables.size() != points.size())
            continue;
        double weight = kNoWeight;
        if (fields.size() == 3) {
            QStringView w = fields.at(2).trimmed();
            if (w.endsWith(u'%'))
                w.chop(1);
            bool ok = false;
            weight = w.toDouble(&ok);
            if (!ok)
                continue;
        }
        if (points.size() == 1) {
            // The most frequent reading; the first of equals.
            const auto known = characterWeights.constFind(points.front());
            if (known == characterWeights.cend() || weight > *known) {
                characterWeights.insert(points.front(), weight);
                gathered->wordListCharacters.insert(points.front(), syllables.front());
            }
            continue;
        }
        citationTones(points, syllables);
        words.append({fields.at(0).toString(), std::move(syllables), weight});
    }
    if (words.isEmpty())
        return packageHint(path, tr("it holds no words"), "rime-data-terra-pinyin");

    QStringList spellings;
    spellings.reserve(words.size());
    for (const Entry &e : words) spellings << e.word;
    const QStringList simple = simplified(spellings);

    // The heaviest reading of each spelling. Some 2,000 words list two
    // readings with no weight, in the order of their letters (不好 bu2 hao4,
    // "to dislike", before bu4 hao3): of those, the one whose characters read
    // as they usually do (不好 bù hǎo), and of equals still, the first, which
    // keeps a full tone before a neutral one.
    const auto usual = [&](const QString &key, const QStringList &syllables) {
        const QList<uint> points = key.toUcs4();
        int count = 0;
        for (qsizetype i = 0; i < points.size() && i < syllables.size(); ++i)
            count += gathered->characters.value(char32_t(points.at(i))) == syllables.at(i);
        return count;
    };
    QHash<QString, double> weights;
    const auto add = [&](const QString &key, const Entry &e) {
        const auto known = weights.constFind(key);
        if (known != weights.cend() &&
            (e.weight < *known ||
             (e.weight == *known &&
              usual(key, e.syllables) <= usual(key, gathered->words.value(key)))))
            return;
        weights.insert(key, e.weight);
        gathered->words.insert(key, e.syllables);
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        Entry &e = words[i];
        // A simplification that merges or splits characters would no longer
        // line up with the syllables.
        const bool simplifies = simple.at(i) != e.word && simple.at(i).size() == e.word.size();
        mainlandTones(simplifies ? simple.at(i) : e.word, e.word, gathered->mainland,
                      gathered->characters, e.syllables);
        add(e.word, e);
        if (simplifies)
            add(simple.at(i), e);
    }
    return {};
}

QString PinyinSources::readUnihan(const QString &path, Gathered *gathered)
{
    const BundleFile::Read read = BundleFile::read(path, QString(), kMaxUnihanBytes);
    if (!read.ok())
        return packageHint(path, read.error, "unicode-data");
    QString why;
    const QByteArray text = bunzip(read.data, kMaxUnihanUnpackedBytes, &why);
    if (!why.isEmpty())
        return packageHint(path, why, "unicode-data");
    // "U+4E2D<TAB>kMandarin<TAB>zhōng": where two readings are given, the
    // first is the mainland one. kXHC1983 and kTGHZ2013 list every reading
    // the Xiandai Hanyu Cidian (1983) and the Tongyong Guifan Hanzi Zidian
    // (2013) give a character, each after where it is found: "0520.030:jī
    // 0892.030:qī". The 2013 dictionary follows the 1985 review of
    // readings, which the others predate (绩 jī there, jì since): where it
    // has a character, its readings are the mainland ones.
    Mainland older;
    Mainland current;
    static constexpr QByteArrayView kMandarin = "kMandarin";
    static constexpr QByteArrayView kXhc = "kXHC1983";
    static constexpr QByteArrayView kTghz = "kTGHZ2013";
    for (qsizetype from = 0; from < text.size();) {
        qsizetype to = text.indexOf('\n', from);
        if (to < 0)
            to = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(from, to - from);
        from = to + 1;
        const qsizetype tab = line.indexOf('\t');
        const qsizetype secondTab = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
        if (!line.startsWith("U+") || secondTab < 0)
            continue;
        const QByteArrayView field = line.sliced(tab + 1, secondTab - tab - 1);
        if (field != kMandarin && field != kXhc && field != kTghz)
            continue;
        bool ok = false;
        const uint code = line.sliced(2, tab - 2).toByteArray().toUInt(&ok, 16);
        if (!ok || code > 0x10ffff)
            continue;
        const QString value = QString::fromUtf8(line.sliced(secondTab + 1)).trimmed();
        if (field == kMandarin) {
            const QString numbered = numberedSyllable(value.section(u' ', 0, 0));
            if (!numbered.isEmpty()) {
                gathered->characters.insert(char32_t(code), numbered);
                addReading(&older, char32_t(code), numbered);
            }
            continue;
        }
        for (const QStringView item : QStringView(value).split(u' ', Qt::SkipEmptyParts)) {
            const QStringView readings = item.sliced(item.lastIndexOf(u':') + 1);
            for (const QStringView reading : readings.split(u',', Qt::SkipEmptyParts)) {
                const QString numbered = numberedSyllable(reading);
                if (!numbered.isEmpty())
                    addReading(field == kTghz ? &current : &older, char32_t(code), numbered);
            }
        }
    }
    if (gathered->characters.isEmpty())
        return packageHint(path, tr("it holds no kMandarin readings"), "unicode-data");
    Mainland &mainland = gathered->mainland;
    mainland = std::move(older);
    for (auto it = current.cbegin(); it != current.cend(); ++it) mainland.insert(it.key(), *it);
    // A usual reading the 2013 dictionary does not give is its reading with
    // the same letters, or its only one (帧 zhèng -> zhēn).
    for (auto it = gathered->characters.begin(); it != gathered->characters.end(); ++it) {
        const QStringList readings = current.value(it.key());
        const QStringList same = sameLetters(readings, *it);
        if (readings.isEmpty() || readings.contains(*it) || (it->endsWith(u'5') && !same.isEmpty()))
            continue;
        if (same.size() == 1)
            *it = same.front();
        else if (readings.size() == 1)
            *it = readings.front();
    }
    return {};
}

}  // namespace hope::core
