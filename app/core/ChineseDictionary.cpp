#include "core/ChineseDictionary.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace hope::core {

ChineseDictionary::ChineseDictionary(QString path) : m_path(std::move(path))
{}

std::optional<DictionaryEntry> ChineseDictionary::parseLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(u'#'))
        return std::nullopt;
    const qsizetype space = line.indexOf(u' ');
    const qsizetype open = line.indexOf(u'[');
    const qsizetype close = line.indexOf(u']', open);
    const qsizetype slash = line.indexOf(u'/', close);
    if (space <= 0 || open <= space || close < 0 || slash < 0 || !line.endsWith(u'/'))
        return std::nullopt;
    DictionaryEntry entry;
    entry.traditional = line.first(space).toString();
    entry.simplified = line.mid(space + 1, open - space - 1).trimmed().toString();
    entry.pinyin = line.mid(open + 1, close - open - 1).trimmed().toString();
    if (entry.simplified.isEmpty() || entry.simplified.contains(u' ') || entry.pinyin.isEmpty() ||
        entry.simplified.size() > kMaxWordLength)
        return std::nullopt;
    for (const QStringView sense : line.mid(slash + 1).split(u'/', Qt::SkipEmptyParts)) {
        const QStringView trimmed = sense.trimmed();
        if (!trimmed.isEmpty())
            entry.senses.append(trimmed.toString());
    }
    if (entry.senses.isEmpty())
        return std::nullopt;
    return entry;
}

bool ChineseDictionary::load() const
{
    if (m_tried)
        return m_error.isEmpty();
    m_tried = true;
    const QFileInfo info(m_path);
    QFile file(m_path);
    if (!info.isFile()) {
        m_error = tr("The dictionary %1 is missing or not a regular file.").arg(m_path);
    } else if (info.size() > kMaxBytes) {
        m_error =
            tr("The dictionary %1 is too large to be one (%2 bytes).").arg(m_path).arg(info.size());
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The dictionary %1 cannot be read: %2").arg(m_path, file.errorString());
    }
    if (!m_error.isEmpty())
        return false;
    // Read no more than the limit, whatever the file became since.
    const QString text = QString::fromUtf8(file.read(kMaxBytes));
    for (const QStringView line : QStringView(text).split(u'\n')) {
        std::optional<DictionaryEntry> entry = parseLine(line);
        if (!entry)
            continue;
        m_longest = std::max(m_longest, entry->simplified.size());
        m_entries[entry->simplified].append(std::move(*entry));
        ++m_count;
    }
    if (m_count == 0) {
        m_error = tr("The dictionary %1 has no entries.").arg(m_path);
        m_entries.clear();
        return false;
    }
    return true;
}

qsizetype ChineseDictionary::entryCount() const
{
    load();
    return m_count;
}

QList<DictionaryEntry> ChineseDictionary::entries(const QString &simplified) const
{
    load();
    return m_entries.value(simplified);
}

bool ChineseDictionary::contains(const QString &simplified) const
{
    load();
    return m_entries.contains(simplified);
}

QList<DictionaryWord> ChineseDictionary::wordsAt(QStringView text, qsizetype position) const
{
    QList<DictionaryWord> words;
    if (!load() || position < 0 || position >= text.size())
        return words;
    // Longest first; of the same length, the one further left first.
    for (qsizetype length = std::min(m_longest, text.size()); length >= 1; --length) {
        for (qsizetype start = std::max<qsizetype>(0, position - length + 1);
             start <= position && start + length <= text.size(); ++start) {
            const QString word = text.sliced(start, length).toString();
            if (m_entries.contains(word))
                words.append({start, length, word});
        }
    }
    return words;
}

QList<DictionaryWord> ChineseDictionary::wordsIn(QStringView text) const
{
    QList<DictionaryWord> words;
    if (!load())
        return words;
    for (qsizetype start = 0; start < text.size(); ++start) {
        for (qsizetype length = 2; length <= m_longest && start + length <= text.size(); ++length) {
            const QString word = text.sliced(start, length).toString();
            if (m_entries.contains(word))
                words.append({start, length, word});
        }
    }
    return words;
}

}  // namespace hope::core
