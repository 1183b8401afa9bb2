#include "app/MainWindow.h"

#include "app/ActionAnnouncer.h"
#include "app/AppSettings.h"
#include "app/AppearanceMenu.h"
#include "app/BundleDrop.h"
#include "app/LanguageController.h"
#include "app/LayoutActions.h"
#include "app/LayoutControls.h"
#include "app/LookupController.h"
#include "app/MainMenus.h"
#include "app/NotesController.h"
#include "app/PaneCycle.h"
#include "app/PanelSplitters.h"
#include "app/ReadAloud.h"
#include "app/ScriptController.h"
#include "app/SessionSettings.h"
#include "app/VocabularyController.h"
#include "core/BundleLoader.h"
#include "core/MilestoneModel.h"
#include "core/ReadingSession.h"
#include "core/RecentBundles.h"
#include "core/RecentlyUsedXbel.h"
#include "core/SectionModel.h"
#include "core/WindowPlacement.h"
#include "ui/ArticleView.h"
#include "ui/BundleProblemDialog.h"
#include "ui/ClipPanel.h"
#include "ui/EmbeddedFonts.h"
#include "ui/FindBar.h"
#include "ui/MilestoneCard.h"
#include "ui/NotesPanel.h"
#include "ui/ProgressLine.h"
#include "ui/ReadAloudBar.h"
#include "ui/RecentMenu.h"
#include "ui/SectionSidebar.h"
#include "ui/StatusAnnouncer.h"
#include "ui/TimelineWidget.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hope::app {

using namespace core;
using namespace ui;

