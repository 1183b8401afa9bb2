#include "app/PanelSplitters.h"

#include "core/WindowPlacement.h"

#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace hope::app {

PanelSplitters::PanelSplitters(QWidget *window, const Widgets &widgets, QObject *parent)
    : QObject(parent), m_window(window), m_widgets(widgets)
{
    for (QSplitter *splitter : {m_widgets.columns, m_widgets.rows}) {
        connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] { follow(splitter); });
        // A drag that shuts a panel passes through ever smaller sizes: the
        // size to give back is the one it had when the drag began.
        for (int i = 1; i < splitter->count(); ++i) splitter->handle(i)->installEventFilter(this);
    }
    // A pointer passing over on its way to the status line is not a wish
    // to see the timeline; one that rests there is.
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(350);
    connect(&m_revealTimer, &QTimer::timeout, this, &PanelSplitters::revealTimeline);
    m_concealTimer.setSingleShot(true);
    m_concealTimer.setInterval(600);
    connect(&m_concealTimer, &QTimer::timeout, this, [this] {
        if (!timelineInUse())
            concealTimeline();
    });
    // The pointer anywhere on the row; the keyboard in the timeline or
    // the card.
    m_widgets.bottom->installEventFilter(this);
    m_window->installEventFilter(this);
    for (QWidget *child : m_widgets.bottom->findChildren<QWidget *>())
        child->installEventFilter(this);
}

void PanelSplitters::arrange(const Widgets &widgets, QWidget *articleBox, const QSize &window,
                             int screenWidth)
{
    QSplitter *columns = widgets.columns;
    columns->setObjectName(QStringLiteral("mainSplitter"));
    columns->addWidget(widgets.sidebar);
    columns->addWidget(articleBox);
    columns->addWidget(widgets.clip);
    // On a narrow window the article keeps a readable column and the side
    // panels give way to it.
    const QList<int> least = core::WindowPlacement::minimumColumns(screenWidth);
    widgets.sidebar->setMinimumWidth(least.at(0));
    widgets.article->setMinimumWidth(least.at(1));
    widgets.clip->setMinimumWidth(least.at(2));
    // A window made larger or smaller gives or takes the text's width
    // only: the side panels stay as the reader left them.
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setStretchFactor(2, 0);
    // The side panels can be dragged shut; the article never.
    columns->setChildrenCollapsible(false);
    columns->setCollapsible(0, true);
    columns->setCollapsible(2, true);
    columns->setSizes(core::WindowPlacement::columns(window.width()));

    // The timeline spans the window's width (time needs room), as a strip
    // that shows the whole only while it is in use.
    QSplitter *rows = widgets.rows;
    rows->setObjectName(QStringLiteral("rootSplitter"));
    rows->addWidget(columns);
    rows->addWidget(widgets.bottom);
    rows->setStretchFactor(0, 1);
    rows->setChildrenCollapsible(false);
    rows->setCollapsible(1, true);
    rows->setSizes(
        core::WindowPlacement::rows(window.height(), widgets.timeline->minimumSizeHint().height()));
}

void PanelSplitters::useDefaultSizes(const QSize &window, int menuBarHeight)
{
    m_widgets.columns->setSizes(core::WindowPlacement::columns(window.width()));
    m_revealedFrom.reset();
    m_widgets.rows->setSizes(core::WindowPlacement::rows(
        window.height() - menuBarHeight, m_widgets.timeline->minimumSizeHint().height()));
}

void PanelSplitters::setVisibility(const PanelVisibility &visibility)
{
    m_panels = PanelLayout(visibility);
    apply();
}

void PanelSplitters::setWanted(Panel panel, bool wanted)
{
    m_panels.setWanted(panel, wanted);
    apply();
}

void PanelSplitters::setReadingMode(bool on)
{
    m_panels.setReadingMode(on);
    apply();
}

QWidget *PanelSplitters::panelWidget(Panel panel) const
{
    switch (panel) {
        case Panel::Timeline:
            return m_widgets.bottom;
        case Panel::Clip:
            return m_widgets.clip;
        case Panel::Sidebar:
            break;
    }
    return m_widgets.sidebar;
}

void PanelSplitters::setShown(QWidget *widget, bool shown, bool *moved)
{
    if (!shown && !widget->isHidden()) {
        // Focus in a panel put away would otherwise go to whatever comes
        // next in the tab chain; the reader is back at the text.
        QWidget *focus = QApplication::focusWidget();
        const bool hadFocus = focus && (widget == focus || widget->isAncestorOf(focus));
        widget->hide();
        if (hadFocus)
            m_widgets.article->setFocus();
        *moved = true;
    } else if (shown && widget->isHidden()) {
        widget->show();
        *moved = true;
    }
}

QSplitter *PanelSplitters::splitterOf(Panel panel) const
{
    return panel == Panel::Timeline ? m_widgets.rows : m_widgets.columns;
}

int PanelSplitters::panelSize(Panel panel) const
{
    QSplitter *splitter = splitterOf(panel);
    return splitter->sizes().value(splitter->indexOf(panelWidget(panel)));
}

