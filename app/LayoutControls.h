#pragma once

#include "core/ReadingLayout.h"

#include <QObject>

class QStatusBar;

namespace hope::core {
class ReadingSession;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
class FindBar;
class LayoutSwitch;
}  // namespace hope::ui

namespace hope::app {

class LayoutActions;
class MainMenus;

// The reading layout's controls (View > Layout and the status bar's
// switch) and what the status line says of the layout: why side by side
// gave way, and in a bilingual layout how often each language has the
// text found. The layout itself is the session's.
class LayoutControls final : public QObject
{
    Q_OBJECT

public:
    // View > Layout's actions, one per layout.
    [[nodiscard]] LayoutActions *actions() const { return m_actions; }
    LayoutControls(core::ReadingSession *session, ui::ArticleView *view, ui::FindBar *find,
                   MainMenus *menus, QStatusBar *status, QObject *parent);

    // As the reader's choice, remembered.
    void choose(core::ReadingLayout layout);
    // --layout: this run's layout, not remembered unless the reader
    // chooses one.
    void chooseForThisRun(core::ReadingLayout layout);
    [[nodiscard]] bool isForThisRun() const { return m_forThisRun; }
    void retranslate();

private:
    void sayWhetherSideBySideFits();
    void sayMatchCounts(const QString &text);

    core::ReadingSession *m_session;
    ui::ArticleView *m_view;
    QStatusBar *m_status;
    LayoutActions *m_actions = nullptr;
    ui::LayoutSwitch *m_switch = nullptr;
    bool m_forThisRun = false;
    // Whether the status line shows the side-by-side message, to be taken
    // away when it no longer holds.
    bool m_sideBySideMessage = false;
};

}  // namespace hope::app
