#pragma once

#include <QString>
#include <QStringList>

namespace hope::ui {

class ClipPlayerFactory;
class SpeechOutputFactory;

// Finds and loads the player module (hope-player.so) the first time the
// clip needs it. Only from fixed places: next to the executable (the build
// tree) and the install folder relative to it, never from the current
// folder or an environment variable, which would let whoever controls
// those run code in the reader.
class PlayerLoader final
{
public:
    struct Result
    {
        ClipPlayerFactory *factory = nullptr;
        // The same module's sound output for read-aloud.
        SpeechOutputFactory *speech = nullptr;
        // Why there is none: each place tried, and what was wrong there.
        QString error;
        QString path;
    };

    explicit PlayerLoader(QStringList candidates);
    // A loader that has already loaded this: a factory of a test's own (a
    // machine without sound, a player that fails), so that no test depends
    // on what the machine it runs on has.
    explicit PlayerLoader(const Result &loaded);

    // The places the reader looks in, in order.
    [[nodiscard]] static QStringList standardCandidates();
    // The process's one loader over the standard places.
    [[nodiscard]] static PlayerLoader &standard();

    // Loads at the first call; later calls give the same answer.
    [[nodiscard]] const Result &load();
    [[nodiscard]] bool isLoaded() const { return m_tried; }

private:
    QStringList m_candidates;
    Result m_result;
    bool m_tried = false;
};

}  // namespace hope::ui