void PanelSplitters::noteVisibleSizes()
{
    for (const Panel panel : kPanels) {
        // Shown whole for the moment: the size to keep is the one before.
        if (panel == Panel::Timeline && m_revealedFrom)
            continue;
        if (!panelWidget(panel)->isHidden())
            m_panels.noteSize(panel, panelSize(panel));
    }
}

void PanelSplitters::apply()
{
    const bool onScreen = m_window->isVisible();
    // As the reader left them, before anything moves.
    if (onScreen)
        noteVisibleSizes();
    bool moved = false;
    if (m_drawerPanel != m_panels.drawer()) {
        closeDrawer();
        if (const std::optional<Panel> panel = m_panels.drawer())
            openDrawer(*panel);
        moved = true;
    }
    for (const Panel panel : kPanels) {
        if (m_drawerPanel == panel)
            continue;
        const bool shown = m_panels.isBeside(panel);
        if (!shown && panel == Panel::Timeline)
            m_revealedFrom.reset();
        // Hidden rather than collapsed: its splitter handle goes with it.
        setShown(panelWidget(panel), shown, &moved);
        if (shown && onScreen && panelSize(panel) == 0)
            moved = true;
    }
    // Before the window is laid out every size reads 0: the splitter's own
    // record of each panel's size is all there is.
    if (onScreen && moved) {
        for (QSplitter *splitter : {m_widgets.columns, m_widgets.rows}) share(splitter);
    }
    emit changed();
}

void PanelSplitters::share(QSplitter *splitter)
{
    // The sizes the default layout gives them, for a panel never seen yet.
    const QList<int> columns = core::WindowPlacement::columns(m_window->width());
    const int kFallback[] = {columns.at(0), m_widgets.timeline->minimumSizeHint().height(),
                             columns.at(2)};
    // Every panel at the size the reader left it, shown or coming back;
    // the article, the one child that never collapses, has the rest. Left
    // to QSplitter, a panel put away would give its room to the others
    // too, and the clip panel would grow at the text's expense each time.
    const int article = splitter == m_widgets.columns ? 1 : 0;
    QList<int> sizes = splitter->sizes();
    int used = 0;
    int visible = 0;
    for (int i = 0; i < splitter->count(); ++i) {
        QWidget *child = splitter->widget(i);
        for (const Panel panel : kPanels) {
            if (panelWidget(panel) == child)
                sizes[i] = m_panels.sizeToGiveBack(panel, kFallback[int(panel)]);
        }
        if (child->isHidden())
            continue;
        ++visible;
        if (i != article)
            used += sizes.at(i);
    }
    const QRect room = splitter->contentsRect();
    const int extent = splitter->orientation() == Qt::Horizontal ? room.width() : room.height();
    sizes[article] = std::max(1, extent - used - splitter->handleWidth() * (visible - 1));
    splitter->setSizes(sizes);
}

void PanelSplitters::follow(QSplitter *splitter)
{
    for (const Panel panel : kPanels) {
        if (splitterOf(panel) != splitter || panelWidget(panel)->isHidden() ||
            !m_panels.isBeside(panel))
            continue;
        const int size = panelSize(panel);
        if ((size > 0) != m_panels.isShown(panel))
            m_panels.setWanted(panel, size > 0);
    }
    // What the reader dragged is what comes back after a panel is put away.
    if (m_window->isVisible())
        noteVisibleSizes();
    // Only the state: the widgets are where the reader dragged them.
    emit changed();
}

bool PanelSplitters::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize) {
        updateFold();
        if (m_drawerPanel)
            placeDrawer();
        return QObject::eventFilter(watched, event);
    }
    if (m_drawerPanel && drawerEvent(watched, event))
        return true;
    if (watched == m_widgets.bottom ||
        m_widgets.bottom->isAncestorOf(qobject_cast<QWidget *>(watched))) {
        timelineEvent(event);
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::MouseButtonPress && m_window->isVisible()) {
        // The reader takes hold of a timeline shown whole: the size it is
        // dragged to is the reader's.
        if (m_revealedFrom && watched->parent() == m_widgets.rows) {
            m_revealedFrom.reset();
            m_concealTimer.stop();
        }
        noteVisibleSizes();
    }
    return QObject::eventFilter(watched, event);
}

void PanelSplitters::timelineEvent(QEvent *event)
{
    switch (event->type()) {
        case QEvent::Enter:
            m_concealTimer.stop();
            m_revealTimer.start();
            break;
        case QEvent::FocusIn:
            m_concealTimer.stop();
            // From the keyboard at once; a click waits for the pointer to
            // rest, so the marker it presses stays under it.
            if (static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason)
                revealTimeline();
            break;
        case QEvent::Leave:
        case QEvent::FocusOut:
            m_revealTimer.stop();
            if (m_revealedFrom)
                m_concealTimer.start();
            break;
        default:
            break;
    }
}

bool PanelSplitters::timelineInUse() const
{
    QWidget *focus = QApplication::focusWidget();
    return m_widgets.bottom->underMouse() || (focus && m_widgets.bottom->isAncestorOf(focus));
}

