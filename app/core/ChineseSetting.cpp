#include "core/ChineseSetting.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace hope::core {

namespace {

// A character with its position; surrogate pairs are one character.
struct Char
{
    qsizetype at = -1;
    char32_t code = 0;
    [[nodiscard]] bool valid() const { return at >= 0; }
};

Char charAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return {};
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {i, QChar::surrogateToUcs4(c, text.at(i + 1))};
    if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return {i - 1, QChar::surrogateToUcs4(text.at(i - 1), c)};
    return {i, c.unicode()};
}

qsizetype widthOf(const Char &c)
{
    return c.code > 0xffff ? 2 : 1;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

// Chinese punctuation: CJK symbols and the full-width forms that are not
// letters or digits.
bool isCjkPunctuation(char32_t c)
{
    if (c >= 0x3000 && c <= 0x303f)
        return c != 0x3007;  // 〇 is a numeral, written as Han
    if (c >= 0xff00 && c <= 0xffef)
        return !QChar::isLetterOrNumber(c);
    return false;
}

bool isChinese(char32_t c)
{
    return isHan(c) || isCjkPunctuation(c);
}

// Proportional Latin letters and digits: full-width ones are already set
// on the Han grid and want no extra space.
bool isLatinOrDigit(char32_t c)
{
    if (c >= 0xff00 && c <= 0xffef)
        return false;
    if (QChar::isDigit(c))
        return true;
    return QChar::isLetter(c) && QChar::script(c) == QChar::Script_Latin;
}

bool isQuote(char32_t c)
{
    return c == 0x2018 || c == 0x2019 || c == 0x201c || c == 0x201d;
}

// The nearest character before (step -1) or after (step 1) position i,
// looking through word joiners and, if asked, curly quotes: a quote takes
// its language from what it quotes.
Char neighbour(QStringView text, qsizetype i, int step, bool throughQuotes)
{
    Char c = charAt(text, i);
    for (qsizetype at = step < 0 ? c.at - 1 : c.at + widthOf(c); at >= 0 && at < text.size();) {
        const Char n = charAt(text, at);
        const bool skip =
            n.code == ChineseSetting::kWordJoiner.unicode() || (throughQuotes && isQuote(n.code));
        if (!skip)
            return n;
        at = step < 0 ? n.at - 1 : n.at + widthOf(n);
    }
    return {};
}

}  // namespace

QChar ChineseSetting::fullWidthAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return {};
    QChar full;
    switch (text.at(i).unicode()) {
        case u',':
            full = u'\uff0c';
            break;
        case u':':
            full = u'\uff1a';
            break;
        case u';':
            full = u'\uff1b';
            break;
        default:
            return {};
    }
    // Followed by a space, it was written the Western way, and a full-width
    // form would open a double gap.
    if (i + 1 < text.size() && text.at(i + 1).isSpace())
        return {};
    const Char before = neighbour(text, i, -1, true);
    if (before.valid() && isChinese(before.code))
        return full;
    // Nothing Chinese before it (the start of a text, a space): the text
    // after it decides, unless a number or a Latin word runs into it.
    if (before.valid() && !QChar::isSpace(before.code))
        return {};
    const Char after = neighbour(text, i, 1, true);
    return after.valid() && isChinese(after.code) ? full : QChar();
}

ChineseSetting::Plan ChineseSetting::plan(QStringView text)
{
    Plan plan;
    for (qsizetype i = 0; i < text.size();) {
        const Char c = charAt(text, i);
        const QChar full = fullWidthAt(text, i);
        if (!full.isNull())
            plan.fullWidth << qMakePair(i, full);
        const Char next = neighbour(text, i, 1, false);
        if (next.valid() && ((isHan(c.code) && isLatinOrDigit(next.code)) ||
                             (isLatinOrDigit(c.code) && isHan(next.code))))
            plan.quarterEmAfter << i;
        i += widthOf(c);
    }
    return plan;
}