MainWindow::MainWindow(LanguageController *languages, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_languages(languages),
      m_settings(settings),
      m_session(new ReadingSession(this)),
      m_sectionModel(new SectionModel(this)),
      m_sidebar(new SectionSidebar),
      m_sidebarTitle(new QLabel),
      m_articleView(new ArticleView),
      m_findBar(new FindBar),
      m_progressLine(new ProgressLine),
      m_milestoneModel(new MilestoneModel(this)),
      m_timeline(new TimelineWidget),
      m_milestoneCard(new MilestoneCard),
      m_clipPanel(new ClipPanel),
      m_sidebarBox(new QWidget),
      m_bottom(new QWidget),
      m_mainSplitter(new QSplitter(Qt::Horizontal)),
      m_rootSplitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(kDefaultSize);
    setAcceptDrops(true);

    // The session first: every view below shows what it holds.
    m_session->setLanguage(m_languages->current());
    m_sidebar->setModel(m_sectionModel);

    auto *sidebarLayout = new QVBoxLayout(m_sidebarBox);
    sidebarLayout->setContentsMargins(8, 12, 0, 8);
    QFont titleFont = EmbeddedFonts::sans(EmbeddedFonts::interfacePixels(13));
    titleFont.setBold(true);
    m_sidebarTitle->setFont(titleFont);
    m_sidebarTitle->setForegroundRole(QPalette::PlaceholderText);
    m_sidebarTitle->setBuddy(m_sidebar);
    sidebarLayout->addWidget(m_sidebarTitle);
    sidebarLayout->addWidget(m_sidebar, 1);
    // Notes and bookmarks share the sidebar's place, as in Foliate.
    m_notes = new NotesController(m_session, m_articleView, this, m_settings != nullptr, this);
    sidebarLayout->addWidget(m_notes->panel(), 1);
    m_notes->panel()->hide();

    // The find bar sits above the article it searches.
    auto *articleBox = new QWidget;
    auto *articleLayout = new QVBoxLayout(articleBox);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->setSpacing(0);
    articleLayout->addWidget(m_findBar);
    m_readAloud = new ReadAloud(m_articleView, m_settings, this);
    m_recent = new RecentBundles(this);
    if (m_settings) {
        m_recent->setPaths(m_settings->recentBundles());
        connect(m_recent, &RecentBundles::pathsChanged, this,
                [this] { m_settings->setRecentBundles(m_recent->paths()); });
    }
    articleLayout->addWidget(m_readAloud->bar());
    articleLayout->addWidget(m_articleView, 1);

    m_timeline->setModel(m_milestoneModel);
    // The card shares the timeline's row: a strip beside the strip, the
    // whole card while the timeline is shown whole.
    m_milestoneCard->setFixedWidth(
        WindowPlacement::cardWidth(screen()->availableGeometry().width()));
    m_milestoneCard->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Ignored);
    auto *bottomLayout = new QHBoxLayout(m_bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(0);
    bottomLayout->addWidget(m_timeline, 1);
    bottomLayout->addWidget(m_milestoneCard);
    const PanelSplitters::Widgets panes{m_mainSplitter, m_rootSplitter, m_sidebarBox, m_bottom,
                                        m_timeline,     m_clipPanel,    m_articleView};
    PanelSplitters::arrange(panes, articleBox, kDefaultSize, screen()->availableGeometry().width());
    setCentralWidget(m_rootSplitter);
    m_panelSplitters = new PanelSplitters(this, panes, this);
    // A date in the text chose a milestone: its card is shown whole, until
    // the reader reads on.
    connect(m_articleView, &ArticleView::milestoneLinkActivated, m_panelSplitters,
            &PanelSplitters::showTimelineWhole);
    connect(m_articleView->verticalScrollBar(), &QScrollBar::actionTriggered, m_panelSplitters,
            &PanelSplitters::concealUnlessInUse);
    // A section chosen from the contents' drawer: the reader goes to read.
    connect(m_sidebar, &SectionSidebar::sectionRequested, m_panelSplitters,
            &PanelSplitters::shutDrawer);
    statusBar()->addWidget(m_progressLine, 1);
    // One at a time: QStatusBar hides its line for a message only if the
    // line is already on screen, so a message said before the window shows
    // would be painted over it.
    connect(statusBar(), &QStatusBar::messageChanged, m_progressLine,
            [this](const QString &message) { m_progressLine->setVisible(message.isEmpty()); });

    m_export = new ArticleExport(m_session, this);
    // Paper shows the pinyin the text shows.
    m_export->setPinyinSource([view = m_articleView] {
        return ArticleExport::ShownPinyin{view->shownPinyin(), view->pinyinStyle()};
    });
    m_export->setHighlightSource([view = m_articleView] { return view->highlights(); });
    connect(m_export, &ArticleExport::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    });
    createMenus();
    m_look->setTheme(ReaderTheme::System);
    m_look->applyTypography();
    // The size for a moment, where messages are, and said to a screen reader.
    m_notes->addToMenus(m_menus->fileMenu(), m_menus->editMenu(), m_menus->viewMenu(),
                        m_menus->readingModeAction());
    connect(m_notes->showNotesAction(), &QAction::toggled, this, &MainWindow::showNotes);
    connect(m_notes->printNotesAction(), &QAction::toggled, m_export,
            &ArticleExport::setNotesAtEnd);
    connect(m_look, &WindowLook::coloursChanged, m_notes, &NotesController::setColours);
    m_lookup = new LookupController(m_session, m_articleView, this, this);
    m_lookup->setConverter(m_readAloud->converter());
    m_vocabulary = new VocabularyController(m_session, this, m_settings != nullptr, this);
    m_vocabulary->addToMenus(m_menus->fileMenu(), m_menus->viewMenu(),
                             m_menus->readingModeAction());
    m_lookup->setVocabulary(m_vocabulary->model());
    m_lookup->addToMenus(m_menus->editMenu());
    m_script = new ScriptController(m_session, this, this);
    m_script->addToMenu(m_menus->viewMenu());
    connect(m_script, &ScriptController::facesChanged, m_look, &WindowLook::applyTypography);
    const auto tell = [this](const QString &message) {
        statusBar()->showMessage(message, 4000);
        if (m_announcer)
            m_announcer->announce(message);
    };
    connect(m_notes, &NotesController::message, this, tell);
    connect(m_lookup, &LookupController::message, this, tell);
    connect(m_vocabulary, &VocabularyController::message, this, tell);
    connect(m_script, &ScriptController::message, this, tell);
    connect(m_look, &WindowLook::zoomChangedByReader, this, [this](int percent) {
        // Past what the panels follow, the reader is told which text grew.
        const QString message =
            percent > WindowLook::kPanelZoomLimit
                ? tr("Text size %1%: the sections and the milestone card stop at %2%, the "
                     "timeline and the clip keep their size")
                      .arg(percent)
                      .arg(WindowLook::kPanelZoomLimit)
                : tr("Text size %1%").arg(percent);
        statusBar()->showMessage(message, percent > WindowLook::kPanelZoomLimit ? 5000 : 2000);
        if (m_announcer)
            m_announcer->announce(message);
    });
    // Read Aloud at hand beside the layout switch, where a screen reader
    // finds it too.
    statusBar()->addPermanentWidget(m_menus->readAloudButton());
    m_layoutControls =
        new LayoutControls(m_session, m_articleView, m_findBar, m_menus, statusBar(), this);
    (m_languages->current() == Language::Chinese ? m_menus->chineseAction()
                                                 : m_menus->englishAction())
        ->setChecked(true);
    retranslateUi();

    wireSession();
    wireAccessibility();
    connect(m_panelSplitters, &PanelSplitters::changed, m_menus,
            [this] { m_menus->showPanels(m_panelSplitters->layout()); });
    m_panelSplitters->setVisibility({});
    m_sessionSettings = std::make_unique<SessionSettings>(
        m_settings,
        SessionSettings::Parts{this, m_mainSplitter, m_rootSplitter, m_panelSplitters, m_look,
                               m_layoutControls, m_script, m_languages, m_session, m_clipPanel,
                               m_articleView, m_menus->caretAction()});
    m_articleView->setFocus();
}

