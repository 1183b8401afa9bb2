#pragma once

#include "core/Article.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
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
class MilestoneCard;
class ClipPanel;
class SectionSidebar;
class TimelineWidget;
}  // namespace hope::ui

namespace hope::app {

class AppSettings;
class LanguageController;

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
    void goToSection(int index);
    [[nodiscard]] ui::ClipPanel *clipPanel() const { return m_clipPanel; }
    [[nodiscard]] core::ReadingSession *session() const { return m_session; }
    // Selects the milestone on the timeline and in the card; false if unknown.
    bool selectMilestone(const QString &milestoneId);
    // Selects it and takes the reader to the paragraphs that tell of it.
    void activateMilestone(const QString &milestoneId);
    // Restores geometry, layout and reading position; false if none was saved.
    bool restoreFromSettings();
    // Loads a bundle and shows it; on failure says why and keeps the article.
    bool openBundle(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Never larger than the screen it is on, and on it: a saved geometry
    // from a larger screen (or a damaged one) is brought back in.
    void fitToScreen();
    void applyPalette(const core::ReaderPalette &colours);
    void createMenus();
    void retranslateUi();
    void wireSession();
    void updateHistoryActions();
    void saveToSettings();

    LanguageController *m_languages;
    AppSettings *m_settings;
    core::ReadingSession *m_session;
    core::SectionModel *m_sectionModel = nullptr;
    ui::SectionSidebar *m_sidebar = nullptr;
    QLabel *m_sidebarTitle = nullptr;
    ui::ArticleView *m_articleView = nullptr;
    ui::FindBar *m_findBar = nullptr;
    core::MilestoneModel *m_milestoneModel = nullptr;
    ui::TimelineWidget *m_timeline = nullptr;
    ui::MilestoneCard *m_milestoneCard = nullptr;
    ui::ClipPanel *m_clipPanel = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rootSplitter = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

}  // namespace hope::app
