#pragma once

#include <QListView>

namespace hope::ui {

// A list as tall as its rows as they are laid out at its width (wrapped
// rows included), up to a number of rows, so that a panel that scrolls as
// a whole shows every row and the list never scrolls inside it; past that
// number the list scrolls. The rows' own size hints cannot be used: with
// word wrap on, a row's hint is measured without a width and counts a
// wrapped row as one line.
class FittedListView : public QListView
{
    Q_OBJECT

public:
    // maxRows: 0 for all of them.
    explicit FittedListView(int maxRows = 0, QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Lays the rows out at the width there is and takes their height.
    void fit();

    int m_maxRows = 0;
    int m_height = 0;
};

}  // namespace hope::ui
