#include "core/SettingsIni.h"

#include <QMap>

#include <optional>

namespace hope::core {

namespace {

const QString kByteArrayPrefix = QStringLiteral("@ByteArray(");

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// "%20" and the like in keys, as QSettings escapes them.
QString unescapeKey(QStringView key)
{
    QByteArray out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'%' && i + 2 < key.size() && hexValue(key.at(i + 1)) >= 0 &&
            hexValue(key.at(i + 2)) >= 0) {
            out.append(char(hexValue(key.at(i + 1)) * 16 + hexValue(key.at(i + 2))));
            i += 2;
        } else if (c == u'\\') {
            out.append('/');
        } else {
            out.append(QString(c).toUtf8());
        }
    }
    return QString::fromUtf8(out);
}

// A value as QSettings writes it: quoted runs, backslash escapes, an
// unquoted ';' starting a comment; nullopt for a list (an unquoted ',')
// or a broken escape.
std::optional<QString> unescapeValue(QStringView raw)
{
    QString out;
    bool quoted = false;
    // Text after the last quote is unquoted, and loses its trailing spaces
    // before a comment as QSettings' does.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'"') {
            quoted = !quoted;
            kept = out.size();
            continue;
        }
        if (!quoted && c == u';')
            break;
        if (!quoted && c == u',')
            return std::nullopt;
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (++i >= raw.size())
            return std::nullopt;
        const QChar e = raw.at(i);
        switch (e.unicode()) {
            case u'a':
                out.append(QChar(0x07));
                break;
            case u'b':
                out.append(QChar(0x08));
                break;
            case u'f':
                out.append(QChar(0x0c));
                break;
            case u'n':
                out.append(QChar(0x0a));
                break;
            case u'r':
                out.append(QChar(0x0d));
                break;
            case u't':
                out.append(QChar(0x09));
                break;
            case u'v':
                out.append(QChar(0x0b));
                break;
            case u'"':
            case u'\'':
            case u'\\':
            case u'?':
                out.append(e);
                break;
            case u'x': {
                // Up to four hex digits, as QSettings reads them.
                uint value = 0;
                int digits = 0;
                while (digits < 4 && i + 1 < raw.size() && hexValue(raw.at(i + 1)) >= 0) {
                    value = value * 16 + uint(hexValue(raw.at(++i)));
                    ++digits;
                }
                if (digits == 0)
                    return std::nullopt;
                out.append(QChar(char16_t(value)));
                break;
            }
            default:
                if (e >= u'0' && e <= u'7') {
                    uint value = uint(e.unicode() - u'0');
                    for (int digits = 1; digits < 3 && i + 1 < raw.size() &&
                                         raw.at(i + 1) >= u'0' && raw.at(i + 1) <= u'7';
                         ++digits)
                        value = value * 8 + uint(raw.at(++i).unicode() - u'0');
                    out.append(QChar(char16_t(value)));
                    break;
                }
                return std::nullopt;
        }
    }
    if (quoted)
        return std::nullopt;
    while (out.size() > kept && out.back().isSpace()) out.chop(1);
    return out;
}

// A string or a byte array; nullopt for every other "@" form.
std::optional<QVariant> decode(const QString &text)
{
    if (!text.startsWith(u'@'))
        return QVariant(text);
    if (text.startsWith(QStringLiteral("@@")))
        return QVariant(text.mid(1));
    if (text.startsWith(kByteArrayPrefix) && text.endsWith(u')')) {
        const QStringView inner = QStringView(text).mid(kByteArrayPrefix.size(),
                                                        text.size() - kByteArrayPrefix.size() - 1);
        QByteArray bytes;
        bytes.reserve(inner.size());
        for (const QChar c : inner) {
            if (c.unicode() > 0xff)
                return std::nullopt;
            bytes.append(char(c.unicode()));
        }
        return QVariant(bytes);
    }
    return std::nullopt;
}

bool isPlainKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

QByteArray escapeKey(const QString &key)
{
    QByteArray out;
    for (const char c : key.toUtf8()) {
        if (isPlainKeyChar(c))
            out.append(c);
        else
            out.append('%').append(
                QByteArray::number(uchar(c), 16).rightJustified(2, '0').toUpper());
    }
    return out;
}

// Quoted where QSettings quotes, so that ',' ';' and spaces at the ends
// are text. A hex escape followed by a hex digit would run into it: such a
// digit is escaped too.
QByteArray escapeValue(const QString &text)
{
    const bool quote =
        !text.isEmpty() && (text.front().isSpace() || text.back().isSpace() ||
                            text.contains(u',') || text.contains(u';') || text.contains(u'='));
    QByteArray out = quote ? "\"" : "";
    bool afterHex = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool hexDigit = hexValue(c) >= 0;
        if (u == u'"' || u == u'\\') {
            out.append('\\').append(char(u));
            afterHex = false;
        } else if (u < 0x20 || (u >= 0x7f && u <= 0xff) || (afterHex && hexDigit)) {
            out.append("\\x").append(QByteArray::number(uint(u), 16));
            afterHex = true;
        } else {
            out.append(QString(c).toUtf8());
            afterHex = false;
        }
    }
    return quote ? out.append('"') : out;
}

}  // namespace

SettingsIni::Result SettingsIni::read(const QByteArray &contents)
{
    Result result;
    QString section;
    const QString text = QString::fromUtf8(contents);
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype end = line.indexOf(u']');
            section = end > 0 ? unescapeKey(line.mid(1, end - 1).trimmed()) : QString();
            if (section.compare(QStringLiteral("General"), Qt::CaseInsensitive) == 0)
                section.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString name = unescapeKey(line.left(equals).trimmed());
        const QString key = section.isEmpty() ? name : section + u'/' + name;
        const std::optional<QString> value = unescapeValue(line.mid(equals + 1).trimmed());
        const std::optional<QVariant> decoded = value ? decode(*value) : std::nullopt;
        if (decoded) {
            result.values.insert(key, *decoded);
            result.refused.removeAll(key);
        } else {
            result.values.remove(key);
            if (!result.refused.contains(key))
                result.refused << key;
        }
    }
    return result;
}

QByteArray SettingsIni::write(const QVariantMap &values)
{
    // Grouped as QSettings groups them: top-level keys first, under
    // [General], then each group in order.
    QMap<QString, QList<std::pair<QString, QVariant>>> groups;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        const QString group = slash < 0 ? QString() : it.key().left(slash);
        const QString name = slash < 0 ? it.key() : it.key().mid(slash + 1);
        groups[group].append({name, it.value()});
    }
    QByteArray out;
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        if (!out.isEmpty())
            out.append('\n');
        out.append('[')
            .append(group.key().isEmpty() ? QByteArray("General") : escapeKey(group.key()))
            .append("]\n");
        for (const auto &[name, value] : group.value()) {
            QString text;
            if (value.typeId() == QMetaType::QByteArray) {
                text = kByteArrayPrefix + QString::fromLatin1(value.toByteArray()) + u')';
            } else {
                text = value.toString();
                if (text.startsWith(u'@'))
                    text.prepend(u'@');
            }
            out.append(escapeKey(name)).append('=').append(escapeValue(text)).append('\n');
        }
    }
    return out;
}

}  // namespace hope::core
