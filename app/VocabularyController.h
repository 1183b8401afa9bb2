#pragma once

#include "core/Article.h"

#include <QObject>

class QAction;
class QDialog;
class QMenu;
class QTimer;

namespace hope::core {
class ReadingSession;
class VocabularyModel;
}  // namespace hope::core

namespace hope::ui {
class VocabularyPanel;
}

namespace hope::app {

// The words a reader keeps from the lookup card: the list (a
// VocabularyModel), its file per bundle in the user's data folder (saved a
// moment after each change and when the article changes or the window
// closes), View > Vocabulary (a window of the list, linked back to the
// paragraphs) and File > Export Vocabulary for Anki. Follows the session's
// article; keeps its own copy, so the words are saved under the article
// they were kept from.
class VocabularyController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 500;

    // persistent: false keeps the list for this run only (tests, a
    // reader started with no settings).
    VocabularyController(core::ReadingSession *session, QWidget *window, bool persistent,
                         QObject *parent = nullptr);
    ~VocabularyController() override;

    void addToMenus(QMenu *file, QMenu *view, QAction *viewBefore);
    void retranslateUi();
    [[nodiscard]] core::VocabularyModel *model() const { return m_model; }
    [[nodiscard]] ui::VocabularyPanel *panel() const { return m_panel; }
    [[nodiscard]] QDialog *window() const { return m_dialog; }
    [[nodiscard]] QAction *showAction() const { return m_show; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QString path() const { return m_path; }

    // Writes the list as Anki's TSV; false, with a message, if it cannot.
    bool exportTo(const QString &path);
    // Saves now if a save is waiting.
    void flush();

signals:
    // Something to tell the reader, in the status bar and to a screen reader.
    void message(const QString &text);

private:
    void load();
    void save();
    void chooseExport();

    core::ReadingSession *m_session;
    QWidget *m_window;
    const bool m_persist;
    core::Article m_article;
    QString m_path;
    // The file could not be read nor moved aside: never saved over.
    bool m_readOnly = false;
    bool m_loading = false;
    core::VocabularyModel *m_model;
    QDialog *m_dialog;
    ui::VocabularyPanel *m_panel;
    QTimer *m_saveTimer;
    QAction *m_show;
    QAction *m_export;
};

}  // namespace hope::app
