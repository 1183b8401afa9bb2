#include "core/ToneMarks.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace hope::core {

namespace {

// The combining marks of tones 1 to 4 (macron, acute, caron, grave): a
// vowel and its mark composed by NFC give the usual letters (ā, ǘ, ń),
// and letters with no precomposed form (m̄, ê̄) still show.
constexpr char16_t kToneMark[] = {0x0304, 0x0301, 0x030c, 0x0300};

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == QChar(0xfc);
}

}  // namespace

bool ToneMarks::isNumberedSyllable(QStringView text)
{
    if (text.size() < 2 || text.size() > 8)
        return false;
    const QChar tone = text.back();
    if (tone < u'1' || tone > u'5')
        return false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool umlautColon = c == u':' && i > 0 && text.at(i - 1) == u'u';
        if (!(c >= u'a' && c <= u'z') && !umlautColon)
            return false;
    }
    return true;
}

QString ToneMarks::syllable(QStringView numbered)
{
    QString letters = numbered.toString();
    int tone = 5;
    if (!letters.isEmpty() && letters.back() >= u'0' && letters.back() <= u'5') {
        tone = letters.back().unicode() - u'0';
        letters.chop(1);
    }
    for (const QChar c : letters) {
        if (!(c >= u'a' && c <= u'z') && c != u':')
            return numbered.toString();
    }
    letters.replace(QStringLiteral("u:"), QString(QChar(0xfc)));
    letters.replace(u'v', QChar(0xfc));
    if (letters.isEmpty() || tone < 1 || tone > 4)
        return letters;

    qsizetype at = -1;
    if (const qsizetype a = letters.indexOf(u'a'); a >= 0)
        at = a;
    else if (const qsizetype e = letters.indexOf(u'e'); e >= 0)
        at = e;
    else if (const qsizetype ou = letters.indexOf(QStringLiteral("ou")); ou >= 0)
        at = ou;
    else {
        for (qsizetype i = letters.size() - 1; i >= 0 && at < 0; --i) {
            if (isVowel(letters.at(i)))
                at = i;
        }
    }
    // Syllables without a vowel (m, n, ng, hm, hng): the nasal carries it.
    if (at < 0) {
        at = letters.indexOf(u'n');
        if (at < 0)
            at = letters.indexOf(u'm');
    }
    if (at < 0)
        return letters;
    letters.insert(at + 1, QChar(kToneMark[tone - 1]));
    return letters.normalized(QString::NormalizationForm_C);
}

QString ToneMarks::toneMarked(QStringView numbered)
{
    QString word;
    const auto syllables = numbered.split(u' ', Qt::SkipEmptyParts);
    for (const QStringView s : syllables) {
        const QString marked = syllable(s);
        // Without the apostrophe "xi1 an1" (西安) would read as "xian1" (先).
        const QChar first = marked.isEmpty() ? QChar() : marked.front();
        const QChar base = QString(first).normalized(QString::NormalizationForm_D).front();
        if (!word.isEmpty() && (base == u'a' || base == u'o' || base == u'e'))
            word += u'\'';
        word += marked;
    }
    return word;
}

QString ToneMarks::toNumbered(QStringView marked)
{
    const QString decomposed = marked.toString().normalized(QString::NormalizationForm_D);
    QString letters;
    int tone = 5;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z') {
            letters += c;
        } else if (u >= u'A' && u <= u'Z') {
            letters += c.toLower();
        } else if (u == 0x0308) {  // the diaeresis of ü
            if (!letters.endsWith(u'u'))
                return {};
            letters.back() = u'v';
        } else if (u == 0x0302) {
            // ê (as in 欸 ê̄) has no letter of its own in tone-numbered
            // pinyin; e is what espeak-ng and the word list use.
        } else if (const auto *m = std::find(std::begin(kToneMark), std::end(kToneMark), u);
                   m != std::end(kToneMark)) {
            if (tone != 5)
                return {};
            tone = int(m - std::begin(kToneMark)) + 1;
        } else {
            return {};
        }
    }
    if (letters.isEmpty())
        return {};
    return letters + QChar(u'0' + tone);
}

}  // namespace hope::core
