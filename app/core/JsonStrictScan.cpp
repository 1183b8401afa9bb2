#include "core/JsonStrictScan.h"

#include <QList>
#include <QSet>

namespace hope::core {

namespace {

struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    QSet<QByteArray> keys;
};

// The offset of the first byte that does not belong to well-formed UTF-8
// (no overlong forms, no surrogates, nothing past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = uchar(data.at(i));
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b == 0xe0)
                low = 0xa0;
            if (b == 0xed)
                high = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b == 0xf0)
                low = 0x90;
            if (b == 0xf4)
                high = 0x8f;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar c = uchar(data.at(i + k));
            const uchar lo = k == 1 ? low : 0x80;
            const uchar hi = k == 1 ? high : 0xbf;
            if (c < lo || c > hi)
                return i;
        }
        i += length;
    }
    return -1;
}

}  // namespace

std::optional<JsonStrictScan::Problem> JsonStrictScan::scan(const QByteArray &data)
{
    const auto at = [&data](qsizetype offset, const QString &what) {
        const QByteArray before = data.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Problem{line, column, what};
    };

    // UTF-16 and UTF-32 show as a byte-order mark or as NUL bytes between
    // the characters of the opening brace's line.
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff") ||
        (data.size() >= 2 && (data.at(0) == '\0' || data.at(1) == '\0')))
        return at(0, QStringLiteral("the file is UTF-16 or UTF-32 text; a bundle is UTF-8"));
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        return at(bad, QStringLiteral("the text is not valid UTF-8"));

    QList<Frame> stack;
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        switch (c) {
            case '{':
                stack.append(Frame{true, true, {}});
                break;
            case '[':
                stack.append(Frame{false, false, {}});
                break;
            case '}':
            case ']':
                if (!stack.isEmpty())
                    stack.removeLast();
                break;
            case ',':
                if (!stack.isEmpty() && stack.last().isObject)
                    stack.last().expectKey = true;
                break;
            case '"': {
                const qsizetype start = i;
                QByteArray text;  // the string as written, escapes kept
                ++i;
                for (; i < n && data.at(i) != '"'; ++i) {
                    const uchar ch = uchar(data.at(i));
                    if (ch < 0x20)
                        return at(i, QStringLiteral("a raw control character (U+%1) inside a "
                                                    "string; write it as an escape such as \\n")
                                         .arg(QStringLiteral("%1")
                                                  .arg(uint(ch), 4, 16, QChar(u'0'))
                                                  .toUpper()));
                    if (ch == '\\') {
                        if (i + 1 >= n)
                            break;
                        const char e = data.at(i + 1);
                        if (e == 'u') {
                            const QByteArray hex = data.mid(i + 2, 4);
                            bool ok = false;
                            const uint code = hex.toUInt(&ok, 16);
                            if (!ok || hex.size() != 4)
                                return at(i, QStringLiteral("\\u must be followed by four hex "
                                                            "digits"));
                            if (code == 0)
                                return at(i, QStringLiteral("a NUL character (\\u0000) inside a "
                                                            "string"));
                            text += data.mid(i, 6);
                            i += 5;
                            continue;
                        }
                        if (!QByteArrayView("\"\\/bfnrt").contains(e))
                            return at(i, QStringLiteral("\\%1 is not an escape JSON has (it has "
                                                        "\\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                                                        "\\uXXXX)")
                                             .arg(QChar(ushort(uchar(e)))));
                        text += data.mid(i, 2);
                        ++i;
                        continue;
                    }
                    text += char(ch);
                }
                if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                    Frame &object = stack.last();
                    object.expectKey = false;
                    if (object.keys.contains(text))
                        return at(start, QStringLiteral("the key \"%1\" is given twice in one "
                                                        "object")
                                             .arg(QString::fromUtf8(text)));
                    object.keys.insert(text);
                }
                break;
            }
            default:
                break;
        }
    }
    return std::nullopt;
}

}  // namespace hope::core
