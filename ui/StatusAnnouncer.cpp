#include "ui/StatusAnnouncer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace hope::ui {

namespace {
class StatusAccessible final : public QAccessibleWidget
{
public:
    explicit StatusAccessible(StatusAnnouncer *announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    {}

    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<const StatusAnnouncer *>(widget())->message();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *statusAccessibleFactory(const QString &className, QObject *object)
{
    if (className == u"hope::ui::StatusAnnouncer" && object && object->isWidgetType())
        return new StatusAccessible(static_cast<StatusAnnouncer *>(object));
    return nullptr;
}
}  // namespace

StatusAnnouncer::StatusAnnouncer(QWidget *parent) : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(statusAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("statusAnnouncer"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(0, 0, 1, 1);
    // Shown with the first message, not before: there is nothing to say.
    hide();
}

void StatusAnnouncer::announce(const QString &message)
{
    if (message.isEmpty())
        return;
    m_message = message;
    ++m_count;
    // Hidden and shown again so that the same message twice ("Not found",
    // then again) is said twice.
    setVisible(false);
    if (QAccessible::isActive()) {
        QAccessibleEvent named(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&named);
    }
    setVisible(true);
    emit announced(message);
}

void StatusAnnouncer::paintEvent(QPaintEvent *)
{}

}  // namespace hope::ui
