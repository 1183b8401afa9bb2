#pragma once

#include <QStringList>

namespace hope::ui {

// Asks GStreamer itself, through its discoverer, what a video file needs
// that this machine lacks, so a failure is blamed on a missing decoder only
// when one really is missing. GStreamer's libraries are opened at the
// moment of asking (by then Qt's backend has loaded them anyway), so the
// reader still starts without touching multimedia.
class MissingDecoders final
{
public:
    // Descriptions of the missing elements ("HOPX video decoder"), empty if
    // nothing is missing or GStreamer could not be asked. Waits at most
    // timeoutMs.
    [[nodiscard]] static QStringList forFile(const QString &path, int timeoutMs = 5000);
};

}  // namespace hope::ui
