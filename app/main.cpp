#include "Launcher.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Launcher::choosePlatform(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HopeReader"));
    QCoreApplication::setApplicationName(QStringLiteral("hope-reader"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOPE_READER_VERSION));
    return Launcher::run(QCoreApplication::arguments());
}