qsizetype ChineseSetting::bindingPosition(QStringView text)
{
    // The last character that is not punctuation or space: punctuation
    // already keeps to the character before it.
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const Char c = charAt(text, i);
        i = c.at;
        if (c.code == kWordJoiner.unicode())
            return -1;  // bound already
        if (QChar::isPunct(c.code) || QChar::isSpace(c.code) || QChar::isSymbol(c.code))
            continue;
        if (!isHan(c.code))
            return -1;
        const Char before = charAt(text, c.at - 1);
        if (!before.valid() || QChar::isSpace(before.code) || before.code == kWordJoiner.unicode())
            return -1;
        return c.at;
    }
    return -1;
}

void ChineseSetting::setBlock(const QTextBlock &block)
{
    const QString text = block.text();
    const Plan plan = ChineseSetting::plan(text);
    if (plan.fullWidth.isEmpty() && plan.quarterEmAfter.isEmpty())
        return;
    QTextCursor cursor(block);
    const auto select = [&](qsizetype at, qsizetype length) {
        cursor.setPosition(block.position() + int(at));
        cursor.setPosition(block.position() + int(at + length), QTextCursor::KeepAnchor);
    };
    for (const auto &[at, full] : plan.fullWidth) {
        select(at, 1);
        // The character's own format (cursor.charFormat() is the one before
        // the selection's end, which is this character).
        QTextCharFormat format = cursor.charFormat();
        format.setProperty(kSourceProperty, QString(text.at(at)));
        cursor.insertText(QString(full), format);
    }
    for (const qsizetype at : plan.quarterEmAfter) {
        select(at, widthOf(charAt(text, at)));
        const QFont font = cursor.charFormat().font();
        const qreal em = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
        QTextCharFormat spacing;
        spacing.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        spacing.setFontLetterSpacing(em / 4.0);
        cursor.mergeCharFormat(spacing);
    }
}

void ChineseSetting::bindLastLine(const QTextBlock &block)
{
    const qsizetype at = bindingPosition(block.text());
    if (at < 0)
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + int(at));
    QTextCharFormat format = cursor.charFormat();
    format.setProperty(kAddedProperty, true);
    cursor.insertText(QString(kWordJoiner), format);
}

int ChineseSetting::positionOf(const QTextBlock &block, qsizetype sourceOffset)
{
    qsizetype added = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.position() - block.position() - added > sourceOffset)
            break;
        if (fragment.charFormat().boolProperty(kAddedProperty)) {
            // At the added character itself, the source's next one is after it.
            added += fragment.length();
        }
    }
    return block.position() + int(sourceOffset + added);
}

QTextCursor ChineseSetting::sourceRange(const QTextBlock &block, qsizetype start, qsizetype length)
{
    if (!block.isValid() || start < 0 || length <= 0)
        return {};
    const int end = block.position() + block.length() - 1;
    const int from = positionOf(block, start);
    if (from >= end)
        return {};
    QTextCursor cursor(block);
    cursor.setPosition(from);
    cursor.setPosition(std::min(positionOf(block, start + length), end), QTextCursor::KeepAnchor);
    return cursor;
}

QString ChineseSetting::sourceText(const QTextDocument *document, int from, int to)
{
    QString out;
    if (!document || to <= from)
        return out;
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int start = std::max(from, fragment.position());
            const int end = std::min(to, fragment.position() + fragment.length());
            if (start >= end)
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.boolProperty(kAddedProperty))
                continue;
            QString text = fragment.text().mid(start - fragment.position(), end - start);
            const QString source = format.stringProperty(kSourceProperty);
            if (!source.isEmpty())
                text.fill(source.at(0));
            text.replace(QChar::LineSeparator, u'\n');
            text.remove(QChar::ObjectReplacementCharacter);
            out += text;
        }
        // The paragraph's end, if the range runs past it.
        const int blockEnd = block.position() + block.length() - 1;
        if (blockEnd >= from && blockEnd < to && block.next().isValid())
            out += u'\n';
    }
    return out;
}

}  // namespace hope::core
