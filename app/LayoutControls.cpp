#include "app/LayoutControls.h"

#include "app/LayoutActions.h"
#include "app/MainMenus.h"
#include "core/ReadingSession.h"
#include "ui/ArticleView.h"
#include "ui/FindBar.h"
#include "ui/LayoutSwitch.h"

#include <QMenu>
#include <QStatusBar>

namespace hope::app {

using namespace core;
using namespace ui;

namespace {
// Long enough to read twice; then the progress line is back.
constexpr int kMessageMs = 10000;
}  // namespace

LayoutControls::LayoutControls(ReadingSession *session, ArticleView *view, FindBar *find,
                               MainMenus *menus, QStatusBar *status, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_view(view),
      m_status(status),
      m_actions(new LayoutActions(menus->viewMenu())),
      m_switch(new LayoutSwitch)
{
    // After Language, in the same part of the menu.
    menus->viewMenu()->insertMenu(menus->languageMenu()->menuAction(), m_actions->menu());
    connect(m_actions, &LayoutActions::layoutRequested, this, [this](ReadingLayout layout) {
        m_forThisRun = false;
        choose(layout);
    });
    status->addPermanentWidget(m_switch);
    status->setSizeGripEnabled(false);
    connect(m_switch, &LayoutSwitch::layoutRequested, this, [this](ReadingLayout layout) {
        m_forThisRun = false;
        choose(layout);
        m_view->setFocus();
    });
    connect(view, &ArticleView::shownLayoutChanged, this,
            &LayoutControls::sayWhetherSideBySideFits);
    connect(session, &ReadingSession::readingLayoutChanged, this, [this](ReadingLayout layout) {
        m_actions->setCurrent(layout);
        m_switch->setCurrentLayout(layout);
        sayWhetherSideBySideFits();
    });
    connect(find, &FindBar::findRequested, this, &LayoutControls::sayMatchCounts);
    m_actions->setCurrent(session->readingLayout());
    m_switch->setCurrentLayout(session->readingLayout());
}

void LayoutControls::choose(ReadingLayout layout)
{
    m_session->setReadingLayout(layout);
    // Chosen while interleaved was shown anyway: neither the session nor
    // the view has a change to tell, but the reader is to hear why.
    sayWhetherSideBySideFits();
}

void LayoutControls::chooseForThisRun(ReadingLayout layout)
{
    choose(layout);
    m_forThisRun = true;
}

void LayoutControls::retranslate()
{
    m_actions->retranslate();
}

void LayoutControls::sayWhetherSideBySideFits()
{
    const ReadingLayout layout = m_session->readingLayout();
    const bool gaveWay = layout == ReadingLayout::Parallel && m_view->shownLayout() != layout;
    if (gaveWay)
        m_status->showMessage(tr("Too narrow for side by side: each paragraph is followed by "
                                 "its translation. Widen the window or put a panel away."),
                              kMessageMs);
    else if (m_sideBySideMessage)
        m_status->clearMessage();
    m_sideBySideMessage = gaveWay;
}

void LayoutControls::sayMatchCounts(const QString &text)
{
    // Both languages are searched: say how often each has the text.
    if (!isBilingual(m_view->shownLayout()) || text.isEmpty())
        return;
    const ArticleView::MatchCounts counts = m_view->matchCounts(text);
    // For a while only: a message hides the progress line under it.
    m_status->showMessage(tr("Found %1 times in the Chinese, %2 in the English")
                              .arg(counts.chinese)
                              .arg(counts.english),
                          kMessageMs);
    m_sideBySideMessage = false;
}

}  // namespace hope::app
