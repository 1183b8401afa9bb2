#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace hope::ui {

// A contents entry with its reading time at its right edge, quieter than
// its name; a narrow list shortens the name, never the time.
class SectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SectionDelegate(QObject *parent = nullptr);

    void setColours(const QColor &time, const QColor &selectedTime);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The item's own padding, as the sidebar's style sheet sets it.
    static constexpr int kPadding = 8;

private:
    QColor m_time;
    QColor m_selectedTime;
};

}  // namespace hope::ui
