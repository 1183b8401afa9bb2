#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace hope::ui {

// A contents entry with its reading time at its right edge, quieter than
// its name; in a narrow list (or large text) the name wraps onto more
// lines, at word ends, and is never cut.
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

    // The item's own padding, as the sidebar's style sheet sets it.
    static constexpr int kPadding = 8;

private:
    // Where the name goes in an entry this wide, and the time's font.
    [[nodiscard]] static int nameWidth(const QStyleOptionViewItem &option, int entryWidth,
                                       const QString &time);
    [[nodiscard]] static QFont timeFont(const QFont &font);

    QColor m_name;
    QColor m_selectedName;
    QColor m_time;
    QColor m_selectedTime;
};

}  // namespace hope::ui
