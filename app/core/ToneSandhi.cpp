#include "core/ToneSandhi.h"

#include "core/ToneMarks.h"

namespace hope::core {

namespace {

// Digits that make 一 a counted one before them (一二三), and the numerals
// that do after them (十一, 一百一). Before 百, 千, 万 and 亿 the one is
// spoken like any other (yìbǎi, yíwàn): they multiply, they are not counted.
bool isDigit(QChar c)
{
    static const QString kDigits = QStringLiteral("零〇一二两三四五六七八九十");
    return kDigits.contains(c) || c.isDigit();
}

bool isNumeral(QChar c)
{
    return isDigit(c) || QStringLiteral("百千万亿").contains(c);
}

QChar toneOf(const QString &numbered)
{
    return numbered.isEmpty() ? QChar() : numbered.back();
}

}  // namespace

QList<PinyinWord> ToneSandhi::spoken(const QList<PinyinWord> &words)
{
    QList<PinyinWord> out = words;
    // Every Chinese character of the text with its syllable, in order, and
    // whether a non-Chinese run (punctuation, a space, digits) follows it.
    struct At
    {
        qsizetype word;
        qsizetype syllable;
    };
    QList<At> order;
    for (qsizetype w = 0; w < out.size(); ++w) {
        const PinyinWord &word = out.at(w);
        // One syllable a code unit only; anything else is left alone.
        if (!word.isHan() || word.syllables.size() != word.length)
            continue;
        for (qsizetype s = 0; s < word.syllables.size(); ++s) order.append({w, s});
    }
    const auto character = [&out](const At &at) {
        const PinyinWord &w = out.at(at.word);
        return w.text.at(at.syllable);
    };
    const auto position = [&out](const At &at) {
        return out.at(at.word).start + at.syllable;
    };
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QChar c = character(order.at(i));
        if (c != u'一' && c != u'不')
            continue;
        QString &syllable = out[order.at(i).word].syllables[order.at(i).syllable];
        // The next character, if it follows at once; none at a phrase's end.
        const bool followed =
            i + 1 < order.size() && position(order.at(i + 1)) == position(order.at(i)) + 1;
        if (!followed)
            continue;
        const QChar next = character(order.at(i + 1));
        const QChar nextTone =
            toneOf(out.at(order.at(i + 1).word).syllables.at(order.at(i + 1).syllable));
        if (c == u'不') {
            if (syllable == u"bu4" && nextTone == u'4')
                syllable = QStringLiteral("bu2");
            continue;
        }
        if (syllable != u"yi1" || isDigit(next))
            continue;
        const bool afterCounting =
            i > 0 && position(order.at(i - 1)) == position(order.at(i)) - 1 &&
            (character(order.at(i - 1)) == u'第' || isNumeral(character(order.at(i - 1))));
        if (afterCounting)
            continue;
        // The last character of a word (唯一, 统一, 专一) is the counted
        // one, unless the word is a demonstrative's (这一, 每一).
        const PinyinWord &word = out.at(order.at(i).word);
        if (word.syllables.size() > 1 && order.at(i).syllable == word.syllables.size() - 1 &&
            !QStringLiteral("这那每哪").contains(word.text.at(order.at(i).syllable - 1)))
            continue;
        // 个's neutral tone is a weakened fourth: yí ge.
        const bool fourth = nextTone == u'4' || next == u'个';
        syllable = fourth ? QStringLiteral("yi2") : QStringLiteral("yi4");
    }
    // A word whose syllables changed is spelled again from them.
    for (qsizetype w = 0; w < out.size(); ++w) {
        if (out.at(w).syllables != words.at(w).syllables)
            out[w].marked = ToneMarks::toneMarked(out.at(w).syllables.join(u' '));
    }
    return out;
}

}  // namespace hope::core
