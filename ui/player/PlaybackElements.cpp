#include "ui/player/PlaybackElements.h"

#include <gst/gst.h>

namespace hope::ui {

QStringList PlaybackElements::missing()
{
    GError *error = nullptr;
    if (!gst_init_check(nullptr, nullptr, &error)) {
        const QString why = QString::fromUtf8(error ? error->message : "gst_init failed");
        if (error)
            g_error_free(error);
        return {why};
    }
    // Core elements and gstreamer1.0-plugins-base's, all of which Qt's
    // backend makes for any clip.
    static const char *const kNeeded[] = {
        "queue",        "identity",   "appsrc",       "decodebin",     "uridecodebin",
        "videoconvert", "videoscale", "audioconvert", "audioresample", "volume",
    };
    QStringList missing;
    for (const char *name : kNeeded) {
        GstElementFactory *factory = gst_element_factory_find(name);
        if (!factory)
            missing << QString::fromLatin1(name);
        else
            gst_object_unref(factory);
    }
    return missing;
}

}  // namespace hope::ui
