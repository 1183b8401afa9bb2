#pragma once

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

namespace hope::ui {

class SeekSlider;

// The clip's position as a screen reader sees it: in seconds, not the
// milliseconds the slider counts in; setting the value seeks, as dragging
// the handle does.
class SeekSliderAccessible final : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit SeekSliderAccessible(SeekSlider *slider);

    static QAccessibleInterface *factory(const QString &className, QObject *object);

    void *interface_cast(QAccessible::InterfaceType type) override;
    [[nodiscard]] QString text(QAccessible::Text t) const override;

    [[nodiscard]] QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    [[nodiscard]] QVariant maximumValue() const override;
    [[nodiscard]] QVariant minimumValue() const override;
    [[nodiscard]] QVariant minimumStepSize() const override;

private:
    [[nodiscard]] SeekSlider *slider() const;
};

}  // namespace hope::ui
