#pragma once

#include "app/PanelLayout.h"

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolButton;

namespace hope::ui {
class RecentMenu;
}  // namespace hope::ui

namespace hope::app {

class AppearanceMenu;
class ReadAloud;

// The window's menus and their actions. It only builds and names them; the
// window connects each action to what it does.
class MainMenus final : public QObject
{
    Q_OBJECT

public:
    // Fills bar; readAloud's actions go in the View menu, and its button is
    // made for the window to place.
    MainMenus(QMenuBar *bar, ReadAloud *readAloud, QObject *parent = nullptr);

    void retranslateUi();
    [[nodiscard]] QToolButton *readAloudButton() const { return m_readAloudButton; }
    // The View menu's check marks, as the panels are.
    void showPanels(const PanelLayout &panels);

    [[nodiscard]] QMenu *fileMenu() const { return m_fileMenu; }
    [[nodiscard]] QMenu *editMenu() const { return m_editMenu; }
    [[nodiscard]] QMenu *viewMenu() const { return m_viewMenu; }
    [[nodiscard]] QMenu *languageMenu() const { return m_languageMenu; }
    [[nodiscard]] AppearanceMenu *appearance() const { return m_appearance; }
    [[nodiscard]] QAction *openAction() const { return m_openAction; }
    [[nodiscard]] ui::RecentMenu *recentMenu() const { return m_recentMenu; }
    [[nodiscard]] QAction *printAction() const { return m_printAction; }
    [[nodiscard]] QAction *exportPdfAction() const { return m_exportPdfAction; }
    [[nodiscard]] QAction *quitAction() const { return m_quitAction; }
    [[nodiscard]] QAction *findAction() const { return m_findAction; }
    [[nodiscard]] QAction *findNextAction() const { return m_findNextAction; }
    [[nodiscard]] QAction *findPreviousAction() const { return m_findPreviousAction; }
    [[nodiscard]] QAction *backAction() const { return m_backAction; }
    [[nodiscard]] QAction *forwardAction() const { return m_forwardAction; }
    [[nodiscard]] QAction *panelAction(Panel panel) const;
    [[nodiscard]] QAction *readingModeAction() const { return m_readingModeAction; }
    [[nodiscard]] QAction *caretAction() const { return m_caretAction; }
    [[nodiscard]] QAction *fullScreenAction() const { return m_fullScreenAction; }
    [[nodiscard]] QAction *chineseAction() const { return m_chineseAction; }
    [[nodiscard]] QAction *englishAction() const { return m_englishAction; }
    [[nodiscard]] QAction *aboutAction() const { return m_aboutAction; }

private:
    ReadAloud *m_readAloud;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    AppearanceMenu *m_appearance = nullptr;
    QAction *m_openAction = nullptr;
    ui::RecentMenu *m_recentMenu = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_sidebarAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_clipAction = nullptr;
    QAction *m_readingModeAction = nullptr;
    QAction *m_caretAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QToolButton *m_readAloudButton = nullptr;
};

}  // namespace hope::app
