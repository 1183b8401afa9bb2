#include "app/MainWindow.h"

#include "app/AppSettings.h"
#include "app/AppearanceMenu.h"
#include "app/LanguageController.h"
#include "app/LayoutActions.h"
#include "app/MainMenus.h"
#include "app/PanelSplitters.h"
#include "app/ReadAloud.h"
#include "core/ArticlePrint.h"
#include "core/BundleLoader.h"
#include "core/MilestoneModel.h"
#include "core/ModelRoles.h"
#include "core/ReaderPalette.h"
#include "core/ReadingSession.h"
#include "core/SectionModel.h"
#include "core/WindowPlacement.h"
#include "ui/ArticleView.h"
#include "ui/BundleProblemDialog.h"
#include "ui/ClipPanel.h"
#include "ui/EmbeddedFonts.h"
#include "ui/FindBar.h"
#include "ui/LayoutSwitch.h"
#include "ui/MilestoneCard.h"
#include "ui/ProgressLine.h"
#include "ui/ReadAloudBar.h"
#include "ui/SectionSidebar.h"
#include "ui/TimelineWidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
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

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sidebarBox);
    // The find bar sits above the article it searches.
    auto *articleBox = new QWidget;
    auto *articleLayout = new QVBoxLayout(articleBox);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->setSpacing(0);
    articleLayout->addWidget(m_findBar);
    m_readAloud = new ReadAloud(m_articleView, m_settings, this);
    articleLayout->addWidget(m_readAloud->bar());
    articleLayout->addWidget(m_articleView, 1);
    m_mainSplitter->addWidget(articleBox);
    m_mainSplitter->addWidget(m_clipPanel);
    // On a narrow window the article keeps a readable column and the side
    // panels give way to it.
    m_articleView->setMinimumWidth(420);
    m_sidebarBox->setMinimumWidth(140);
    m_clipPanel->setMinimumWidth(220);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 1);
    // The side panels can be dragged shut; the article never.
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setCollapsible(0, true);
    m_mainSplitter->setCollapsible(2, true);
    m_mainSplitter->setSizes(WindowPlacement::columns(kDefaultSize.width()));

    // The timeline spans the window's width: time needs room.
    m_timeline->setModel(m_milestoneModel);
    m_milestoneCard->setFixedWidth(300);
    auto *bottomLayout = new QHBoxLayout(m_bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->setSpacing(0);
    bottomLayout->addWidget(m_timeline, 1);
    bottomLayout->addWidget(m_milestoneCard);
    m_rootSplitter->setObjectName(QStringLiteral("rootSplitter"));
    m_rootSplitter->addWidget(m_mainSplitter);
    m_rootSplitter->addWidget(m_bottom);
    m_rootSplitter->setStretchFactor(0, 1);
    m_rootSplitter->setChildrenCollapsible(false);
    m_rootSplitter->setCollapsible(1, true);
    m_rootSplitter->setSizes(WindowPlacement::rows(kDefaultSize.height()));
    setCentralWidget(m_rootSplitter);
    m_panelSplitters = new PanelSplitters(
        this, {m_mainSplitter, m_rootSplitter, m_sidebarBox, m_bottom, m_clipPanel, m_articleView},
        this);
    statusBar()->addWidget(m_progressLine, 1);

    createMenus();
    setTheme(m_theme);
    applyTypography();
    createLayoutControls();
    (m_languages->current() == Language::Chinese ? m_menus->chineseAction()
                                                 : m_menus->englishAction())
        ->setChecked(true);
    retranslateUi();

    wireSession();
    wireAccessibility();
    connect(m_panelSplitters, &PanelSplitters::changed, m_menus,
            [this] { m_menus->showPanels(m_panelSplitters->layout()); });
    m_panelSplitters->setVisibility({});
    m_articleView->setFocus();
}

