#include "ui/ModulePlaces.h"

#include <QCoreApplication>
#include <QDir>

namespace hope::ui {

QStringList ModulePlaces::candidates(const QString &moduleFileName)
{
    const QString here = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(here + u'/' + moduleFileName),
            // Installed: <libdir>/hope-reader, reached from <bindir>.
            QDir::cleanPath(here + QStringLiteral("/" HOPE_MODULE_INSTALL_RELDIR "/") +
                            moduleFileName)};
}

}  // namespace hope::ui
