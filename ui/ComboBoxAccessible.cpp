#include "ui/ComboBoxAccessible.h"

#include <QComboBox>

namespace hope::ui {

namespace {
QAccessibleInterface *comboFactory(const QString &className, QObject *object)
{
    if (className == u"QComboBox" && object && object->isWidgetType())
        return new ComboBoxAccessible(static_cast<QComboBox *>(object));
    return nullptr;
}
}  // namespace

ComboBoxAccessible::ComboBoxAccessible(QComboBox *box)
    : QAccessibleWidget(box, QAccessible::ComboBox)
{
    // Lives as long as the box (Qt's cache deletes it with the widget).
    QObject::connect(box, &QComboBox::currentIndexChanged, box, [box] {
        QAccessibleEvent changed(box, QAccessible::SelectionWithin);
        QAccessible::updateAccessibility(&changed);
    });
}

void ComboBoxAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(comboFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

QComboBox *ComboBoxAccessible::box() const
{
    return static_cast<QComboBox *>(widget());
}

QString ComboBoxAccessible::entry() const
{
    const QString spoken = box()->currentData(Qt::AccessibleTextRole).toString();
    return spoken.isEmpty() ? box()->currentText() : spoken;
}

void *ComboBoxAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString ComboBoxAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return entry();
    QString text = QAccessibleWidget::text(t);
    // Named by its label ("Speed:"): the word, not the colon after it.
    if (t == QAccessible::Name) {
        text = text.trimmed();
        while (text.endsWith(u':') || text.endsWith(u'：')) text.chop(1);
    }
    return text;
}

QStringList ComboBoxAccessible::actionNames() const
{
    return QAccessibleWidget::actionNames() << showMenuAction();
}

void ComboBoxAccessible::doAction(const QString &actionName)
{
    if (actionName == showMenuAction())
        box()->showPopup();
    else
        QAccessibleWidget::doAction(actionName);
}

void ComboBoxAccessible::selection(int, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
}

QString ComboBoxAccessible::text(int startOffset, int endOffset) const
{
    const QString value = entry();
    const int start = std::clamp(startOffset, 0, int(value.size()));
    const int end =
        endOffset < 0 ? int(value.size()) : std::clamp(endOffset, start, int(value.size()));
    return value.mid(start, end - start);
}

int ComboBoxAccessible::characterCount() const
{
    return int(entry().size());
}

QString ComboBoxAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = 0;
    *endOffset = characterCount();
    Q_UNUSED(offset);
    return {};
}

}  // namespace hope::ui
