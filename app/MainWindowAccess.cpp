// MainWindow's screen-reader wiring, apart from the layout and the session:
// the status messages a screen reader speaks, F6 from pane to pane, and
// caret browsing.
#include "app/MainWindow.h"

#include "app/MainMenus.h"
#include "app/PaneCycle.h"
#include "core/MilestoneModel.h"
#include "core/ReadingSession.h"
#include "ui/ArticleView.h"
#include "ui/ClipPanel.h"
#include "ui/FindBar.h"
#include "ui/MilestoneCard.h"
#include "ui/SectionSidebar.h"
#include "ui/StatusAnnouncer.h"
#include "ui/TimelineWidget.h"

namespace hope::app {

using namespace core;
using namespace ui;

void MainWindow::wireAccessibility()
{
    m_announcer = new StatusAnnouncer(this);
    const auto say = [this](const QString &message) {
        m_announcer->announce(message);
    };
    connect(m_findBar, &FindBar::announcement, m_announcer, say);
    connect(m_clipPanel, &ClipPanel::announcement, m_announcer, say);
    connect(m_articleView, &ArticleView::linkFocused, m_announcer, say);
    // A date in the text chooses its milestone without moving the focus:
    // say which one the card now shows.
    connect(m_articleView, &ArticleView::milestoneLinkActivated, m_announcer,
            [this](const QString &id) {
                const QModelIndex index = m_milestoneModel->index(m_milestoneModel->rowOf(id), 0);
                if (index.isValid())
                    m_announcer->announce(tr("Milestone selected: %1")
                                              .arg(index.data(Qt::AccessibleTextRole).toString()));
            });

    // In the order the panes are laid out: left to right, then the bottom.
    m_paneCycle = new PaneCycle(this, {{m_sidebarBox, m_sidebar},
                                       {m_articleView->parentWidget(), m_articleView},
                                       {m_clipPanel, m_clipPanel},
                                       {m_timeline, m_timeline},
                                       {m_milestoneCard, m_milestoneCard}});
    m_paneCycle->orderTabChain();
}

void MainWindow::setCaretBrowsing(bool on)
{
    m_menus->caretAction()->setChecked(on);
    m_articleView->setCaretBrowsing(on);
    // The caret starts where the reader is, not wherever it was left.
    if (on && !m_articleView->viewport()->rect().intersects(m_articleView->cursorRect()))
        m_articleView->moveCaretTo(m_articleView->readingPosition().blockId);
    m_announcer->announce(on ? tr("Caret browsing on") : tr("Caret browsing off"));
}

}  // namespace hope::app
