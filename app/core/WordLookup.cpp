#include "core/WordLookup.h"

#include "core/PinyinConverter.h"

#include <algorithm>

namespace hope::core {

QString WordLookup::marked(const QString &numbered)
{
    QString result;
    for (const QString &syllable : numbered.split(u' ', Qt::SkipEmptyParts)) {
        QString one = PinyinConverter::toneMarked(syllable.toLower());
        if (syllable.front().isUpper() && !one.isEmpty())
            one[0] = one.front().toUpper();
        result += one;
    }
    return result;
}

bool WordLookup::isHan(QChar c)
{
    return c.script() == QChar::Script_Han || c == u'〇';
}

QList<LookupChoice> WordLookup::at(QStringView text, qsizetype position,
                                   const QList<PinyinWord> &words) const
{
    QList<LookupChoice> choices;
    if (position < 0 || position >= text.size() || !isHan(text.at(position)))
        return choices;
    // Each character's syllable as the converter reads it in its word.
    QHash<qsizetype, QString> syllables;
    const PinyinWord *converted = nullptr;
    for (const PinyinWord &word : words) {
        if (!word.isHan() || word.syllables.size() != word.length)
            continue;
        for (qsizetype i = 0; i < word.length; ++i)
            syllables.insert(word.start + i, word.syllables.at(i));
        if (position >= word.start && position < word.start + word.length)
            converted = &word;
    }
    const auto choice = [&](qsizetype start, qsizetype length) {
        LookupChoice c;
        c.word = {start, length, text.sliced(start, length).toString()};
        if (m_dictionary)
            c.entries = m_dictionary->entries(c.word.text);
        QStringList read;
        for (qsizetype i = start; i < start + length && syllables.contains(i); ++i)
            read.append(syllables.value(i));
        if (read.size() == length) {
            c.pinyin = PinyinConverter::toneMarked(read.join(u' '));
            // The reading the ruby shows first: 会 huì before kuài.
            std::stable_partition(c.entries.begin(), c.entries.end(), [&](const auto &entry) {
                return marked(entry.pinyin) == c.pinyin;
            });
        } else if (!c.entries.isEmpty())
            c.pinyin = marked(c.entries.first().pinyin);
        return c;
    };
    if (converted)
        choices.append(choice(converted->start, converted->length));
    if (m_dictionary) {
        for (const DictionaryWord &word : m_dictionary->wordsAt(text, position)) {
            const bool known = std::any_of(choices.cbegin(), choices.cend(), [&](const auto &c) {
                return c.word.start == word.start && c.word.length == word.length;
            });
            if (!known)
                choices.append(choice(word.start, word.length));
        }
    }
    // Neither knows it: the character alone, said to be not in the
    // dictionary.
    if (choices.isEmpty())
        choices.append(choice(position, 1));
    return choices;
}

QString WordLookup::sentenceAt(QStringView text, qsizetype position)
{
    if (position < 0 || position >= text.size())
        return {};
    static const QString ends = QStringLiteral("。！？!?\n\u2029");
    qsizetype start = position;
    while (start > 0 && !ends.contains(text.at(start - 1))) --start;
    qsizetype end = position;
    while (end < text.size() && !ends.contains(text.at(end))) ++end;
    // The closing mark and any closing quote after it belong to it.
    while (end < text.size() &&
           (ends.contains(text.at(end)) || text.at(end) == u'”' || text.at(end) == u'」' ||
            text.at(end) == u'』') &&
           text.at(end) != u'\n' && text.at(end) != QChar::ParagraphSeparator)
        ++end;
    return text.sliced(start, end - start).trimmed().toString();
}

QString WordLookup::meaning(const LookupChoice &choice)
{
    QStringList readings;
    for (const DictionaryEntry &entry : choice.entries) {
        const QString senses = entry.senses.join(QStringLiteral("; "));
        readings.append(choice.entries.size() > 1
                            ? QStringLiteral("%1: %2").arg(marked(entry.pinyin), senses)
                            : senses);
    }
    return readings.join(QStringLiteral(" | "));
}

void WordLookup::setTexts(QStringList texts)
{
    m_texts = std::move(texts);
    m_indexed = false;
    m_index.clear();
}

QStringList WordLookup::wordsWith(const QString &character, qsizetype limit) const
{
    if (character.size() != 1 || !m_dictionary)
        return {};
    if (!m_indexed) {
        m_indexed = true;
        for (const QString &text : std::as_const(m_texts)) {
            for (const DictionaryWord &word : m_dictionary->wordsIn(text)) {
                for (const QChar c : word.text) ++m_index[c][word.text];
            }
        }
    }
    const QMap<QString, int> found = m_index.value(character.front());
    QList<std::pair<QString, int>> ranked(found.keyValueBegin(), found.keyValueEnd());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList result;
    for (const auto &[word, count] : std::as_const(ranked)) {
        if (result.size() >= limit)
            break;
        result.append(word);
    }
    return result;
}

}  // namespace hope::core
