#include "app/QuietQt.h"

#include <QtGlobal>

namespace hope::app {

namespace {

QtMessageHandler g_next = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtCriticalMsg && type != QtFatalMsg && QuietQt::isNoise(context.category, message))
        return;
    if (g_next)
        g_next(type, context, message);
}

}  // namespace

bool QuietQt::isNoise(const char *category, const QString &message)
{
    // No sound server (PulseAudio or PipeWire's): Qt's audio and GStreamer's
    // sink say so on every play; the clip panel tells the reader "No audio
    // device was found" and plays without sound.
    if (message == u"PulseAudioService: pa_context_connect() failed")
        return true;
    if (category && qstrcmp(category, "qt.multimedia.player") == 0 &&
        message.startsWith(u"Warning: \"Failed to connect: "))
        return true;
    // Qt Multimedia converting video frames on the CPU where the window has
    // no GPU interface (offscreen, or GL off): the frames are right.
    if (message == u"QRhi* initializeRHI(QRhi*) : No RHI backend. Using CPU conversion.")
        return true;
    // Qt makes the folder itself (mode 0700) when the session has none: a
    // batch run under a bare shell or a service, nothing wrong with it.
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to "))
        return true;
    // The offscreen and some window-manager-less platforms cannot pass size
    // hints on; the window is sized by the reader regardless.
    return message == u"This plugin does not support propagateSizeHints()";
}

void QuietQt::install()
{
    if (!g_next)
        g_next = qInstallMessageHandler(&filter);
}

}  // namespace hope::app
