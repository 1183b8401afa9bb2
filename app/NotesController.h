#pragma once

#include "core/Annotation.h"
#include "core/Article.h"
#include "core/ReaderPalette.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QTimer;
class QWidget;

namespace hope::core {
class AnnotationSet;
class NotesModel;
class ReadingSession;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
class NotesPanel;
}  // namespace hope::ui

namespace hope::app {

// The reader's highlights, notes and bookmarks: what is on the article
// (ArticleView's highlights), the Notes panel and its menus, the file they
// are kept in (saved within a second of a change and on quit), export and
// import. It follows the session: each article has its own notes.
class NotesController final : public QObject
{
    Q_OBJECT

public:
    // persist: false for a run that remembers nothing (a screenshot).
    NotesController(core::ReadingSession *session, ui::ArticleView *view, QWidget *window,
                    bool persist, QObject *parent = nullptr);
    ~NotesController() override;

    // Puts the actions in the window's menus.
    // View > Notes goes before viewBefore.
    void addToMenus(QMenu *file, QMenu *edit, QMenu *view, QAction *viewBefore);
    void retranslateUi();
    void setColours(const core::ReaderPalette &colours);

    [[nodiscard]] ui::NotesPanel *panel() const { return m_panel; }
    [[nodiscard]] core::AnnotationSet *annotations() const { return m_set; }
    [[nodiscard]] core::NotesModel *model() const { return m_model; }
    [[nodiscard]] QAction *showNotesAction() const { return m_showNotes; }
    [[nodiscard]] QAction *highlightAction() const { return m_highlight; }
    [[nodiscard]] QAction *addNoteAction() const { return m_addNote; }
    [[nodiscard]] QAction *bookmarkAction() const { return m_bookmark; }
    [[nodiscard]] QAction *copyWithCitationAction() const { return m_copyCited; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    // File > Print Notes After the Article: for print and PDF.
    [[nodiscard]] QAction *printNotesAction() const { return m_printNotes; }
    // Where this article's notes are kept; empty when nothing is kept.
    [[nodiscard]] QString filePath() const { return m_path; }

    // Highlights the selection (each paragraph it covers); the new ids.
    QStringList highlightSelection(core::HighlightColour colour);
    bool addBookmark();
    // The note of a highlight, edited in a small dialog.
    void editNote(const QString &id);
    void copyWithCitation();
    // Saves now if a change is waiting (on quit).
    void flush();
    // Reads a notes file (JSON) and adds what is not here yet, as one step
    // to undo; empty, or what went wrong.
    QString importFrom(const QString &path);

signals:
    // For the status line and a screen reader.
    void message(const QString &text);

private:
    void load();
    void save();
    void showMarks();
    void showNoteOf(const QString &id);
    void fillContextMenu(QMenu *menu, const QString &highlightId);
    void exportMarkdown();
    void exportJson();
    void importWithDialog();
    void warn(const QString &title, const QString &text);
    [[nodiscard]] QString colourName(core::HighlightColour colour) const;

    core::ReadingSession *m_session;
    ui::ArticleView *m_view;
    QWidget *m_window;
    bool m_persist;
    core::AnnotationSet *m_set;
    core::NotesModel *m_model;
    ui::NotesPanel *m_panel;
    QTimer *m_saveTimer;
    // The article the notes are on: the session's, until it changes, when
    // the notes on this one are saved under its name before the next loads.
    core::Article m_article;
    QString m_path;
    // A file that could not be read nor moved aside is never written over.
    bool m_readOnly = false;
    // While a bundle's notes are loaded, no save is due.
    bool m_loading = false;
    core::HighlightColour m_colour = core::HighlightColour::Yellow;
    // The highlight last clicked: Add Note edits it when nothing is selected.
    QString m_current;

    QAction *m_highlight = nullptr;
    QMenu *m_colourMenu = nullptr;
    QActionGroup *m_colourGroup = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_bookmark = nullptr;
    QAction *m_copyCited = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_showNotes = nullptr;
    QAction *m_exportMarkdown = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_import = nullptr;
    QAction *m_printNotes = nullptr;
};

}  // namespace hope::app
