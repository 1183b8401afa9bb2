#include "ui/LayoutSwitch.h"

#include "ui/ComboBoxAccessible.h"

#include <QEvent>

namespace hope::ui {

using namespace core;

LayoutSwitch::LayoutSwitch(QWidget *parent) : QComboBox(parent)
{
    ComboBoxAccessible::install();
    setObjectName(QStringLiteral("layoutSwitch"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFocusPolicy(Qt::TabFocus);
    for (const ReadingLayout layout : kReadingLayouts)
        addItem(QString(), QVariant::fromValue(int(layout)));
    retranslate();
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit layoutRequested(ReadingLayout(itemData(index).toInt())); });
}

void LayoutSwitch::setCurrentLayout(ReadingLayout layout)
{
    const int index = findData(int(layout));
    if (index >= 0 && index != currentIndex())
        setCurrentIndex(index);
}

ReadingLayout LayoutSwitch::currentLayout() const
{
    return ReadingLayout(currentData().toInt());
}

void LayoutSwitch::retranslate()
{
    setItemText(0, tr("Chinese"));
    setItemText(1, tr("English"));
    setItemText(2, tr("Side by side"));
    setItemText(3, tr("Interleaved"));
    setToolTip(tr("Reading layout: the article in Chinese, in English, or both"));
    setAccessibleName(tr("Reading layout"));
}

void LayoutSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

}  // namespace hope::ui
