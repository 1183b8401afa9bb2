#pragma once

#include <QtGlobal>

#include <optional>

namespace hope::core {

// Repeating one caption line until it is understood: an A-B loop on the
// cue's times, as study players and mpv's loop keys have it.
class CueLoop final
{
public:
    // Loops [fromMs, toMs); an empty or backwards span loops nothing.
    void start(qint64 fromMs, qint64 toMs);
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] qint64 from() const { return m_from; }
    [[nodiscard]] qint64 to() const { return m_to; }
    // How many times the line has been started again.
    [[nodiscard]] int rounds() const { return m_rounds; }
    // Whether ms is in the line (or the lead-in before it a seek may land
    // in), so a seek there keeps the loop and one elsewhere ends it.
    [[nodiscard]] bool covers(qint64 ms) const;
    // Where the clip goes now that it has reached ms: the line's start
    // once the line is over, else nothing.
    [[nodiscard]] std::optional<qint64> jumpFor(qint64 ms);

    // A seek lands on the frame at or before its time: this much before
    // the line still counts as in it.
    static constexpr qint64 kLeadInMs = 100;

private:
    bool m_active = false;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_rounds = 0;
};

}  // namespace hope::core
