#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantMap>

namespace hope::core {

// The reader's settings file, read and written here rather than by
// QSettings, because QSettings decodes "@Variant(...)" values with
// QDataStream: a file anyone can edit could then build a list nested
// thirty thousand deep (a stack overflow) or a QRegion of two billion
// rectangles (minutes of work) before the reader has looked at a key.
//
// The format is QSettings' own INI dialect, so files written by earlier
// versions read as before: "[group]" lines, "key=value", values quoted
// and backslash-escaped, byte arrays as "@ByteArray(...)". Values are
// strings, or byte arrays for that one form; every other "@" form is
// refused, as are lists.
class SettingsIni final
{
public:
    struct Result
    {
        // "group/key" -> QString, or QByteArray for "@ByteArray(...)".
        QVariantMap values;
        // Keys whose values were refused ("@Variant", a list, malformed).
        QStringList refused;
    };

    [[nodiscard]] static Result read(const QByteArray &contents);
    // Strings (anything QVariant turns into one) and byte arrays; the
    // keys are "group/key" or plain "key".
    [[nodiscard]] static QByteArray write(const QVariantMap &values);
};

}  // namespace hope::core
