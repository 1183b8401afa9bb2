#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace hope::core {

// Times in a clip, in milliseconds.
class MediaTime final
{
public:
    // "mm:ss", "mm:ss.ttt", "hh:mm:ss.ttt" (WebVTT and the command line).
    // Minutes and seconds below 60, at most three fraction digits.
    [[nodiscard]] static std::optional<qint64> parse(const QString &text);
    // "0:05", "12:34", "1:02:03": what a player shows.
    [[nodiscard]] static QString format(qint64 ms);
    // "0:12.480": to the millisecond, for a paused frame.
    [[nodiscard]] static QString formatPrecise(qint64 ms);
};

}  // namespace hope::core
