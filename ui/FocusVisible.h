#pragma once

#include <QObject>

class QWidget;

namespace hope::ui {

// Whether a pane's focus ring is to be drawn, as CSS's :focus-visible has
// it: when the keyboard (Tab, F6, a shortcut) or the program put the focus
// there, not when the mouse did. A click inside hides the ring; a key
// pressed inside shows it again; the window's activation changes nothing.
// Sets the widget's "focusVisible" property,
// for style sheets, and repaints it.
class FocusVisible final : public QObject
{
    Q_OBJECT

public:
    // Watches widget and, for a scroll area, its viewport (where clicks go).
    explicit FocusVisible(QWidget *widget);

    [[nodiscard]] bool shown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFromKeyboard(bool fromKeyboard);

    QWidget *m_widget;
    bool m_fromKeyboard = false;
};

}  // namespace hope::ui
