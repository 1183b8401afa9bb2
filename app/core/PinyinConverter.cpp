#include "core/PinyinConverter.h"

#include "core/ToneMarks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <QMutexLocker>

#include <algorithm>
#include <memory>
#include <vector>

namespace hope::core {

namespace {

// Where ICU's word break rules (with its dictionary for Chinese, which has
// no spaces) end words: marks[i] is set when a word starts at code unit i.
std::vector<char> wordBoundaries(const QString &text)
{
    std::vector<char> marks(size_t(text.size()) + 1, 0);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status) || !words) {
        // No segmentation data: every character a word of its own, which
        // still reads each by its usual reading.
        std::fill(marks.begin(), marks.end(), 1);
        return marks;
    }
    // An alias of the text, not a copy; it outlives the iterator's use.
    const icu::UnicodeString alias(false, reinterpret_cast<const char16_t *>(text.utf16()),
                                   int32_t(text.size()));
    words->setText(alias);
    for (int32_t at = words->first(); at != icu::BreakIterator::DONE; at = words->next())
        marks[size_t(at)] = 1;
    return marks;
}

char32_t codePointAt(const QString &text, qsizetype i, qsizetype *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

}  // namespace

PinyinConverter::PinyinConverter(PinyinDictionary::Sources sources) : m_sources(std::move(sources))
{}

bool PinyinConverter::load() const
{
    return dictionary() != nullptr;
}

QString PinyinConverter::error() const
{
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

std::shared_ptr<const PinyinDictionary> PinyinConverter::dictionary() const
{
    const QMutexLocker lock(&m_mutex);
    if (!m_tried) {
        m_tried = true;
        PinyinDictionary::Loaded loaded = PinyinDictionary::load(m_sources);
        m_dictionary = std::move(loaded.dictionary);
        m_error = loaded.error;
        m_loaded = true;
    }
    return m_dictionary;
}

QList<PinyinWord> PinyinConverter::convert(const QString &text) const
{
    const std::shared_ptr<const PinyinDictionary> dictionary = this->dictionary();
    if (!dictionary)
        return {};
    const PinyinDictionary &d = *dictionary;
    const qsizetype n = text.size();

    // Which code units are Chinese that can be read: a Han character with
    // no known reading passes through like any other text.
    std::vector<char> han(size_t(n), 0);
    for (qsizetype i = 0, units = 1; i < n; i += units) {
        const char32_t c = codePointAt(text, i, &units);
        const bool readable = QChar::script(c) == QChar::Script_Han &&
                              (!d.character(c).isEmpty() || d.correction(text.mid(i, units)));
        std::fill_n(han.begin() + i, units, char(readable));
    }

    std::vector<char> cut = wordBoundaries(text);
    cut[0] = cut[size_t(n)] = 1;
    for (qsizetype i = 1; i < n; ++i) {
        if (han[size_t(i)] != han[size_t(i - 1)])
            cut[size_t(i)] = 1;
    }

    // Our corrections of two characters or more come first, leftmost and
    // longest, even where ICU would split or join the words differently:
    // they are there because the plain reading went wrong. corrected[i]
    // holds the reading of the word that starts at i.
    std::vector<QStringList> corrected(static_cast<size_t>(n));
    std::vector<char> inCorrection(size_t(n), 0);
    qsizetype runEnd = 0;  // where the run of Chinese at i ends
    for (qsizetype i = 0, units = 1; i < n; i += units) {
        codePointAt(text, i, &units);
        if (!han[size_t(i)])
            continue;
        for (runEnd = std::max(runEnd, i); runEnd < n && han[size_t(runEnd)];) ++runEnd;
        for (qsizetype len = std::min(d.longestCorrection(), runEnd - i); len > units; --len) {
            const PinyinDictionary::Correction *c = d.correction(text.mid(i, len));
            if (!c || c->syllables.size() < 2)
                continue;
            std::fill(cut.begin() + i + 1, cut.begin() + i + len, 0);
            std::fill(inCorrection.begin() + i, inCorrection.begin() + i + len, 1);
            cut[size_t(i)] = cut[size_t(i + len)] = 1;
            qsizetype wordStart = 0;
            qsizetype syllable = 0;
            for (const qsizetype end : c->breaks + QList<qsizetype>{len}) {
                cut[size_t(i + end)] = 1;
                const qsizetype count = text.mid(i + wordStart, end - wordStart).toUcs4().size();
                corrected[size_t(i + wordStart)] = c->syllables.mid(syllable, count);
                syllable += count;
                wordStart = end;
            }
            units = len;
            break;
        }
    }

    // ICU's dictionary lacks words the word list has, and splits them, often
    // into single characters (翘|首, 夺|冠) whose readings alone are wrong:
    // where whole ICU words together make a word of the list, they are
    // joined, the longest from the left. ICU's words are never cut.
    const auto segmentEnd = [&](qsizetype from) {
        qsizetype end = from + 1;
        while (!cut[size_t(end)]) ++end;
        return end;
    };
    const auto joinable = [&](qsizetype at) {
        return han[size_t(at)] && !inCorrection[size_t(at)];
    };
    for (qsizetype start = 0; start < n;) {
        qsizetype end = segmentEnd(start);
        if (!joinable(start)) {
            start = end;
            continue;
        }
        qsizetype joinedEnd = end;
        for (qsizetype next = end; next < n && joinable(next);) {
            next = segmentEnd(next);
            if (next - start > d.longestWord())
                break;
            if (d.hasWord(QStringView(text).mid(start, next - start)))
                joinedEnd = next;
        }
        std::fill(cut.begin() + start + 1, cut.begin() + joinedEnd, 0);
        start = joinedEnd;
    }

    QList<PinyinWord> words;
    for (qsizetype start = 0; start < n;) {
        qsizetype end = start + 1;
        while (!cut[size_t(end)]) ++end;
        const QString piece = text.mid(start, end - start);
        if (!han[size_t(start)]) {
            // One word for each run of other text, however ICU splits it.
            if (!words.isEmpty() && !words.back().isHan() &&
                words.back().start + words.back().length == start) {
                words.back().length += piece.size();
                words.back().text += piece;
            } else {
                words.append({start, piece.size(), piece, {}, {}});
            }
            start = end;
            continue;
        }
        QStringList syllables = corrected[size_t(start)];
        if (syllables.isEmpty())
            syllables = d.word(piece).value_or(QStringList());
        // A word the list does not have: the longest words it has from the
        // left, and single characters where there are none.
        const bool whole = !syllables.isEmpty();
        for (qsizetype i = start; !whole && i < end;) {
            std::optional<QStringList> known;
            qsizetype len = std::min(d.longestWord(), end - i);
            while (len >= 2 && !(known = d.word(QStringView(text).mid(i, len)))) --len;
            if (known) {
                syllables += *known;
                i += len;
                continue;
            }
            qsizetype units = 1;
            const char32_t c = codePointAt(text, i, &units);
            const PinyinDictionary::Correction *own = d.correction(text.mid(i, units));
            syllables += own ? own->syllables.front() : d.character(c);
            i += units;
        }
        words.append(
            {start, piece.size(), piece, syllables, ToneMarks::toneMarked(syllables.join(u' '))});
        start = end;
    }
    return words;
}

QString PinyinConverter::toneMarked(QStringView numbered)
{
    return ToneMarks::toneMarked(numbered);
}

}  // namespace hope::core
