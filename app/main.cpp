#include "Launcher.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Launcher::choosePlatform(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HopeReader"));
    QCoreApplication::setApplicationName(QStringLiteral("hope-reader"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOPE_READER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hope Reader"));
    return Launcher::run(QCoreApplication::arguments());
}
