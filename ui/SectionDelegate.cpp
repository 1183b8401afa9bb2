#include "ui/SectionDelegate.h"

#include "core/ModelRoles.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QTextBoundaryFinder>

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

SectionDelegate::EntryLayout SectionDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                        int entryWidth, const QString &name,
                                                        const QString &time)
{
    const int full = std::max(1, entryWidth - 2 * kPadding);
    const QFontMetrics timeMetrics(timeFont(option.font));
    const int timeWidth = time.isEmpty() ? 0 : timeMetrics.horizontalAdvance(time) + kPadding;
    // The widest piece the name cannot be broken within: a word, or in
    // Chinese a character (a line may break between any two).
    int widest = 0;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, name);
    qsizetype from = 0;
    while (breaks.toNextBoundary() >= 0) {
        const qsizetype to = breaks.position();
        widest = std::max(
            widest, option.fontMetrics.horizontalAdvance(name.mid(from, to - from).trimmed()));
        from = to;
    }
    const auto heightIn = [&option, &name](int width) {
        return option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, name)
            .height();
    };
    EntryLayout layout;
    // Beside the name's first line while every word fits beside it and the
    // name takes no more lines so than it and the time under it would.
    const auto linesIn = [&heightIn, &option](int width) {
        return qRound(double(heightIn(width)) / option.fontMetrics.lineSpacing());
    };
    const bool beside = time.isEmpty() || (widest <= full - timeWidth &&
                                           linesIn(full - timeWidth) <= linesIn(full) + 1);
    if (beside) {
        layout.nameWidth = full - timeWidth;
    } else {
        // Large text in a narrow list: the time goes under the name, which
        // has the whole width; a word wider still is shortened with "…"
        // (the tooltip holds the whole heading), never cut.
        layout.nameWidth = full;
        layout.timeBelow = true;
    }
    layout.elided = widest > layout.nameWidth;
    layout.nameHeight = layout.elided ? option.fontMetrics.height() : heightIn(layout.nameWidth);
    layout.timeHeight = layout.timeBelow ? timeMetrics.height() : 0;
    return layout;
}

QSize SectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // As wide as the list shows it; the name's lines decide the height.
    const auto *list = qobject_cast<const QListView *>(opt.widget);
    const int entryWidth =
        list ? list->viewport()->width() - 2 * list->spacing() : opt.rect.width();
    const QString time = index.data(core::ModelRoles::SectionReadingTimeRole).toString();
    const EntryLayout layout = layoutFor(opt, entryWidth, opt.text, time);
    // One line's entry, padding and all; the name's further lines on top.
    QStyleOptionViewItem oneLineOption = option;
    oneLineOption.features &= ~QStyleOptionViewItem::WrapText;
    const QSize plain = QStyledItemDelegate::sizeHint(oneLineOption, index);
    const int oneLine = opt.fontMetrics.height();
    return {std::max(1, entryWidth),
            plain.height() + std::max(0, layout.nameHeight - oneLine) + layout.timeHeight};
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
    const EntryLayout layout = layoutFor(opt, opt.rect.width(), name, time);
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect inside = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const int top = inside.top() + (inside.height() - layout.nameHeight - layout.timeHeight) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(selected ? m_selectedName : m_name);
    const QRect nameRect(inside.left(), top, layout.nameWidth, layout.nameHeight);
    if (layout.elided)
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(name, Qt::ElideRight, layout.nameWidth));
    else
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, name);
    if (!time.isEmpty()) {
        painter->setFont(timeFont(opt.font));
        painter->setPen(selected ? m_selectedTime : m_time);
        // Beside the name's first line, where the eye finds it, or under it.
        const QRect timeRect =
            layout.timeBelow
                ? QRect(inside.left(), nameRect.bottom() + 1, inside.width(), layout.timeHeight)
                : QRect(inside.left(), top, inside.width(), opt.fontMetrics.height());
        painter->drawText(
            timeRect, (layout.timeBelow ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, time);
    }
    painter->restore();
}

}  // namespace hope::ui
