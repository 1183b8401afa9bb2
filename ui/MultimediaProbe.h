#pragma once

#include "core/ClipProblem.h"

#include <QString>
#include <QStringList>

namespace hope::core {
struct ClipInfo;
}  // namespace hope::core

namespace hope::ui {

// What playing the clip needs from the machine, found out by looking at
// files only: it loads nothing and starts no multimedia at all, so it is
// safe to ask before the first player exists (Qt 6.4 ends the process
// with qFatal when a player is made and no backend plugin is installed).
struct MultimediaProbe
{
    // Folders where Qt's multimedia backend plugins are looked for.
    QStringList qtPluginDirs;
    // Folders where GStreamer's plugins are looked for.
    QStringList gstPluginDirs;

    [[nodiscard]] static MultimediaProbe system();

    // QT_MEDIA_BACKEND, as Qt reads it.
    QString requestedBackend;

    [[nodiscard]] bool hasBackend() const;
    // The backend QT_MEDIA_BACKEND names when it is not installed, else
    // empty (Qt 6.4 ends the process at the first player over it).
    [[nodiscard]] QString unknownBackend() const;
    // The GStreamer plugins missing for WebM (VP9 video, Opus sound), each
    // with the Debian package that brings it, e.g.
    // "vpx (gstreamer1.0-plugins-good)".
    [[nodiscard]] QStringList missingPlugins() const;
    // The packages to install for the missing plugins.
    [[nodiscard]] QStringList missingPackages() const;
    // All of the above, and what the clip's file is. askGStreamer: also
    // ask GStreamer's discoverer what the file needs that is missing.
    [[nodiscard]] core::ClipFacts facts(const core::ClipInfo &clip, bool askGStreamer) const;
};

}  // namespace hope::ui
