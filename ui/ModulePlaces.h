#pragma once

#include <QString>
#include <QStringList>

namespace hope::ui {

// Where the reader's own modules (hope-player.so, hope-print.so) may be
// loaded from: next to the executable (the build tree) and the install
// folder relative to it, in that order. Never the current folder or a path
// from the environment, which would let whoever controls those run code
// in the reader. One place, so that every module is looked for alike.
class ModulePlaces final
{
public:
    [[nodiscard]] static QStringList candidates(const QString &moduleFileName);
};

}  // namespace hope::ui
