#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hope::core {

// What QJsonDocument lets through but a bundle must not hold: text that is
// not UTF-8, raw control characters and NUL in strings, escapes JSON does
// not have (such as \x41), and a key given twice in one object, where the
// parser silently keeps the last and a later message would describe the
// wrong value. Runs before the parser; syntax errors are left to it.
class JsonStrictScan final
{
public:
    struct Problem
    {
        int line = 0;
        int column = 0;  // in bytes, from 1
        QString what;
    };

    [[nodiscard]] static std::optional<Problem> scan(const QByteArray &data);
};

}  // namespace hope::core
