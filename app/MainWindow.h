#pragma once

#include "app/PanelLayout.h"
#include "core/Article.h"
#include "core/ArticleDocumentBuilder.h"
#include "core/ReaderPalette.h"
#include "core/ReadingLayout.h"
#include "core/ReadingProgress.h"
#include "core/TextZoom.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace hope::core {
class MilestoneModel;
class ReadingSession;
struct ReaderPalette;
class SectionModel;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
class FindBar;
class LayoutSwitch;
class MilestoneCard;
class ProgressLine;
class ClipPanel;
class SectionSidebar;
class StatusAnnouncer;
class TimelineWidget;
}  // namespace hope::ui

namespace hope::app {

class AppSettings;
class AppearanceMenu;
class LanguageController;
class LayoutActions;
class MainMenus;
class ReadAloud;
class PaneCycle;
class PanelSplitters;

// Composes the reader's widgets and wires their intents together.
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
    void setReadingLayout(core::ReadingLayout layout);
    // --layout: this run's layout, not remembered unless the reader
    // chooses one.
    void setReadingLayoutForThisRun(core::ReadingLayout layout);
    [[nodiscard]] core::ReadingLayout readingLayout() const;
    // Typesets the article in the reading layout into a PDF file; an
    // empty string, or why not.
    [[nodiscard]] QString exportPdf(const QString &path) const;
    void goToSection(int index);
    [[nodiscard]] ui::ClipPanel *clipPanel() const { return m_clipPanel; }
    [[nodiscard]] core::ReadingSession *session() const { return m_session; }
    [[nodiscard]] ReadAloud *readAloud() const { return m_readAloud; }
    // Selects the milestone on the timeline and in the card; false if unknown.
    bool selectMilestone(const QString &milestoneId);
    // Selects it and takes the reader to the paragraphs that tell of it.
    void activateMilestone(const QString &milestoneId);
    // Restores geometry, layout and reading position; false if none was saved.
    bool restoreFromSettings();
    // --size: as large as asked, or as the screen allows, for this run
    // only; the size remembered for the next run is left as it was.
    void setSizeForThisRun(const QSize &size);
    // Loads a bundle and shows it; on failure says why and keeps the article.
    bool openBundle(const QString &path);
    // The article's text size, in percent (TextZoom's range).
    void setTextZoom(int percent);
    [[nodiscard]] int textZoom() const { return m_zoom; }
    void setTheme(core::ReaderTheme theme);
    // --theme: these colours for this run; the remembered theme is kept
    // unless the reader picks one from the menu.
    void setThemeForThisRun(core::ReaderTheme theme);
    [[nodiscard]] core::ReaderTheme theme() const { return m_theme; }
    // The panels shared out for the window's present size, as on a first start.
    void useDefaultLayout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Never larger than the screen it is on, and on it: a saved geometry
    // from a larger screen (or a damaged one) is brought back in.
    void fitToScreen();
    void applyPalette(const core::ReaderPalette &colours);
    // Text sizes from the desktop's font and the zoom, for every panel
    // whose text follows the zoom.
    void applyTypography();
    void createMenus();
    void retranslateUi();
    void wireSession();
    void findInArticle(bool backward);
    void updateProgress();
    void createLayoutControls();
    void print();
    void exportPdfWithDialog();
    void sayWhetherSideBySideFits();
    // The reader's faces on paper colours, whatever the theme on screen.
    [[nodiscard]] core::Typography printTypography() const;
    void updateHistoryActions();
    void saveToSettings();
    // Screen-reader wiring: spoken status messages, the pane cycle, the
    // caret (MainWindowAccess.cpp).
    void wireAccessibility();
    void setCaretBrowsing(bool on);

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
    ui::TimelineWidget *m_timeline = nullptr;
    ui::MilestoneCard *m_milestoneCard = nullptr;
    ui::ClipPanel *m_clipPanel = nullptr;
    ReadAloud *m_readAloud = nullptr;
    QWidget *m_sidebarBox = nullptr;
    QWidget *m_bottom = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rootSplitter = nullptr;
    MainMenus *m_menus = nullptr;
    AppearanceMenu *m_appearance = nullptr;
    LayoutActions *m_layoutActions = nullptr;
    ui::LayoutSwitch *m_layoutSwitch = nullptr;
    bool m_layoutForThisRun = false;
    bool m_sideBySideMessage = false;
    ui::StatusAnnouncer *m_announcer = nullptr;
    PaneCycle *m_paneCycle = nullptr;
    PanelSplitters *m_panelSplitters = nullptr;
    bool m_keepSavedGeometry = false;
    int m_zoom = core::TextZoom::kDefault;
    core::ReaderTheme m_theme = core::ReaderTheme::System;
    bool m_keepSavedTheme = false;
};

}  // namespace hope::app
