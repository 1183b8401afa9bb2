#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hope::core {

// The checks every file the reader keeps for the user starts with (notes,
// vocabulary): not too large, strict JSON (JsonStrictScan), an object whose
// "format" is ours and whose "version" this reader knows. The root object,
// or nothing with *problem saying what is wrong, in words a message can
// put after the file's name.
class JsonFileHeader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonFileHeader)

public:
    struct Expected
    {
        QString format;
        int version = 1;
        qint64 maxBytes = 0;
        // What to say when the format is not this one ("not a Hope Reader
        // notes file").
        QString notThisFormat;
    };

    [[nodiscard]] static std::optional<QJsonObject> open(const QByteArray &data,
                                                         const Expected &expected,
                                                         QString *problem);
};

}  // namespace hope::core
