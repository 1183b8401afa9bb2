#pragma once

#include "app/ArticleExport.h"
#include "app/LayoutControls.h"
#include "app/SessionSettings.h"
#include "app/WindowLook.h"
#include "core/Article.h"
#include "core/ReaderPalette.h"
#include "core/ReadingLayout.h"
#include "core/ReadingProgress.h"
#include "core/ReadingSession.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;

namespace hope::core {
class MilestoneModel;
struct ReaderPalette;
class RecentBundles;
class SectionModel;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
class FindBar;
class MilestoneCard;
class ProgressLine;
class ClipPanel;
class SectionSidebar;
class StatusAnnouncer;
class TimelineWidget;
}  // namespace hope::ui

namespace hope::app {

class AppSettings;
class LanguageController;
class MainMenus;
class LookupController;
class NotesController;
class VocabularyController;
class ReadAloud;
class ScriptController;
class PaneCycle;
class PanelSplitters;

// Composes the reader's widgets and wires their intents to the reading
// session, which they follow. What the window does is in the parts it
// makes: its look (WindowLook), the layout's controls (LayoutControls),
// the panels (PanelSplitters), paper (ArticleExport) and the settings
// (SessionSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr QSize kDefaultSize{1280, 800};

    // settings may be null (a screenshot run remembers nothing).
    explicit MainWindow(LanguageController *languages, AppSettings *settings,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setArticle(const core::Article &article);
    void setLanguage(core::Language language);
    // The article's layout, remembered; the interface language is apart.
    void setReadingLayout(core::ReadingLayout layout) { m_layoutControls->choose(layout); }
    // --layout: this run's layout, not remembered unless the reader
    // chooses one.
    void setReadingLayoutForThisRun(core::ReadingLayout layout)
    {
        m_layoutControls->chooseForThisRun(layout);
    }
    [[nodiscard]] core::ReadingLayout readingLayout() const { return m_session->readingLayout(); }
    // --script: this run's Chinese script, not remembered unless the
    // reader chooses one.
    void setScriptForThisRun(core::ChineseScript script);
    [[nodiscard]] ScriptController *script() const { return m_script; }
    // Typesets the article in the reading layout into a PDF file; an
    // empty string, or why not.
    [[nodiscard]] QString exportPdf(const QString &path, QPageSize::PageSizeId paper) const
    {
        return m_export->writePdf(path, paper);
    }
    void goToSection(int index);
    [[nodiscard]] ui::ClipPanel *clipPanel() const { return m_clipPanel; }
    [[nodiscard]] core::ReadingSession *session() const { return m_session; }
    [[nodiscard]] ReadAloud *readAloud() const { return m_readAloud; }
    [[nodiscard]] NotesController *notes() const { return m_notes; }
    [[nodiscard]] LookupController *lookup() const { return m_lookup; }
    [[nodiscard]] VocabularyController *vocabulary() const { return m_vocabulary; }
    // Selects the milestone on the timeline and in the card; false if unknown.
    bool selectMilestone(const QString &milestoneId)
    {
        return m_session->selectMilestone(milestoneId);
    }
    // Selects it and takes the reader to the paragraphs that tell of it.
    void activateMilestone(const QString &milestoneId) { m_session->goToMilestone(milestoneId); }
    // Restores geometry, layout and reading position; false if none was saved.
    bool restoreFromSettings() { return m_sessionSettings->restore(); }
    // --size: as large as asked, or as the screen allows, for this run
    // only; the size remembered for the next run is left as it was.
    void setSizeForThisRun(const QSize &size) { m_sessionSettings->setSizeForThisRun(size); }
    // Loads a bundle and shows it; on failure says why and keeps the article.
    bool openBundle(const QString &path);
    // The article's text size, in percent (TextZoom's range).
    void setTextZoom(int percent) { m_look->setTextZoom(percent); }
    [[nodiscard]] int textZoom() const { return m_look->textZoom(); }
    void setTheme(core::ReaderTheme theme) { m_look->setTheme(theme); }
    // --theme: these colours for this run; the remembered theme is kept
    // unless the reader picks one from the menu.
    void setThemeForThisRun(core::ReaderTheme theme) { m_look->setThemeForThisRun(theme); }
    [[nodiscard]] core::ReaderTheme theme() const { return m_look->theme(); }
    // The panels shared out for the window's present size, as on a first start.
    void useDefaultLayout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // A bundle file or folder dropped on the window opens as File > Open.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void wireSession();
    void findInArticle(bool backward);
    void updateProgress();
    void updateHistoryActions();
    // Screen-reader wiring: spoken status messages, the pane cycle.
    void wireAccessibility();
    void setCaretBrowsing(bool on);
    // View > Notes: the notes in the sidebar's place, or its contents.
    void showNotes(bool shown);

    LanguageController *m_languages;
    AppSettings *m_settings;
    core::ReadingSession *m_session;
    core::SectionModel *m_sectionModel = nullptr;
    ui::SectionSidebar *m_sidebar = nullptr;
    QLabel *m_sidebarTitle = nullptr;
    ui::ArticleView *m_articleView = nullptr;
    ui::FindBar *m_findBar = nullptr;
    ui::ProgressLine *m_progressLine = nullptr;
    core::ReadingProgress m_progress;
    core::MilestoneModel *m_milestoneModel = nullptr;
    // File > Open Recent, remembered in the settings.
    core::RecentBundles *m_recent = nullptr;
    ui::TimelineWidget *m_timeline = nullptr;
    ui::MilestoneCard *m_milestoneCard = nullptr;
    ui::ClipPanel *m_clipPanel = nullptr;
    ReadAloud *m_readAloud = nullptr;
    NotesController *m_notes = nullptr;
    LookupController *m_lookup = nullptr;
    VocabularyController *m_vocabulary = nullptr;
    ScriptController *m_script = nullptr;
    QWidget *m_sidebarBox = nullptr;
    // The timeline and the milestone card.
    QWidget *m_bottom = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rootSplitter = nullptr;
    MainMenus *m_menus = nullptr;
    WindowLook *m_look = nullptr;
    LayoutControls *m_layoutControls = nullptr;
    ArticleExport *m_export = nullptr;
    ui::StatusAnnouncer *m_announcer = nullptr;
    PaneCycle *m_paneCycle = nullptr;
    PanelSplitters *m_panelSplitters = nullptr;
    std::unique_ptr<SessionSettings> m_sessionSettings;
};

}  // namespace hope::app
