#pragma once

#include <QAccessibleWidget>

namespace hope::ui {

// A pane of the window (the clip, the milestone card) as assistive
// technology meets it: a panel, named by its purpose. Qt gives a QFrame the
// role of a border, which AT-SPI calls a frame, and Orca read "Clip frame"
// as if the pane were a window of its own.
class PaneAccessible final : public QAccessibleWidget
{
public:
    explicit PaneAccessible(QWidget *pane) : QAccessibleWidget(pane, QAccessible::Pane) {}

    // Makes every widget of the class named a pane for assistive
    // technology; call before the first of them is created.
    static void registerPaneClass(const char *className);
};

}  // namespace hope::ui