MainWindow::~MainWindow() = default;

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
    connect(s, &ReadingSession::articleChanged, this, [this] {
        m_progress.setArticle(m_session->article(), m_session->language());
        retranslateUi();
    });
    connect(s, &ReadingSession::languageChanged, this, [this] {
        m_progress.setArticle(m_session->article(), m_session->language());
        applyTypography();
    });
    connect(s, &ReadingSession::readingLayoutChanged, this, [this](ReadingLayout layout) {
        m_layoutActions->setCurrent(layout);
        m_layoutSwitch->setCurrentLayout(layout);
        sayWhetherSideBySideFits();
    });
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
    connect(menus->openAction(), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Article Bundle"), QString(), tr("Article bundles (*.json)"));
        if (!path.isEmpty())
            openBundle(path);
    });
    connect(menus->printAction(), &QAction::triggered, this, &MainWindow::print);
    connect(menus->exportPdfAction(), &QAction::triggered, this, &MainWindow::exportPdfWithDialog);
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
    m_appearance = menus->appearance();
    connect(m_appearance, &AppearanceMenu::zoomInRequested, this,
            [this] { setTextZoom(TextZoom::zoomIn(m_zoom)); });
    connect(m_appearance, &AppearanceMenu::zoomOutRequested, this,
            [this] { setTextZoom(TextZoom::zoomOut(m_zoom)); });
    connect(m_appearance, &AppearanceMenu::actualSizeRequested, this,
            [this] { setTextZoom(TextZoom::kDefault); });
    connect(m_appearance, &AppearanceMenu::themeRequested, this, &MainWindow::setTheme);
    connect(m_articleView, &ArticleView::zoomRequested, this, [this](int direction) {
        setTextZoom(direction > 0 ? TextZoom::zoomIn(m_zoom) : TextZoom::zoomOut(m_zoom));
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
    m_sidebarTitle->setText(tr("&Contents"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_articleView->setAccessibleName(tr("Article"));
    m_menus->retranslateUi();
    if (m_layoutActions)
        m_layoutActions->retranslate();
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

ReadingLayout MainWindow::readingLayout() const
{
    return m_session->readingLayout();
}

void MainWindow::goToSection(int index)
{
    const QString id = m_session->article().sections.value(index).id;
    m_session->moveTo({m_session->sectionStart(id), 0.0});
}

bool MainWindow::selectMilestone(const QString &milestoneId)
{
    return m_session->selectMilestone(milestoneId);
}

void MainWindow::activateMilestone(const QString &milestoneId)
{
    m_session->goToMilestone(milestoneId);
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
    return true;
}

bool MainWindow::restoreFromSettings()
{
    if (!m_settings)
        return false;
    setTextZoom(m_settings->textZoom());
    setTheme(m_settings->theme());
    const bool geometry = restoreGeometry(m_settings->windowGeometry());
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!geometry && screen) {
        setGeometry(WindowPlacement::firstStart(screen->availableGeometry(), minimumSizeHint()));
        useDefaultLayout();
    }
    fitToScreen();
    m_mainSplitter->restoreState(m_settings->splitterState(QStringLiteral("main")));
    m_rootSplitter->restoreState(m_settings->splitterState(QStringLiteral("root")));
    m_panelSplitters->setVisibility(m_settings->panelVisibility());
    if (const auto layout = m_settings->readingLayout())
        setReadingLayout(*layout);
    if (const auto position = m_settings->readingPosition())
        m_session->moveTo(*position);
    m_clipPanel->setPreferences(m_settings->clipPreferences());
    m_menus->caretAction()->setChecked(m_settings->caretBrowsing());
    m_articleView->setCaretBrowsing(m_settings->caretBrowsing());
    return geometry;
}

void MainWindow::setSizeForThisRun(const QSize &size)
{
    m_keepSavedGeometry = true;
    resize(size);
    fitToScreen();
}

void MainWindow::saveToSettings()
{
    if (!m_settings)
        return;
    if (!m_keepSavedGeometry)
        m_settings->setWindowGeometry(saveGeometry());
    m_settings->setSplitterState(QStringLiteral("main"), m_mainSplitter->saveState());
    m_settings->setSplitterState(QStringLiteral("root"), m_rootSplitter->saveState());
    m_settings->setPanelVisibility(m_panelSplitters->layout().visibility());
    m_settings->setTextZoom(m_zoom);
    if (!m_keepSavedTheme)
        m_settings->setTheme(m_theme);
    m_settings->setLanguage(m_languages->current());
    if (!m_layoutForThisRun)
        m_settings->setReadingLayout(m_session->readingLayout());
    m_settings->setReadingPosition(m_session->position());
    m_settings->setClipPreferences(m_clipPanel->preferences());
    m_settings->setCaretBrowsing(m_menus->caretAction()->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveToSettings();
    QMainWindow::closeEvent(event);
}

}  // namespace hope::app