MainWindow::~MainWindow()
{
    // It watches the panes' events (a timeline row shown whole, a drawer):
    // gone before they are, it is sent none of theirs as they go.
    delete m_panelSplitters;
    m_panelSplitters = nullptr;
}

// Every widget sends its intent to the session, and shows what the session
// says; none of them knows another's rows. The session is the one owner of
// the article, its language and layout, the place, the milestone and the
// chapter: the models and views follow it themselves, in this order (the
// read-aloud reads the view's text, so the view goes first).
void MainWindow::wireSession()
{
    ReadingSession *s = m_session;
    m_sectionModel->follow(s);
    m_milestoneModel->follow(s);
    m_sidebar->follow(s);
    m_articleView->follow(s);
    m_readAloud->follow(s);
    m_clipPanel->follow(s);
    m_timeline->follow(s);
    m_milestoneCard->follow(s, m_milestoneModel);
    // What the window itself shows of them: the progress line, the faces
    // for the language, the layout's controls.
    const auto measureProgress = [this] {
        m_progress.setArticle(m_session->article(), m_session->language());
    };
    connect(s, &ReadingSession::articleChanged, this, measureProgress);
    connect(s, &ReadingSession::languageChanged, this, measureProgress);
    connect(s, &ReadingSession::articleChanged, this, &MainWindow::retranslateUi);
    connect(s, &ReadingSession::scriptChanged, this, &MainWindow::retranslateUi);
    connect(s, &ReadingSession::languageChanged, m_look, &WindowLook::applyTypography);
    connect(m_sidebar, &SectionSidebar::sectionRequested, s, &ReadingSession::goToSection);
    connect(m_articleView, &ArticleView::currentSectionChanged, s,
            &ReadingSession::setCurrentSection);
    connect(m_articleView, &ArticleView::readingPositionChanged, s, &ReadingSession::setPosition);
    connect(m_articleView, &ArticleView::readingPositionChanged, this, &MainWindow::updateProgress);
    connect(s, &ReadingSession::historyChanged, this, &MainWindow::updateHistoryActions);

    connect(m_findBar, &FindBar::findRequested, this,
            [this](const QString &, bool backward) { findInArticle(backward); });
    connect(m_findBar, &FindBar::closed, m_articleView, [this] {
        m_articleView->clearFind();
        m_articleView->setFocus();
    });

    connect(m_articleView, &ArticleView::visibleBlocksChanged, m_milestoneModel,
            &MilestoneModel::setVisibleParagraphs);
    connect(m_articleView, &ArticleView::milestoneLinkActivated, s,
            &ReadingSession::selectMilestone);
    connect(m_timeline, &TimelineWidget::selectionChanged, s, &ReadingSession::selectMilestone);
    // Opening a milestone or a section by the keyboard takes the keyboard
    // there too: the article, its caret at the paragraph, is where a screen
    // reader reads on. The focus moves before the jump moves the caret: a
    // caret move first makes Orca take the article silently, and it then
    // says nothing of the focus.
    const auto readThere = [this] {
        m_articleView->setFocus(Qt::OtherFocusReason);
    };
    connect(m_timeline, &TimelineWidget::milestoneActivated, m_articleView, readThere);
    connect(m_milestoneCard, &MilestoneCard::milestoneActivated, m_articleView, readThere);
    connect(m_sidebar, &SectionSidebar::enterPressed, m_articleView, readThere);
    connect(m_timeline, &TimelineWidget::milestoneActivated, s, &ReadingSession::goToMilestone);
    connect(m_milestoneCard, &MilestoneCard::milestoneActivated, s, &ReadingSession::goToMilestone);

    connect(m_articleView, &ArticleView::chapterLinkActivated, m_clipPanel,
            &ClipPanel::playChapter);
    connect(m_clipPanel, &ClipPanel::chapterChanged, s, &ReadingSession::setPlayingChapter);
    // The voice and the clip never talk over each other.
    connect(m_readAloud, &ReadAloud::speaking, m_clipPanel, &ClipPanel::pause);
    connect(m_clipPanel, &ClipPanel::playingChanged, m_readAloud, [this](bool playing) {
        if (playing)
            m_readAloud->pause();
    });
}

