#include "app/QuietQt.h"

#include <QtGlobal>

namespace hope::app {

namespace {

QtMessageHandler g_next = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtCriticalMsg && type != QtFatalMsg && QuietQt::isNoise(message))
        return;
    if (g_next)
        g_next(type, context, message);
}

}  // namespace

bool QuietQt::isNoise(const QString &message)
{
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
