#include "core/PinyinIndex.h"

#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <utility>

namespace hope::core {

namespace {

constexpr QByteArrayView kMagic = "HOPEPINYIDX\n";
constexpr qsizetype kWordEntry = 8;
constexpr qsizetype kCharacterEntry = 12;
constexpr qsizetype kDigest = 8;

quint32 u32(const uchar *at)
{
    return qFromLittleEndian<quint32>(at);
}

quint16 u16(const uchar *at)
{
    return qFromLittleEndian<quint16>(at);
}

void put32(QByteArray &out, quint32 value)
{
    uchar bytes[4];
    qToLittleEndian(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), 4);
}

void put16(QByteArray &out, quint16 value)
{
    uchar bytes[2];
    qToLittleEndian(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), 2);
}

void pad(QByteArray &out)
{
    while (out.size() % 4) out.append('\0');
}

qsizetype padded(qsizetype n)
{
    return (n + 3) / 4 * 4;
}

void fail(QString *why, const char *reason)
{
    if (why)
        *why = QString::fromLatin1(reason);
}

}  // namespace

// FNV-1a over 8-byte words: a few milliseconds' less than MD5 per opening,
// and as sure to notice a changed or missing word, since each step is a
// bijection. It guards against damage, not against someone who means harm:
// the checks that keep every read inside the index do that.
QByteArray PinyinIndex::checksum(QByteArrayView bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8)
        hash = (hash ^ qFromLittleEndian<quint64>(p + i)) * 0x100000001b3ULL;
    for (; i < bytes.size(); ++i) hash = (hash ^ p[i]) * 0x100000001b3ULL;
    QByteArray out(8, '\0');
    qToLittleEndian(hash, out.data());
    return out;
}

QByteArray PinyinIndex::build(const QHash<QString, QStringList> &words,
                              const QHash<char32_t, QString> &characters, QByteArrayView stamp)
{
    QList<std::pair<QString, QString>> sortedWords;
    sortedWords.reserve(words.size());
    qsizetype longest = 0;
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        // Entries an index cannot hold are not words anyway.
        const QString value = it->join(u' ');
        if (it.key().size() > 0xffff || value.size() > 0xffff)
            continue;
        sortedWords.append({it.key(), value});
        longest = std::max(longest, it.key().size());
    }
    std::sort(sortedWords.begin(), sortedWords.end(),
              [](const auto &a, const auto &b) { return QStringView(a.first) < b.first; });
    QList<std::pair<char32_t, QString>> sortedCharacters;
    for (auto it = characters.cbegin(); it != characters.cend(); ++it)
        sortedCharacters.append({it.key(), *it});
    std::sort(sortedCharacters.begin(), sortedCharacters.end());

    QString strings;
    QByteArray wordTable;
    for (const auto &[key, value] : sortedWords) {
        put32(wordTable, quint32(strings.size()));
        put16(wordTable, quint16(key.size()));
        put16(wordTable, quint16(value.size()));
        strings += key;
        strings += value;
    }
    QByteArray characterTable;
    for (const auto &[c, value] : sortedCharacters) {
        put32(characterTable, quint32(c));
        put32(characterTable, quint32(strings.size()));
        put32(characterTable, quint32(value.size()));
        strings += value;
    }

    QByteArray out(kMagic.data(), kMagic.size());
    put32(out, kVersion);
    put32(out, quint32(stamp.size()));
    out.append(stamp.data(), stamp.size());
    pad(out);
    put32(out, quint32(sortedWords.size()));
    put32(out, quint32(sortedCharacters.size()));
    put32(out, quint32(strings.size()));
    put32(out, quint32(longest));
    out += wordTable;
    out += characterTable;
    for (const QChar c : std::as_const(strings)) put16(out, c.unicode());
    pad(out);
    out += checksum(out);
    return out;
}

