#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hope::app {

// F6 / Shift+F6 (and Ctrl+F6, as in other readers) move the focus from
// pane to pane in the order they are laid out, passing over the panes that
// are put away; Tab goes through each pane's controls in that same order.
class PaneCycle final : public QObject
{
    Q_OBJECT

public:
    struct Pane
    {
        // Everything inside it belongs to the pane, for Tab and for knowing
        // where the focus is; entry is what F6 gives the focus to.
        QPointer<QWidget> root;
        QPointer<QWidget> entry;
    };

    // Makes the shortcuts on window; the panes in layout order.
    PaneCycle(QWidget *window, const QList<Pane> &panes);

    void next();
    void previous();
    // The pane holding the focus, or -1.
    [[nodiscard]] int currentPane() const;
    // What F6 gives the focus to in the pane rooted at root, from now on
    // (the sidebar's place shows the contents or the notes).
    void setEntry(QWidget *root, QWidget *entry);
    // Sets the Tab chain: each pane's controls, pane after pane.
    void orderTabChain();

private:
    void move(int step);
    [[nodiscard]] bool isOnScreen(int pane) const;

    QWidget *m_window;
    QList<Pane> m_panes;
};

}  // namespace hope::app
