#include "app/MainMenus.h"

#include "app/ActionAnnouncer.h"
#include "app/AppearanceMenu.h"
#include "app/ReadAloud.h"
#include "ui/RecentMenu.h"

#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

namespace hope::app {

MainMenus::MainMenus(QMenuBar *bar, ReadAloud *readAloud, QObject *parent)
    : QObject(parent), m_readAloud(readAloud)
{
    m_fileMenu = bar->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString());
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = new ui::RecentMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_printAction = m_fileMenu->addAction(QString());
    m_printAction->setShortcut(QKeySequence::Print);
    m_exportPdfAction = m_fileMenu->addAction(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = bar->addMenu(QString());
    m_findAction = m_editMenu->addAction(QString());
    m_findAction->setShortcut(QKeySequence::Find);
    m_findNextAction = m_editMenu->addAction(QString());
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction = m_editMenu->addAction(QString());
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);

    m_viewMenu = bar->addMenu(QString());
    m_backAction = m_viewMenu->addAction(QString());
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forwardAction = m_viewMenu->addAction(QString());
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_viewMenu->addSeparator();
    const auto addCheckable = [this](const QKeySequence &keys) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setCheckable(true);
        action->setShortcut(keys);
        return action;
    };
    m_sidebarAction = addCheckable(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    m_timelineAction = addCheckable(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    m_clipAction = addCheckable(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
    m_readingModeAction = addCheckable(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_caretAction = addCheckable(QKeySequence(Qt::Key_F7));
    m_fullScreenAction = addCheckable(QKeySequence(Qt::Key_F11));
    m_viewMenu->addSeparator();
    m_readAloud->addActions(m_viewMenu);
    // Read aloud at hand, for the window to place. Not in the menu bar's
    // corner: Qt's menu bar lists only its menus to a screen reader, so a
    // button there takes the focus unseen (Orca met a "zombie").
    m_readAloudButton = new QToolButton;
    m_readAloudButton->setObjectName(QStringLiteral("readAloudButton"));
    m_readAloudButton->setDefaultAction(m_readAloud->readAction());
    m_readAloudButton->setAutoRaise(true);
    m_viewMenu->addSeparator();
    m_appearance = new AppearanceMenu(m_viewMenu, this);
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever is shown.
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : {m_chineseAction, m_englishAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }

    m_helpMenu = bar->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
}

QAction *MainMenus::panelAction(Panel panel) const
{
    switch (panel) {
        case Panel::Timeline:
            return m_timelineAction;
        case Panel::Clip:
            return m_clipAction;
        case Panel::Sidebar:
            break;
    }
    return m_sidebarAction;
}

void MainMenus::showPanels(const PanelLayout &panels)
{
    for (const Panel panel : kPanels) panelAction(panel)->setChecked(panels.isShown(panel));
    m_readingModeAction->setChecked(panels.readingMode());
}

void MainMenus::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_printAction->setText(tr("&Print…"));
    m_exportPdfAction->setText(tr("&Export as PDF…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find…"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find &Previous"));
    m_viewMenu->setTitle(tr("&View"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_sidebarAction->setText(tr("&Contents Sidebar"));
    m_timelineAction->setText(tr("&Timeline"));
    m_clipAction->setText(tr("C&lip Panel"));
    m_readingModeAction->setText(tr("&Reading Mode"));
    m_fullScreenAction->setText(tr("F&ull Screen"));
    m_readAloud->retranslateUi();
    // Named without its mnemonic: Chinese writes it in brackets ("朗读(&A)"),
    // which a screen reader would read out as "朗读(A)".
    m_readAloudButton->setAccessibleName(
        ActionAnnouncer::plainText(m_readAloud->readAction()->text()));
    m_caretAction->setText(tr("C&aret Browsing"));
    m_languageMenu->setTitle(tr("&Language"));
    m_appearance->retranslateUi();
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Hope Reader"));
}

}  // namespace hope::app
