#include "ui/SectionDelegate.h"

#include "core/ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace hope::ui {

SectionDelegate::SectionDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

void SectionDelegate::setColours(const QColor &time, const QColor &selectedTime)
{
    m_time = time;
    m_selectedTime = selectedTime;
}

void SectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QString time = index.data(core::ModelRoles::SectionReadingTimeRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont timeFont = opt.font;
    timeFont.setPixelSize(std::max(9, (timeFont.pixelSize() > 0 ? timeFont.pixelSize() : 13) - 2));
    const QFontMetrics timeMetrics(timeFont);
    const int timeWidth = time.isEmpty() ? 0 : timeMetrics.horizontalAdvance(time) + kPadding;
    // The name gets what the time leaves, shortened by hand so the style
    // draws it as it would any entry.
    const int nameWidth = opt.rect.width() - 2 * kPadding - timeWidth;
    opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, std::max(0, nameWidth));
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (time.isEmpty())
        return;
    painter->save();
    painter->setFont(timeFont);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(selected ? m_selectedTime : m_time);
    painter->drawText(opt.rect.adjusted(0, 0, -kPadding, 0), Qt::AlignRight | Qt::AlignVCenter,
                      time);
    painter->restore();
}

}  // namespace hope::ui
