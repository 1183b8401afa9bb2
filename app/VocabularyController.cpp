#include "app/VocabularyController.h"

#include "core/NotesFile.h"
#include "core/ReadingSession.h"
#include "core/VocabularyFile.h"
#include "core/VocabularyModel.h"
#include "core/VocabularyTsv.h"
#include "ui/VocabularyPanel.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace hope::app {

using core::VocabularyFile;

VocabularyController::VocabularyController(core::ReadingSession *session, QWidget *window,
                                           bool persistent, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_window(window),
      m_persist(persistent),
      m_model(new core::VocabularyModel(this)),
      m_dialog(new QDialog(window)),
      m_panel(new ui::VocabularyPanel(m_model)),
      m_saveTimer(new QTimer(this)),
      m_show(new QAction(this)),
      m_export(new QAction(this))
{
    m_dialog->setObjectName(QStringLiteral("vocabularyWindow"));
    auto *layout = new QVBoxLayout(m_dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    m_dialog->resize(460, 420);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &VocabularyController::save);
    connect(m_model, &core::VocabularyModel::edited, this, [this] {
        if (!m_loading)
            m_saveTimer->start();
    });
    connect(m_session, &core::ReadingSession::articleChanged, this, &VocabularyController::load);

    m_show->setObjectName(QStringLiteral("showVocabulary"));
    m_show->setCheckable(true);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_5));
    connect(m_show, &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_dialog->show();
            m_dialog->raise();
            m_dialog->activateWindow();
            m_panel->list()->setFocus(Qt::ShortcutFocusReason);
        } else {
            m_dialog->hide();
        }
    });
    connect(m_dialog, &QDialog::finished, this, [this] { m_show->setChecked(false); });
    m_export->setObjectName(QStringLiteral("exportVocabulary"));
    connect(m_export, &QAction::triggered, this, &VocabularyController::chooseExport);
    connect(m_panel, &ui::VocabularyPanel::exportRequested, this,
            &VocabularyController::chooseExport);
    connect(m_panel, &ui::VocabularyPanel::removeRequested, m_model,
            &core::VocabularyModel::remove);
    connect(m_panel, &ui::VocabularyPanel::goToRequested, this,
            [this](const QString &blockId) { m_session->goToBlock(blockId); });
    load();
    retranslateUi();
}

VocabularyController::~VocabularyController()
{
    flush();
}

void VocabularyController::addToMenus(QMenu *file, QMenu *view, QAction *viewBefore)
{
    // Beside the notes' exports, before the way out of the reader.
    const QList<QAction *> fileActions = file->actions();
    QAction *before = nullptr;
    if (fileActions.size() >= 2 && fileActions.at(fileActions.size() - 2)->isSeparator())
        before = fileActions.at(fileActions.size() - 2);
    file->insertAction(before, m_export);
    view->insertAction(viewBefore, m_show);
}

void VocabularyController::retranslateUi()
{
    m_dialog->setWindowTitle(tr("Vocabulary"));
    m_show->setText(tr("&Vocabulary"));
    m_show->setStatusTip(tr("The words you kept from the lookup card"));
    m_export->setText(tr("Export &Vocabulary for Anki…"));
}

void VocabularyController::load()
{
    flush();
    // As published: the words stay the bundle's whatever script is shown.
    m_article = m_session->publishedArticle();
    m_path = m_persist ? VocabularyFile::pathFor(m_article) : QString();
    m_readOnly = false;
    VocabularyFile::Read read;
    if (!m_path.isEmpty())
        read = VocabularyFile::read(m_path);
    if (!read.ok()) {
        // Kept for the reader to look at, and out of the way of saving.
        const QString aside = core::NotesFile::keepAside(m_path);
        m_readOnly = aside.isEmpty();
        const QString text =
            aside.isEmpty()
                ? tr("Your vocabulary for this article cannot be read: %1\n\nThe file cannot be "
                     "moved aside either, so words kept now will not be saved.")
                      .arg(read.error)
                : tr("Your vocabulary for this article cannot be read: %1\n\nThe file was kept "
                     "as %2. The reader starts with an empty list.")
                      .arg(read.error, aside);
        // Not modal: a file found broken at start-up does not hold up the window.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Vocabulary"), text, QMessageBox::Ok,
                                    m_window);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit message(text.section(u'\n', 0, 0));
    }
    m_loading = true;
    m_model->setArticle(m_article);
    m_model->setWords(read.words);
    m_loading = false;
}

void VocabularyController::save()
{
    m_saveTimer->stop();
    if (m_path.isEmpty() || m_readOnly)
        return;
    const QString error = VocabularyFile::write(m_path, m_article, m_model->words());
    if (!error.isEmpty())
        emit message(tr("Vocabulary not saved: %1").arg(error));
}

void VocabularyController::flush()
{
    if (m_saveTimer->isActive())
        save();
}

bool VocabularyController::exportTo(const QString &path)
{
    const QString error = core::VocabularyTsv::save(path, m_article, m_model->words());
    if (!error.isEmpty()) {
        emit message(tr("Vocabulary not exported: %1").arg(error));
        return false;
    }
    emit message(tr("%n word(s) exported to %1", nullptr, int(m_model->rowCount()))
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

void VocabularyController::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        m_dialog->isVisible() ? static_cast<QWidget *>(m_dialog) : m_window,
        tr("Export Vocabulary for Anki"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/vocabulary.tsv"),
        tr("Tab-separated text for Anki (*.tsv)"));
    if (!path.isEmpty())
        exportTo(path);
}

}  // namespace hope::app
