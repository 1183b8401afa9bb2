#include "ui/MultimediaProbe.h"

#include "core/Article.h"
#include "core/BundleFile.h"
#include "core/ClipSession.h"
#include "ui/MissingDecoders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>

namespace hope::ui {

namespace {
struct Needed
{
    const char *plugin;
    const char *package;
};
// What GStreamer's playbin needs to play a WebM file with VP9 and Opus,
// from a file or from Qt's resources (appsrc).
constexpr Needed kNeeded[] = {
    {"playback", "gstreamer1.0-plugins-base"},
    {"typefindfunctions", "gstreamer1.0-plugins-base"},
    {"app", "gstreamer1.0-plugins-base"},
    {"videoconvertscale", "gstreamer1.0-plugins-base"},
    {"audioconvert", "gstreamer1.0-plugins-base"},
    {"opus", "gstreamer1.0-plugins-base"},
    {"matroska", "gstreamer1.0-plugins-good"},
    {"vpx", "gstreamer1.0-plugins-good"},
};
}  // namespace

MultimediaProbe MultimediaProbe::system()
{
    MultimediaProbe probe;
    probe.qtPluginDirs << QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                              QStringLiteral("/multimedia");
    for (const QString &dir :
         qEnvironmentVariable("QT_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts))
        probe.qtPluginDirs << dir + QStringLiteral("/multimedia");
    for (const char *var : {"GST_PLUGIN_PATH_1_0", "GST_PLUGIN_PATH", "GST_PLUGIN_SYSTEM_PATH_1_0",
                            "GST_PLUGIN_SYSTEM_PATH"})
        probe.gstPluginDirs << qEnvironmentVariable(var).split(u':', Qt::SkipEmptyParts);
    // GStreamer installs its plugins next to Qt's libraries on Debian
    // (/usr/lib/<multiarch>/gstreamer-1.0).
    probe.gstPluginDirs << QLibraryInfo::path(QLibraryInfo::LibrariesPath) +
                               QStringLiteral("/gstreamer-1.0");
    probe.requestedBackend = qEnvironmentVariable("QT_MEDIA_BACKEND");
    return probe;
}

bool MultimediaProbe::hasBackend() const
{
    for (const QString &dir : qtPluginDirs) {
        if (QFileInfo::exists(dir + QStringLiteral("/libgstreamermediaplugin.so")))
            return true;
    }
    return false;
}

QString MultimediaProbe::unknownBackend() const
{
    if (requestedBackend.isEmpty())
        return {};
    for (const QString &dir : qtPluginDirs) {
        if (QFileInfo(dir + QStringLiteral("/lib%1mediaplugin.so").arg(requestedBackend)).isFile())
            return {};
    }
    return requestedBackend;
}

QStringList MultimediaProbe::missingPlugins() const
{
    QStringList missing;
    for (const Needed &n : kNeeded) {
        const QString file = QStringLiteral("libgst%1.so").arg(QLatin1String(n.plugin));
        const bool found = std::any_of(
            gstPluginDirs.cbegin(), gstPluginDirs.cend(),
            [&file](const QString &dir) { return QFileInfo::exists(dir + u'/' + file); });
        if (!found)
            missing << QStringLiteral("%1 (%2)").arg(QLatin1String(n.plugin),
                                                     QLatin1String(n.package));
    }
    return missing;
}

QStringList MultimediaProbe::missingPackages() const
{
    QStringList packages;
    for (const QString &m : missingPlugins()) {
        const QString package = m.section(u'(', 1).chopped(1);
        if (!packages.contains(package))
            packages << package;
    }
    return packages;
}

core::ClipFacts MultimediaProbe::facts(const core::ClipInfo &clip, bool askGStreamer) const
{
    using core::BundleFile;
    core::ClipFacts f;
    f.fileExists = QFile::exists(clip.sourcePath);
    // Whatever the bundle says, only a regular file inside its folder goes
    // to GStreamer: not a pipe, a device, or a link to elsewhere.
    if (f.fileExists)
        f.refusal = BundleFile::check(clip.sourcePath, clip.folder, BundleFile::kMaxClipBytes);
    if (f.fileExists && f.refusal.isEmpty()) {
        // Whether a failure to load is about what is inside a container.
        QFile file(BundleFile::resolved(clip.sourcePath));
        f.looksLikeVideo =
            file.open(QIODevice::ReadOnly) && core::ClipSession::looksLikeVideo(file.read(12));
        if (askGStreamer)
            f.missingDecoders = MissingDecoders::forFile(BundleFile::resolved(clip.sourcePath));
    }
    f.backend = hasBackend();
    f.unknownBackend = unknownBackend();
    f.missingPackages = missingPackages();
    return f;
}

}  // namespace hope::ui
