#include "core/PinyinDictionary.h"

#include "core/BundleFile.h"
#include "core/PinyinSources.h"
#include "core/SafeOutputFile.h"

#include <unicode/uvernum.h>

#include <QByteArrayView>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace hope::core {

// What a cached index was made from: the two files as installed (a Debian
// update changes their size or time), ICU's version (its Hant-Hans gives the
// simplified spellings) and the index's. Empty if a file is missing: then
// reading it says so, and nothing is cached.
QByteArray PinyinDictionary::stampOf(const Sources &sources)
{
    QByteArray stamp =
        "index " + QByteArray::number(PinyinIndex::kVersion) + "; ICU " + U_ICU_VERSION;
    for (const QString &path : {sources.wordList, sources.unihan}) {
        const QFileInfo file(path);
        if (!file.isFile())
            return {};
        stamp += "; " + file.canonicalFilePath().toUtf8() + ' ' + QByteArray::number(file.size()) +
                 ' ' + QByteArray::number(file.lastModified().toMSecsSinceEpoch());
    }
    return stamp;
}

QString PinyinDictionary::defaultCache()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/pinyin.index");
}

PinyinDictionary::Loaded PinyinDictionary::load(const Sources &sources)
{
    const auto failed = [](const QString &error) {
        Loaded loaded;
        loaded.error = error;
        return loaded;
    };
    auto dictionary = std::make_shared<PinyinDictionary>();
    Loaded loaded;
    const QString cache = sources.cache.value_or(defaultCache());
    const QByteArray stamp = cache.isEmpty() ? QByteArray() : stampOf(sources);
    if (!stamp.isEmpty()) {
        BundleFile::Read read = BundleFile::read(cache, QString(), kMaxIndexBytes);
        if (read.ok())
            dictionary->m_index = PinyinIndex::open(std::move(read.data), stamp, &loaded.cacheNote);
        else
            loaded.cacheNote = read.error;
        loaded.fromCache = dictionary->m_index.has_value();
    }
    if (!dictionary->m_index) {
        PinyinSources::Readings readings;
        if (const QString error = PinyinSources::read(sources.wordList, sources.unihan, &readings);
            !error.isEmpty())
            return failed(error);
        const QByteArray bytes = PinyinIndex::build(readings.words, readings.characters, stamp);
        dictionary->m_index = PinyinIndex::open(bytes, stamp);
        if (!dictionary->m_index)
            return failed(tr("The pinyin readings could not be indexed."));
        if (!stamp.isEmpty())
            if (const QString why = writeCache(cache, bytes); !why.isEmpty())
                loaded.cacheNote = why;
    }
    if (const QString error = dictionary->readCorrections(sources.corrections); !error.isEmpty())
        return failed(error);
    loaded.dictionary = std::move(dictionary);
    return loaded;
}

// Kept for the next run; a folder that cannot be written only costs that
// run its half second. Written beside and renamed over, so a reader that
// opens it at the same time sees the old index or the new one, whole; never
// through a link (one someone else planted) or over anything but a file.
QString PinyinDictionary::writeCache(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot make the folder %1").arg(folder);
    SafeOutputFile out(path, SafeOutputFile::Links::Refuse);
    if (out.open())
        out.writeAll(bytes);
    out.commit();
    return out.errorString();
}

std::optional<QStringList> PinyinDictionary::word(QStringView text) const
{
    return m_index->word(text);
}

bool PinyinDictionary::hasWord(QStringView text) const
{
    return m_index->hasWord(text);
}

qsizetype PinyinDictionary::longestWord() const
{
    return m_index->longestWord();
}

qsizetype PinyinDictionary::wordCount() const
{
    return m_index->wordCount();
}

qsizetype PinyinDictionary::characterCount() const
{
    return m_index->characterCount();
}

const PinyinDictionary::Correction *PinyinDictionary::correction(const QString &text) const
{
    const auto it = m_corrections.constFind(text);
    return it == m_corrections.cend() ? nullptr : &*it;
}

QString PinyinDictionary::character(char32_t c) const
{
    return m_index->character(c);
}

QString PinyinDictionary::readCorrections(const QString &path)
{
    const BundleFile::Read read = BundleFile::read(path, QString(), kMaxCorrectionsBytes);
    if (!read.ok())
        return tr("Cannot read the pinyin corrections %1: %2").arg(path, read.error);
    // phrase<TAB>syllables[<TAB>why], spaces in the phrase between its
    // words; "#" starts a comment line.
    const QString text = QString::fromUtf8(read.data);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        Correction correction;
        QString phrase;
        bool ok = fields.size() >= 2 && fields.size() <= 3 &&
                  fields.at(0).size() <= PinyinSources::kMaxWordLength;
        for (const QStringView word : ok ? fields.at(0).split(u' ') : QList<QStringView>()) {
            ok = ok && !PinyinSources::hanCodePoints(word).isEmpty();
            if (!phrase.isEmpty())
                correction.breaks << phrase.size();
            phrase += word;
        }
        if (ok)
            correction.syllables = PinyinSources::syllablesOf(fields.at(1));
        if (!ok || correction.syllables.size() != phrase.toUcs4().size())
            return tr("%1, line %2: expected Chinese words (a space between two), a tab, and one "
                      "tone-numbered syllable for each character")
                .arg(path)
                .arg(n + 1);
        if (m_corrections.contains(phrase))
            return tr("%1, line %2: %3 is corrected twice").arg(path).arg(n + 1).arg(phrase);
        m_longestCorrection = std::max(m_longestCorrection, phrase.size());
        m_corrections.insert(phrase, std::move(correction));
    }
    return {};
}

}  // namespace hope::core