void MainWindow::findInArticle(bool backward)
{
    m_articleView->findText(m_findBar->text(), backward);
    m_findBar->setMatches(m_articleView->findIndex(), m_articleView->findCount());
}

void MainWindow::updateProgress()
{
    const ReadingProgress::Estimate estimate = m_progress.update(m_articleView->viewSpan());
    m_progressLine->setProgress(
        estimate, m_sectionModel->index(m_articleView->currentSection()).data().toString());
}

void MainWindow::createMenus()
{
    m_menus = new MainMenus(menuBar(), m_readAloud, this);
    MainMenus *menus = m_menus;
    m_look = new WindowLook({this, m_articleView, m_sidebar, m_milestoneCard, m_timeline,
                             m_clipPanel, m_findBar, menus->appearance(), menus->readAloudButton()},
                            m_languages, this);
    menus->recentMenu()->setModel(m_recent);
    connect(menus->recentMenu(), &ui::RecentMenu::openRequested, this,
            [this](const QString &path) { openBundle(path); });
    connect(menus->openAction(), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Article Bundle"), QString(), tr("Article bundles (*.json)"));
        if (!path.isEmpty())
            openBundle(path);
    });
    connect(menus->printAction(), &QAction::triggered, m_export, &ArticleExport::print);
    connect(menus->exportPdfAction(), &QAction::triggered, m_export,
            &ArticleExport::exportPdfWithDialog);
    connect(menus->quitAction(), &QAction::triggered, this, &QWidget::close);

    connect(menus->findAction(), &QAction::triggered, m_findBar, &FindBar::open);
    connect(menus->findNextAction(), &QAction::triggered, this, [this] { findInArticle(false); });
    connect(menus->findPreviousAction(), &QAction::triggered, this,
            [this] { findInArticle(true); });

    connect(menus->backAction(), &QAction::triggered, m_session, &ReadingSession::back);
    connect(menus->forwardAction(), &QAction::triggered, m_session, &ReadingSession::forward);
    for (const Panel panel : kPanels)
        connect(menus->panelAction(panel), &QAction::triggered, m_panelSplitters,
                [this, panel](bool checked) { m_panelSplitters->setWanted(panel, checked); });
    connect(menus->readingModeAction(), &QAction::triggered, m_panelSplitters,
            &PanelSplitters::setReadingMode);
    connect(menus->caretAction(), &QAction::triggered, this, &MainWindow::setCaretBrowsing);
    connect(menus->fullScreenAction(), &QAction::triggered, this, [this](bool checked) {
        setWindowState(checked ? windowState() | Qt::WindowFullScreen
                               : windowState() & ~Qt::WindowFullScreen);
    });
    connect(menus->chineseAction(), &QAction::triggered, this,
            [this] { setLanguage(Language::Chinese); });
    connect(menus->englishAction(), &QAction::triggered, this,
            [this] { setLanguage(Language::English); });
    connect(menus->aboutAction(), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Hope Reader"),
                           tr("<p><b>Hope Reader %1</b></p><p>A reader for the article "
                              "\"Hope lights us up\", in Chinese and in English.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    updateHistoryActions();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(
        m_session->hasArticle()
            ? tr("%1 — Hope Reader").arg(m_session->article().meta.title.in(m_languages->current()))
            : tr("Hope Reader"));
    m_sidebarTitle->setText(m_notes->showNotesAction()->isChecked() ? tr("&Notes")
                                                                    : tr("&Contents"));
    m_notes->retranslateUi();
    m_lookup->retranslateUi();
    m_script->retranslateUi();
    m_vocabulary->retranslateUi();
    m_sidebar->setAccessibleName(tr("Sections"));
    m_articleView->setAccessibleName(tr("Article"));
    m_menus->retranslateUi();
    if (m_layoutControls)
        m_layoutControls->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::WindowStateChange && m_menus)
        m_menus->fullScreenAction()->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

void MainWindow::setArticle(const Article &article)
{
    m_session->setLanguage(m_languages->current());
    m_session->setArticle(article);
}

void MainWindow::setScriptForThisRun(core::ChineseScript script)
{
    m_script->chooseForThisRun(script);
}

