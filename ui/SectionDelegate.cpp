#include "ui/SectionDelegate.h"

#include "core/ModelRoles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QListView>
#include <QPainter>

namespace hope::ui {

SectionDelegate::SectionDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

void SectionDelegate::setColours(const QColor &name, const QColor &selectedName, const QColor &time,
                                 const QColor &selectedTime)
{
    m_name = name;
    m_selectedName = selectedName;
    m_time = time;
    m_selectedTime = selectedTime;
}

QFont SectionDelegate::timeFont(const QFont &font)
{
    QFont small = font;
    small.setPixelSize(std::max(9, (font.pixelSize() > 0 ? font.pixelSize() : 13) - 2));
    return small;
}

int SectionDelegate::nameWidth(const QStyleOptionViewItem &option, int entryWidth,
                               const QString &time)
{
    const QFontMetrics timeMetrics(timeFont(option.font));
    const int timeWidth = time.isEmpty() ? 0 : timeMetrics.horizontalAdvance(time) + kPadding;
    return std::max(1, entryWidth - 2 * kPadding - timeWidth);
}

QSize SectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // As wide as the list shows it; the name's lines decide the height.
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    const int spacing = qobject_cast<const QListView *>(view)
                            ? qobject_cast<const QListView *>(view)->spacing()
                            : 0;
    const int entryWidth = view ? view->viewport()->width() - 2 * spacing : opt.rect.width();
    const QString time = index.data(core::ModelRoles::SectionReadingTimeRole).toString();
    const QRect text = opt.fontMetrics.boundingRect(
        QRect(0, 0, nameWidth(opt, entryWidth, time), 100000), Qt::TextWordWrap, opt.text);
    // One line's entry, padding and all; the name's further lines on top.
    QStyleOptionViewItem oneLineOption = option;
    oneLineOption.features &= ~QStyleOptionViewItem::WrapText;
    const QSize plain = QStyledItemDelegate::sizeHint(oneLineOption, index);
    const int oneLine = opt.fontMetrics.height();
    return {std::max(1, entryWidth), plain.height() + std::max(0, text.height() - oneLine)};
}

void SectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QString time = index.data(core::ModelRoles::SectionReadingTimeRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    // The style draws the entry (its hover, selection and focus) without
    // the name, which is set here on as many lines as it needs.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect inside = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(selected ? m_selectedName : m_name);
    painter->drawText(
        QRect(inside.topLeft(), QSize(nameWidth(opt, opt.rect.width(), time), inside.height())),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, name);
    if (!time.isEmpty()) {
        painter->setFont(timeFont(opt.font));
        painter->setPen(selected ? m_selectedTime : m_time);
        // On the name's first line, where the eye finds it.
        const int firstLine = QFontMetrics(opt.font).height();
        const QRect nameBox = opt.fontMetrics.boundingRect(
            QRect(0, 0, nameWidth(opt, opt.rect.width(), time), 100000), Qt::TextWordWrap, name);
        const int top = inside.top() + (inside.height() - nameBox.height()) / 2;
        painter->drawText(QRect(inside.left(), top, inside.width(), firstLine),
                          Qt::AlignRight | Qt::AlignVCenter, time);
    }
    painter->restore();
}

}  // namespace hope::ui
