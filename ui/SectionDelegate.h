#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace hope::ui {

// A contents entry with its reading time at its right edge, quieter than
// its name; in a narrow list (or large text) the name wraps onto more
// lines at word ends, the time goes under it when a word would not fit
// beside it, and a word wider than the list is shortened with "…", never
// cut.
class SectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SectionDelegate(QObject *parent = nullptr);

    void setColours(const QColor &name, const QColor &selectedName, const QColor &time,
                    const QColor &selectedTime);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How an entry this wide is set: the name's width and height, the
    // time beside its first line or under it, the name shortened only when
    // one of its words is wider than the whole entry.
    struct EntryLayout
    {
        int nameWidth = 1;
        int nameHeight = 0;
        int timeHeight = 0;
        bool timeBelow = false;
        bool elided = false;
    };
    [[nodiscard]] static EntryLayout layoutFor(const QStyleOptionViewItem &option, int entryWidth,
                                               const QString &name, const QString &time);
    // The item's own padding, as the sidebar's style sheet sets it.
    static constexpr int kPadding = 8;

private:
    [[nodiscard]] static QFont timeFont(const QFont &font);

    QColor m_name;
    QColor m_selectedName;
    QColor m_time;
    QColor m_selectedTime;
};

}  // namespace hope::ui