void PanelSplitters::revealTimeline()
{
    QWidget *timeline = m_widgets.timeline;
    if (m_revealedFrom || !m_window->isVisible() || m_widgets.bottom->isHidden())
        return;
    const int whole = timeline->sizeHint().height();
    const int now = panelSize(Panel::Timeline);
    if (now <= 0 || now >= whole)
        return;
    m_panels.noteSize(Panel::Timeline, now);
    m_revealedFrom = now;
    QList<int> sizes = m_widgets.rows->sizes();
    const int total = sizes.at(0) + sizes.at(1);
    // Never more than half the height: the text stays in view.
    const int shown = std::min(whole, total / 2);
    if (shown <= now) {
        m_revealedFrom.reset();
        return;
    }
    m_widgets.rows->setSizes({total - shown, shown});
}

void PanelSplitters::showTimelineWhole()
{
    m_concealTimer.stop();
    revealTimeline();
}

void PanelSplitters::concealUnlessInUse()
{
    if (m_revealedFrom && !timelineInUse())
        concealTimeline();
}

void PanelSplitters::concealTimeline()
{
    m_revealTimer.stop();
    m_concealTimer.stop();
    if (!m_revealedFrom)
        return;
    const int size = *m_revealedFrom;
    m_revealedFrom.reset();
    const QList<int> sizes = m_widgets.rows->sizes();
    const int total = sizes.at(0) + sizes.at(1);
    m_widgets.rows->setSizes({total - size, size});
}

void PanelSplitters::updateFold()
{
    const bool folded = m_window->width() < core::WindowPlacement::kFoldWidth;
    if (folded == m_panels.isFolded())
        return;
    m_panels.setFolded(folded);
    apply();
}

void PanelSplitters::shutDrawer()
{
    if (const std::optional<Panel> panel = m_panels.drawer())
        setWanted(*panel, false);
}

void PanelSplitters::openDrawer(Panel panel)
{
    if (!m_drawer) {
        auto *frame = new QFrame(m_window);
        frame->setObjectName(QStringLiteral("panelDrawer"));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(1, 1, 1, 1);
        m_drawer = frame;
    }
    QWidget *widget = panelWidget(panel);
    m_drawer->layout()->addWidget(widget);
    widget->show();
    m_drawerPanel = panel;
    placeDrawer();
    m_drawer->show();
    m_drawer->raise();
    QCoreApplication::instance()->installEventFilter(this);
    // The keyboard goes with the reader into what was opened.
    QWidget *next = widget;
    do {
        next = next->nextInFocusChain();
    } while (next != widget && !(widget->isAncestorOf(next) &&
                                 (next->focusPolicy() & Qt::TabFocus) && next->isVisible()));
    (next != widget ? next : widget)->setFocus(Qt::OtherFocusReason);
}

void PanelSplitters::closeDrawer()
{
    if (!m_drawerPanel)
        return;
    const Panel panel = *m_drawerPanel;
    m_drawerPanel.reset();
    QCoreApplication::instance()->removeEventFilter(this);
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && m_drawer->isAncestorOf(focus);
    QWidget *widget = panelWidget(panel);
    // Back where it stands beside the text: the sidebar first, the clip last.
    widget->hide();
    m_widgets.columns->insertWidget(panel == Panel::Sidebar ? 0 : m_widgets.columns->count(),
                                    widget);
    for (int i = 1; i < m_widgets.columns->count(); ++i)
        m_widgets.columns->handle(i)->installEventFilter(this);
    m_drawer->hide();
    if (hadFocus)
        m_widgets.article->setFocus(Qt::OtherFocusReason);
}

void PanelSplitters::placeDrawer()
{
    if (!m_drawerPanel)
        return;
    const QRect area(m_widgets.columns->mapTo(m_window, QPoint(0, 0)), m_widgets.columns->size());
    const int wanted =
        m_panels.sizeToGiveBack(*m_drawerPanel, *m_drawerPanel == Panel::Sidebar ? 260 : 320);
    const int width = std::clamp(wanted, std::min(200, area.width()), area.width() * 85 / 100);
    QRect rect(area.topLeft(), QSize(width, area.height()));
    if (*m_drawerPanel == Panel::Clip)
        rect.moveRight(area.right());
    m_drawer->setGeometry(rect);
}

bool PanelSplitters::drawerEvent(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    const bool inside = widget && (widget == m_drawer || m_drawer->isAncestorOf(widget));
    if (event->type() == QEvent::KeyPress && inside &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        shutDrawer();
        return true;
    }
    // A press on the text (or any pane) puts the drawer away; a press in
    // a menu is left to the menu, whose entry may be the one that shuts it.
    if (event->type() == QEvent::MouseButtonPress && widget && !inside &&
        widget->window() == m_window && !qobject_cast<QMenuBar *>(widget) &&
        !qobject_cast<QMenu *>(widget))
        shutDrawer();
    return false;
}

}  // namespace hope::app
