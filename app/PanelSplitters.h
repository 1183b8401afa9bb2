#pragma once

#include "app/PanelLayout.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

class QSize;
class QSplitter;
class QWidget;

namespace hope::app {

// Puts the panels around the article on screen or away in their two
// splitters, as a PanelLayout says, and follows the reader dragging them
// shut or open by a splitter handle. A timeline left lower than it wants
// (as it starts, a strip) is shown whole while the pointer rests on it or
// the keyboard is in it, and goes back to the strip after: the text keeps
// the height the rest of the time.
class PanelSplitters final : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QSplitter *columns = nullptr;  // sidebar | article | clip panel
        QSplitter *rows = nullptr;     // the columns over the timeline
        QWidget *sidebar = nullptr;
        // The timeline's row: the timeline and its milestone card.
        QWidget *bottom = nullptr;
        QWidget *timeline = nullptr;
        QWidget *clip = nullptr;
        // Takes the focus from a panel put away.
        QWidget *article = nullptr;
    };

    // Puts the panes in the splitters: sidebar | article box | clip panel
    // over the timeline, the article never folded, the side panels
    // foldable, shared out for a window of this size, each no narrower
    // than the screen (this wide, in device-independent pixels) allows.
    static void arrange(const Widgets &widgets, QWidget *articleBox, const QSize &window,
                        int screenWidth);

    // window: sizes are read and noted only while it is on screen.
    PanelSplitters(QWidget *window, const Widgets &widgets, QObject *parent = nullptr);

    [[nodiscard]] const PanelLayout &layout() const { return m_panels; }
    void setVisibility(const PanelVisibility &visibility);
    void setWanted(Panel panel, bool wanted);
    void setReadingMode(bool on);
    // The panels shared out for a window of this size with a menu bar this
    // tall, as on a first start.
    void useDefaultSizes(const QSize &window, int menuBarHeight);
    // Whether the timeline is shown whole for the moment, over its size.
    [[nodiscard]] bool isTimelineRevealed() const { return m_revealedFrom.has_value(); }
    // Back to the size the reader left it (before saving the splitters).
    void concealTimeline();
    // Shown whole (a date in the text chose a milestone: its card is read)
    // until the reader scrolls on, or passes over the row and leaves it.
    void showTimelineWhole();
    // The reader scrolled the text: a timeline shown whole for a link goes
    // back to its strip, unless the pointer or the keyboard is in it.
    void concealUnlessInUse();
    // The drawer a folded side panel opened in, if one is open.
    [[nodiscard]] QWidget *drawer() const { return m_drawerPanel ? m_drawer : nullptr; }
    void shutDrawer();

signals:
    // Which panels are shown, or reading mode, may have changed.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The widget holding the panel's place in its splitter.
    [[nodiscard]] QWidget *panelWidget(Panel panel) const;
    // Shows or hides it, the focus going to the text from a widget put
    // away; *moved when it did either.
    void setShown(QWidget *widget, bool shown, bool *moved);
    // The timeline's row got or lost the pointer or the keyboard.
    void timelineEvent(QEvent *event);
    // Folded or not, as the window's width says.
    void updateFold();
    // Takes the panel out of its splitter into the drawer, or puts the
    // one in the drawer back.
    void openDrawer(Panel panel);
    void closeDrawer();
    void placeDrawer();
    // Escape, or a press outside the drawer, shuts it.
    [[nodiscard]] bool drawerEvent(QObject *watched, QEvent *event);
    [[nodiscard]] QSplitter *splitterOf(Panel panel) const;
    [[nodiscard]] int panelSize(Panel panel) const;
    // Puts each panel on screen or away as m_panels says, giving a panel
    // back at the size it had.
    void apply();
    // Every panel in this splitter at its noted size, the article the rest.
    void share(QSplitter *splitter);
    void noteVisibleSizes();
    // A panel dragged shut (or back open) by its splitter handle.
    void follow(QSplitter *splitter);
    void revealTimeline();
    // The pointer and the keyboard have both left the timeline.
    [[nodiscard]] bool timelineInUse() const;

    QWidget *m_window;
    Widgets m_widgets;
    PanelLayout m_panels;
    QWidget *m_drawer = nullptr;
    std::optional<Panel> m_drawerPanel;
    // The timeline's size before it was shown whole.
    std::optional<int> m_revealedFrom;
    QTimer m_revealTimer;
    QTimer m_concealTimer;
};

}  // namespace hope::app
