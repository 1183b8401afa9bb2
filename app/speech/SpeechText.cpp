#include "speech/SpeechText.h"

#include <algorithm>

namespace hope::speech {

namespace {

// Punctuation as the full-width marks cmn-latn-pinyin pauses at and ends
// sentences on: after lower-case pinyin an ASCII full stop ends no
// sentence, as it takes it for an abbreviation. Empty for marks it should
// not read at all (quotes, brackets).
QString spokenPunctuation(QChar c)
{
    switch (c.unicode()) {
        case u'。':
        case u'．':
        case u'.':
            return QStringLiteral("。");
        case u'！':
        case u'!':
            return QStringLiteral("！");
        case u'？':
        case u'?':
            return QStringLiteral("？");
        case u'；':
        case u';':
            return QStringLiteral("；");
        case u'：':
        case u':':
            return QStringLiteral("：");
        case u'，':
        case u',':
        case u'、':
        case u'…':
        case u'—':
            return QStringLiteral("，");
        default:
            return {};
    }
}

QString yearDigits(QStringView digits)
{
    static const char *const kDigit[] = {"ling2", "yi1",  "er4", "san1", "si4",
                                         "wu3",   "liu4", "qi1", "ba1",  "jiu3"};
    QStringList syllables;
    for (const QChar d : digits) syllables << QLatin1String(kDigit[d.unicode() - u'0']);
    return syllables.join(u' ');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

}  // namespace

SpeechText SpeechText::plain(const QString &text)
{
    SpeechText result;
    result.text = text;
    if (!text.isEmpty())
        result.segments.append({0, text.size(), text});
    return result;
}

void SpeechText::appendNonChinese(qsizetype start, qsizetype length)
{
    const qsizetype end = std::min(start + length, text.size());
    qsizetype i = std::max<qsizetype>(start, 0);
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c.isLetterOrNumber()) {
            qsizetype j = i + 1;
            while (j < end && (text.at(j).isLetterOrNumber() || text.at(j).isMark())) ++j;
            const QStringView run = QStringView(text).mid(i, j - i);
            const bool year = run.size() == 4 &&
                              std::all_of(run.begin(), run.end(), isAsciiDigit) &&
                              j < text.size() && text.at(j) == u'年';
            segments.append({i, j - i, year ? yearDigits(run) : run.toString()});
            i = j;
            continue;
        }
        const QString spoken = spokenPunctuation(c);
        if (!spoken.isEmpty())
            segments.append({i, 1, spoken});
        ++i;
    }
}

}  // namespace hope::speech
