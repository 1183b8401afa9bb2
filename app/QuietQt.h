#pragma once

#include <QString>

namespace hope::app {

// Keeps Qt's own notices that a reader can do nothing about off the
// terminal ("XDG_RUNTIME_DIR not set, defaulting to /tmp/runtime-root",
// "This plugin does not support propagateSizeHints()", and Qt
// Multimedia's on a machine with no sound server, which the clip panel
// says in words of its own); every other message, the reader's own and
// Qt's real warnings, goes where it went.
class QuietQt final
{
public:
    // Installs the filter in front of the handler there was.
    static void install();
    // Whether a message, of a logging category, is one of those notices.
    [[nodiscard]] static bool isNoise(const char *category, const QString &message);
};

}  // namespace hope::app
