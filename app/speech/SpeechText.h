#pragma once

#include <QList>
#include <QString>

namespace hope::speech {

// A piece of the text being read and what espeak-ng is given for it. Kept
// apart because they differ: Chinese is spoken from tone-numbered pinyin
// (espeak-ng 1.51 misreads Hanzi), yet the words lit must be the Chinese
// ones.
struct SpeechSegment
{
    // In the text, in UTF-16 code units.
    qsizetype start = 0;
    qsizetype length = 0;
    // What espeak-ng reads for it. When it is the source text itself,
    // events map to the exact words inside the segment; otherwise an
    // event anywhere in it stands for the whole segment.
    QString spoken;
};

// A text to read and, in order, the segments espeak-ng is to say for it.
struct SpeechText
{
    QString text;
    QList<SpeechSegment> segments;

    // The text read as it is (English).
    [[nodiscard]] static SpeechText plain(const QString &text);

    // Chinese from the pinyin converter's words (core::PinyinWord, or any
    // type with start, length, isHan() and numbered()): each Chinese word
    // spoken from its tone-numbered syllables, so a word event lights the
    // whole Chinese word. A template so that this library does not depend
    // on the converter, which lives on its own branch for now.
    template <typename Word>
    [[nodiscard]] static SpeechText fromPinyin(const QString &text, const QList<Word> &words)
    {
        SpeechText result;
        result.text = text;
        for (const Word &word : words) {
            if (word.isHan())
                result.segments.append({word.start, word.length, word.numbered()});
            else
                result.appendNonChinese(word.start, word.length);
        }
        return result;
    }

    // A run of a Chinese text that is not Chinese words (punctuation,
    // digits, Latin, spaces), split into segments espeak-ng reads well:
    // punctuation as the full-width marks it pauses at and ends sentences
    // on; a four-digit number before 年 digit by digit, as a year
    // is read ("2020年": er4 ling2 er4 ling2); other numbers and Latin as
    // they are (cmn-latn-pinyin reads numbers in Mandarin); spaces dropped.
    void appendNonChinese(qsizetype start, qsizetype length);
};

}  // namespace hope::speech
