#pragma once

#include "core/PinyinDictionary.h"
#include "core/PinyinWord.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>

namespace hope::core {

// Chinese text to Hanyu Pinyin, word by word: a character's reading often
// depends on its word (行 in 前行 xíng, in 银行 háng). ICU splits the text
// into words; each word is read from our corrections, else the word list,
// else from the longest known words within it and the usual readings of
// its remaining characters (see PinyinDictionary).
//
// Constructing one costs nothing: the dictionary is loaded on first use
// (some 20 ms from its index in the cache; half a second the first time,
// when the index is made), so a reader that never asks for pinyin never
// pays for it. Safe to use from several
// threads; it cannot be copied.
class PinyinConverter final
{
public:
    PinyinConverter() = default;
    explicit PinyinConverter(PinyinDictionary::Sources sources);
    Q_DISABLE_COPY_MOVE(PinyinConverter)
    ~PinyinConverter() = default;

    // Loads the dictionary if that has not been tried yet; false, with
    // error() saying which file is missing and what installs it, when it
    // cannot be. A failure is not retried.
    bool load() const;
    [[nodiscard]] QString error() const;
    // Whether load() has finished (however it went): until then a caller
    // on the interface's thread would wait for it.
    [[nodiscard]] bool isLoaded() const { return m_loaded.load(); }

    // The text as words, in order and covering all of it: Chinese words
    // with their readings, and every other run (Latin, digits,
    // punctuation, spaces) as a word of its own with no reading. Empty
    // when the dictionary cannot be loaded.
    [[nodiscard]] QList<PinyinWord> convert(const QString &text) const;

    // "xi1 wang4" -> "xīwàng"; see ToneMarks.
    [[nodiscard]] static QString toneMarked(QStringView numbered);

private:
    std::shared_ptr<const PinyinDictionary> dictionary() const;

    const PinyinDictionary::Sources m_sources{};
    mutable QMutex m_mutex;
    mutable bool m_tried = false;
    mutable std::shared_ptr<const PinyinDictionary> m_dictionary;
    mutable QString m_error;
    mutable std::atomic<bool> m_loaded{false};
};

}  // namespace hope::core