std::optional<PinyinIndex> PinyinIndex::open(QByteArray data, QByteArrayView stamp, QString *why)
{
    const qsizetype size = data.size();
    if (size < kMagic.size() + 8 + kDigest || !data.startsWith(kMagic)) {
        fail(why, "not a pinyin index");
        return std::nullopt;
    }
    const QByteArrayView body(data.constData(), size - kDigest);
    if (checksum(body) != data.right(kDigest)) {
        fail(why, "damaged (its checksum does not match)");
        return std::nullopt;
    }
    const auto *base = reinterpret_cast<const uchar *>(data.constData());
    qsizetype at = kMagic.size();
    if (u32(base + at) != kVersion) {
        fail(why, "made by another version of the reader");
        return std::nullopt;
    }
    const qsizetype stampLength = u32(base + at + 4);
    at += 8;
    if (stampLength > body.size() - at ||
        QByteArrayView(data.constData() + at, stampLength) != stamp) {
        fail(why, "made from other files than those installed now");
        return std::nullopt;
    }
    at = padded(at + stampLength);
    if (at + 16 > body.size()) {
        fail(why, "cut short");
        return std::nullopt;
    }
    PinyinIndex index;
    index.m_wordCount = u32(base + at);
    index.m_characterCount = u32(base + at + 4);
    index.m_stringUnits = u32(base + at + 8);
    index.m_longestWord = u32(base + at + 12);
    at += 16;
    // Sizes in 64 bits: counts near 2^32 cannot overflow the sum.
    const qint64 expected = qint64(at) + qint64(index.m_wordCount) * kWordEntry +
                            qint64(index.m_characterCount) * kCharacterEntry +
                            padded(qint64(index.m_stringUnits) * 2);
    if (expected != body.size()) {
        fail(why, "its tables do not add up to its size");
        return std::nullopt;
    }
    index.m_words = base + at;
    index.m_characters = index.m_words + index.m_wordCount * kWordEntry;
    const uchar *strings = index.m_characters + index.m_characterCount * kCharacterEntry;
    // Every string an entry names lies within the strings: checked once
    // here, so that a lookup never needs to.
    for (qsizetype i = 0; i < index.m_wordCount; ++i) {
        const uchar *e = index.m_words + i * kWordEntry;
        if (qint64(u32(e)) + u16(e + 4) + u16(e + 6) > index.m_stringUnits) {
            fail(why, "a word lies outside its strings");
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < index.m_characterCount; ++i) {
        const uchar *e = index.m_characters + i * kCharacterEntry;
        if (qint64(u32(e + 4)) + u32(e + 8) > index.m_stringUnits) {
            fail(why, "a character lies outside its strings");
            return std::nullopt;
        }
    }
    // QByteArray's data is allocated aligned, and the strings start on a
    // 4-byte boundary within it; on a big-endian machine they would need
    // swapping, which this reader is not built for.
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
    if (quintptr(strings) % alignof(char16_t)) {
        fail(why, "not aligned in memory");
        return std::nullopt;
    }
    index.m_strings = reinterpret_cast<const char16_t *>(strings);
    index.m_data = std::move(data);
    return index;
}

QStringView PinyinIndex::string(quint32 offset, quint32 length) const
{
    return QStringView(m_strings + offset, qsizetype(length));
}

qsizetype PinyinIndex::findWord(QStringView text) const
{
    qsizetype low = 0;
    qsizetype high = m_wordCount;
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        const uchar *e = m_words + mid * kWordEntry;
        const int order = string(u32(e), u16(e + 4)).compare(text);
        if (order == 0)
            return mid;
        if (order < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return -1;
}

std::optional<QStringList> PinyinIndex::word(QStringView text) const
{
    const qsizetype i = findWord(text);
    if (i < 0)
        return std::nullopt;
    const uchar *e = m_words + i * kWordEntry;
    const QStringView value = string(u32(e) + u16(e + 4), u16(e + 6));
    QStringList syllables;
    for (const QStringView s : value.split(u' ', Qt::SkipEmptyParts)) syllables << s.toString();
    return syllables;
}

QString PinyinIndex::character(char32_t c) const
{
    qsizetype low = 0;
    qsizetype high = m_characterCount;
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        const uchar *e = m_characters + mid * kCharacterEntry;
        const char32_t key = u32(e);
        if (key == c)
            return string(u32(e + 4), u32(e + 8)).toString();
        if (key < c)
            low = mid + 1;
        else
            high = mid;
    }
    return {};
}

}  // namespace hope::core
