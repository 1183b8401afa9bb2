#include "ui/PaneAccessible.h"

#include <QSet>
#include <QWidget>

namespace hope::ui {

namespace {
QSet<QString> &paneClasses()
{
    static QSet<QString> classes;
    return classes;
}

QAccessibleInterface *paneFactory(const QString &className, QObject *object)
{
    if (object && object->isWidgetType() && paneClasses().contains(className))
        return new PaneAccessible(static_cast<QWidget *>(object));
    return nullptr;
}
}  // namespace

void PaneAccessible::registerPaneClass(const char *className)
{
    static const bool installed = [] {
        QAccessible::installFactory(paneFactory);
        return true;
    }();
    Q_UNUSED(installed);
    paneClasses().insert(QString::fromLatin1(className));
}

}  // namespace hope::ui
