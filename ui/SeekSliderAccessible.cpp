#include "ui/SeekSliderAccessible.h"

#include "core/MediaTime.h"
#include "ui/SeekSlider.h"

namespace hope::ui {

SeekSliderAccessible::SeekSliderAccessible(SeekSlider *slider)
    : QAccessibleWidget(slider, QAccessible::Slider)
{}

QAccessibleInterface *SeekSliderAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"hope::ui::SeekSlider" && object && object->isWidgetType())
        return new SeekSliderAccessible(static_cast<SeekSlider *>(object));
    return nullptr;
}

SeekSlider *SeekSliderAccessible::slider() const
{
    return static_cast<SeekSlider *>(widget());
}

void *SeekSliderAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString SeekSliderAccessible::text(QAccessible::Text t) const
{
    // "0:12 / 0:48", as the time label shows it.
    if (t == QAccessible::Value)
        return core::MediaTime::format(slider()->value()) + QStringLiteral(" / ") +
               core::MediaTime::format(slider()->maximum());
    return QAccessibleWidget::text(t);
}

QVariant SeekSliderAccessible::currentValue() const
{
    return slider()->value() / 1000.0;
}

void SeekSliderAccessible::setCurrentValue(const QVariant &value)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        slider()->seekTo(qRound64(seconds * 1000.0));
}

QVariant SeekSliderAccessible::maximumValue() const
{
    return slider()->maximum() / 1000.0;
}

QVariant SeekSliderAccessible::minimumValue() const
{
    return slider()->minimum() / 1000.0;
}

QVariant SeekSliderAccessible::minimumStepSize() const
{
    return 1.0;
}

}  // namespace hope::ui
