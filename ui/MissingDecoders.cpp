#include "ui/MissingDecoders.h"

#include <QFileInfo>
#include <QLibrary>
#include <QUrl>

namespace hope::ui {

namespace {
// The few GStreamer and GLib entry points used, declared by hand: the
// reader does not link GStreamer, so that start-up never loads it.
using GstInitCheck = int (*)(int *, char ***, void **);
using DiscovererNew = void *(*)(quint64, void **);
using DiscoverUri = void *(*)(void *, const char *, void **);
using InfoGetResult = int (*)(void *);
using InfoMissingDetails = const char **(*)(void *);
using ObjectUnref = void (*)(void *);
using ErrorFree = void (*)(void *);
constexpr int kDiscovererMissingPlugins = 5;  // GST_DISCOVERER_MISSING_PLUGINS
}  // namespace

QStringList MissingDecoders::forFile(const QString &path, int timeoutMs)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    QLibrary gst(QStringLiteral("gstreamer-1.0"), 0);
    QLibrary pbutils(QStringLiteral("gstpbutils-1.0"), 0);
    QLibrary gobject(QStringLiteral("gobject-2.0"), 0);
    QLibrary glib(QStringLiteral("glib-2.0"), 0);
    const auto initCheck = reinterpret_cast<GstInitCheck>(gst.resolve("gst_init_check"));
    const auto discovererNew =
        reinterpret_cast<DiscovererNew>(pbutils.resolve("gst_discoverer_new"));
    const auto discoverUri =
        reinterpret_cast<DiscoverUri>(pbutils.resolve("gst_discoverer_discover_uri"));
    const auto getResult =
        reinterpret_cast<InfoGetResult>(pbutils.resolve("gst_discoverer_info_get_result"));
    const auto missingDetails = reinterpret_cast<InfoMissingDetails>(
        pbutils.resolve("gst_discoverer_info_get_missing_elements_installer_details"));
    const auto unref = reinterpret_cast<ObjectUnref>(gobject.resolve("g_object_unref"));
    const auto errorFree = reinterpret_cast<ErrorFree>(glib.resolve("g_error_free"));
    if (!initCheck || !discovererNew || !discoverUri || !getResult || !missingDetails || !unref ||
        !errorFree)
        return {};
    if (!initCheck(nullptr, nullptr, nullptr))
        return {};

    void *error = nullptr;
    void *discoverer = discovererNew(quint64(timeoutMs) * 1000000, &error);
    if (!discoverer) {
        if (error)
            errorFree(error);
        return {};
    }
    const QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded();
    void *result = discoverUri(discoverer, uri.constData(), &error);
    if (error)
        errorFree(error);
    QStringList missing;
    if (result && getResult(result) == kDiscovererMissingPlugins) {
        // Each entry reads "gstreamer|1.0|<app>|<description>|<detail>".
        if (const char **details = missingDetails(result)) {
            for (; *details; ++details) {
                const QString description =
                    QString::fromUtf8(*details).section(u'|', 3, 3).trimmed();
                if (!description.isEmpty() && !missing.contains(description))
                    missing << description;
            }
        }
    }
    if (result)
        unref(result);
    unref(discoverer);
    return missing;
}

}  // namespace hope::ui