void MainWindow::setLanguage(Language language)
{
    (language == Language::Chinese ? m_menus->chineseAction() : m_menus->englishAction())
        ->setChecked(true);
    if (language != m_languages->current())
        m_languages->apply(language);
    m_session->setLanguage(language);
    m_findBar->setMatches(m_articleView->findIndex(), m_articleView->findCount());
    updateProgress();
    retranslateUi();
}

void MainWindow::goToSection(int index)
{
    const QString id = m_session->article().sections.value(index).id;
    m_session->moveTo({m_session->sectionStart(id), 0.0});
}

void MainWindow::updateHistoryActions()
{
    m_menus->backAction()->setEnabled(m_session->canGoBack());
    m_menus->forwardAction()->setEnabled(m_session->canGoForward());
}

bool MainWindow::openBundle(const QString &path)
{
    const BundleLoadResult result = BundleLoader::loadFile(path);
    if (!result.ok()) {
        BundleProblemDialog box(
            tr("The bundle %1 cannot be opened. The current article stays open.").arg(path),
            result.errors, result.omitted, this);
        box.exec();
        return false;
    }
    setArticle(*result.article);
    m_recent->add(path);
    // The desktop's list too (file managers, GNOME's Recent). A list that
    // cannot be read as one is left alone; the reader has nothing to add.
    (void)RecentlyUsedXbel::write(
        RecentlyUsedXbel::defaultPath(),
        {QFileInfo(path).absoluteFilePath(), QStringLiteral("application/x-hope-reader-bundle"),
         QStringLiteral("Hope Reader"), QStringLiteral("hope-reader %f"),
         QDateTime::currentDateTimeUtc()});
    return true;
}

void MainWindow::useDefaultLayout()
{
    m_panelSplitters->useDefaultSizes(size(), menuBar()->sizeHint().height());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (BundleDrop::accepts(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const BundleDrop::Result drop = BundleDrop::resolve(event->mimeData());
    event->acceptProposedAction();
    if (!drop.path.isEmpty()) {
        openBundle(drop.path);
        return;
    }
    BundleProblemDialog box(drop.problem, {}, 0, this);
    box.exec();
}

void MainWindow::showNotes(bool shown)
{
    m_notes->showNotesAction()->setChecked(shown);
    m_sidebar->setVisible(!shown);
    m_notes->panel()->setVisible(shown);
    m_sidebarTitle->setBuddy(shown ? static_cast<QWidget *>(m_notes->panel()->search())
                                   : m_sidebar);
    m_paneCycle->setEntry(m_sidebarBox,
                          shown ? static_cast<QWidget *>(m_notes->panel()->search()) : m_sidebar);
    retranslateUi();
    if (!shown)
        return;
    m_panelSplitters->setWanted(Panel::Sidebar, true);
    m_notes->panel()->search()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->flush();
    m_vocabulary->flush();
    m_sessionSettings->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::wireAccessibility()
{
    m_announcer = new StatusAnnouncer(this);
    const auto say = [this](const QString &message) {
        m_announcer->announce(message);
    };
    connect(m_findBar, &FindBar::announcement, m_announcer, say);
    connect(m_clipPanel, &ClipPanel::announcement, m_announcer, say);
    connect(m_readAloud, &ReadAloud::announcement, m_announcer, say);
    // What the reader's keys and menus change on screen, said too.
    auto *choices = new ActionAnnouncer(this);
    for (const Panel panel : kPanels) choices->watchToggle(m_menus->panelAction(panel));
    for (QAction *a :
         {m_menus->readingModeAction(), m_menus->fullScreenAction(), m_readAloud->pinyinAction()})
        choices->watchToggle(a);
    for (const ReaderTheme theme :
         {ReaderTheme::System, ReaderTheme::Light, ReaderTheme::Sepia, ReaderTheme::Dark})
        choices->watchChoice(m_menus->appearance()->themeAction(theme));
    for (const ReadingLayout layout : kReadingLayouts)
        choices->watchChoice(m_layoutControls->actions()->action(layout));
    connect(choices, &ActionAnnouncer::announcement, m_announcer, say);
    // Back and Forward say where they went: the section there.
    const auto wentTo = [this](const QString &message) {
        const int section =
            m_session->article().sectionOfBlock(m_articleView->readingPosition().blockId);
        const QModelIndex entry = m_sectionModel->index(std::max(section, 0), 0);
        m_announcer->announce(message.arg(entry.data(Qt::AccessibleTextRole).toString()));
    };
    connect(m_menus->backAction(), &QAction::triggered, m_announcer,
            [this, wentTo] { wentTo(tr("Back to %1")); });
    connect(m_menus->forwardAction(), &QAction::triggered, m_announcer,
            [this, wentTo] { wentTo(tr("Forward to %1")); });
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
