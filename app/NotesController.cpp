#include "app/NotesController.h"

#include "core/AnnotationSet.h"
#include "core/NotesFile.h"
#include "core/NotesMarkdown.h"
#include "core/NotesModel.h"
#include "core/ReadingLayout.h"
#include "core/ReadingSession.h"
#include "core/SafeOutputFile.h"
#include "ui/ArticleView.h"
#include "ui/NoteEditor.h"
#include "ui/NotesPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

namespace hope::app {

using namespace core;

namespace {

// A change is on disk within a second, however quickly the next follows.
constexpr int kSaveDelayMs = 500;

QString shortQuote(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > 40 ? flat.left(40) + u'…' : flat;
}

}  // namespace

NotesController::NotesController(ReadingSession *session, ui::ArticleView *view, QWidget *window,
                                 bool persist, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_view(view),
      m_window(window),
      m_persist(persist),
      m_set(new AnnotationSet(this)),
      m_model(new NotesModel(m_set, this)),
      // The window's until it places it: never without an owner.
      m_panel(new ui::NotesPanel(window)),
      m_saveTimer(new QTimer(this))
{
    m_panel->hide();
    m_panel->setModel(m_model);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NotesController::save);
    connect(m_set, &AnnotationSet::changed, this, [this] {
        showMarks();
        if (!m_loading)
            m_saveTimer->start();
    });
    connect(m_session, &ReadingSession::articleChanged, this, &NotesController::load);
    connect(m_session, &ReadingSession::readingLayoutChanged, m_model,
            [this](ReadingLayout layout) { m_model->setPaired(languagesOf(layout).size() == 2); });
    connect(m_view, &ui::ArticleView::highlightClicked, this, &NotesController::showNoteOf);
    connect(m_view, &ui::ArticleView::contextMenuOpening, this, &NotesController::fillContextMenu);
    connect(m_panel, &ui::NotesPanel::goToRequested, this, [this](const QString &id) {
        if (const Annotation *a = m_set->find(id))
            m_session->goToBlock(a->blockId);
    });
    connect(m_panel, &ui::NotesPanel::editRequested, this, &NotesController::editNote);
    connect(m_panel, &ui::NotesPanel::removeRequested, this, [this](const QString &id) {
        if (m_set->remove({id}, tr("Remove")))
            emit message(tr("Removed"));
    });

    m_highlight = new QAction(this);
    m_highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(m_colour); });
    m_colourGroup = new QActionGroup(this);
    for (const HighlightColour colour : kHighlightColours) {
        QAction *a = m_colourGroup->addAction(QString());
        a->setCheckable(true);
        a->setChecked(colour == m_colour);
        a->setData(int(colour));
        connect(a, &QAction::triggered, this, [this, colour] {
            m_colour = colour;
            if (m_view->textCursor().hasSelection())
                highlightSelection(colour);
        });
    }
    // Built here, so the text's menu has it whether or not the window's
    // menus were made; the window owns it.
    m_colourMenu = new QMenu(window);
    m_colourMenu->addActions(m_colourGroup->actions());
    m_addNote = new QAction(this);
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (m_view->textCursor().hasSelection()) {
            const QStringList made = highlightSelection(m_colour);
            if (!made.isEmpty())
                editNote(made.first());
        } else if (const QString atCaret = m_view->highlightAtCaret();
                   m_view->caretBrowsing() && !atCaret.isEmpty()) {
            editNote(atCaret);
        } else if (m_set->find(m_current)) {
            editNote(m_current);
        } else {
            emit message(tr("Select words, or click a highlight, to add a note."));
        }
    });
    m_bookmark = new QAction(this);
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_bookmark, &QAction::triggered, this, &NotesController::addBookmark);
    m_copyCited = new QAction(this);
    m_copyCited->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCited, &QAction::triggered, this, &NotesController::copyWithCitation);
    m_undo = m_set->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_set->undoStack()->createRedoAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_showNotes = new QAction(this);
    m_showNotes->setCheckable(true);
    m_showNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_4));
    m_exportMarkdown = new QAction(this);
    connect(m_exportMarkdown, &QAction::triggered, this, &NotesController::exportMarkdown);
    m_exportJson = new QAction(this);
    connect(m_exportJson, &QAction::triggered, this, &NotesController::exportJson);
    m_printNotes = new QAction(this);
    m_printNotes->setCheckable(true);
    m_import = new QAction(this);
    connect(m_import, &QAction::triggered, this, &NotesController::importWithDialog);
    retranslateUi();
}

NotesController::~NotesController()
{
    flush();
}

void NotesController::addToMenus(QMenu *file, QMenu *edit, QMenu *view, QAction *viewBefore)
{
    // File: beside the other ways out of the reader.
    QAction *quit = file->actions().isEmpty() ? nullptr : file->actions().last();
    QAction *beforeQuit = nullptr;
    const QList<QAction *> fileActions = file->actions();
    if (quit && fileActions.size() >= 2 && fileActions.at(fileActions.size() - 2)->isSeparator())
        beforeQuit = fileActions.at(fileActions.size() - 2);
    file->insertActions(beforeQuit ? beforeQuit : quit,
                        {m_exportMarkdown, m_exportJson, m_import, m_printNotes});
    const QList<QAction *> editActions = edit->actions();
    edit->insertActions(editActions.isEmpty() ? nullptr : editActions.first(), {m_undo, m_redo});
    edit->insertSeparator(editActions.isEmpty() ? nullptr : editActions.first());
    edit->addSeparator();
    edit->addAction(m_copyCited);
    edit->addSeparator();
    edit->addAction(m_highlight);
    edit->addMenu(m_colourMenu);
    edit->addAction(m_addNote);
    edit->addAction(m_bookmark);
    view->insertAction(viewBefore, m_showNotes);
    retranslateUi();
}

QString NotesController::colourName(HighlightColour colour) const
{
    switch (colour) {
        case HighlightColour::Green:
            return tr("&Green");
        case HighlightColour::Blue:
            return tr("&Blue");
        case HighlightColour::Pink:
            return tr("&Pink");
        case HighlightColour::Yellow:
            break;
    }
    return tr("&Yellow");
}

void NotesController::retranslateUi()
{
    m_highlight->setText(tr("&Highlight"));
    for (QAction *a : m_colourGroup->actions())
        a->setText(colourName(HighlightColour(a->data().toInt())));
    m_colourMenu->setTitle(tr("Highlight &Colour"));
    m_addNote->setText(tr("Add &Note…"));
    m_bookmark->setText(tr("&Bookmark This Place"));
    m_copyCited->setText(tr("Copy with &Citation"));
    m_showNotes->setText(tr("&Notes"));
    m_exportMarkdown->setText(tr("Export &Notes as Markdown…"));
    m_exportJson->setText(tr("Export Notes as &JSON…"));
    m_import->setText(tr("&Import Notes…"));
    m_printNotes->setText(tr("Print Notes &After the Article"));
    m_panel->retranslateUi();
}

void NotesController::setColours(const ReaderPalette &colours)
{
    m_model->setColours(colours);
}

void NotesController::load()
{
    // The last article's notes go to its own file, under its own title.
    flush();
    // As published: the notes stay the bundle's whatever script is shown.
    m_article = m_session->publishedArticle();
    const Article &article = m_article;
    m_path = m_persist ? NotesFile::pathFor(article) : QString();
    m_readOnly = false;
    m_current.clear();
    NotesFile::Read read;
    if (!m_path.isEmpty())
        read = NotesFile::read(m_path);
    if (!read.ok()) {
        // Kept for the reader to look at, and out of the way of saving.
        const QString aside = NotesFile::keepAside(m_path);
        m_readOnly = aside.isEmpty();
        warn(tr("Notes"), aside.isEmpty()
                              ? tr("Your notes for this article cannot be read: %1\n\nThe file "
                                   "cannot be moved aside either, so notes made now will not be "
                                   "saved.")
                                    .arg(read.error)
                              : tr("Your notes for this article cannot be read: %1\n\nThe file "
                                   "was kept as %2. The reader starts with no notes.")
                                    .arg(read.error, aside));
    }
    m_loading = true;
    m_model->setArticle(article);
    m_set->reset(read.items);
    m_loading = false;
}

void NotesController::save()
{
    m_saveTimer->stop();
    if (m_path.isEmpty() || m_readOnly)
        return;
    const QString error = NotesFile::write(m_path, m_article, m_set->items());
    if (!error.isEmpty())
        emit message(tr("Notes not saved: %1").arg(error));
}

void NotesController::flush()
{
    if (m_saveTimer->isActive())
        save();
}

void NotesController::showMarks()
{
    const Article &article = m_article;
    QList<core::HighlightMark> marks;
    for (const Annotation &a : m_set->items()) {
        if (!a.isHighlight())
            continue;
        const AnchorPlace place = AnnotationAnchor::place(article, a);
        if (place.isShown())
            marks << core::HighlightMark{a.id,         a.blockId, a.language, place.start,
                                         place.length, a.colour,  a.note};
    }
    m_view->setHighlights(marks);
}

QStringList NotesController::highlightSelection(HighlightColour colour)
{
    const Article &article = m_article;
    QList<Annotation> made;
    for (const ui::TextRange &range : m_view->selectedRanges()) {
        const std::optional<QString> text =
            AnnotationAnchor::paragraphText(article, range.blockId, range.language);
        if (!text)
            continue;
        // A selection may run on into a "play this scene" link after the text.
        const qsizetype length = std::min(range.length, text->size() - range.start);
        auto a = AnnotationAnchor::highlight(article, range.blockId, range.language, range.start,
                                             length);
        if (!a)
            continue;
        a->colour = colour;
        made << *a;
    }
    if (made.isEmpty()) {
        emit message(tr("Select words in a paragraph to highlight them."));
        return {};
    }
    if (!m_set->add(made, tr("Highlight"))) {
        emit message(tr("No more highlights: this article has %1.").arg(m_set->items().size()));
        return {};
    }
    m_colour = colour;
    for (QAction *a : m_colourGroup->actions()) a->setChecked(a->data().toInt() == int(colour));
    QTextCursor cursor = m_view->textCursor();
    cursor.clearSelection();
    m_view->setTextCursor(cursor);
    QStringList ids;
    for (const Annotation &a : std::as_const(made)) ids << a.id;
    m_current = ids.first();
    emit message(tr("Highlighted: %1").arg(shortQuote(made.first().quote)));
    return ids;
}

bool NotesController::addBookmark()
{
    const Article &article = m_article;
    // The paragraph being read: the place, or the first paragraph on screen
    // when the place is a heading or the title.
    QStringList candidates{m_session->position().blockId};
    candidates << m_view->visibleBlockIds();
    for (const QString &id : std::as_const(candidates)) {
        auto mark = AnnotationAnchor::bookmark(article, id, m_session->language());
        if (!mark)
            continue;
        for (const Annotation &a : m_set->items()) {
            if (!a.isHighlight() && a.blockId == id) {
                emit message(tr("This place is bookmarked already."));
                return false;
            }
        }
        if (!m_set->add({*mark}, tr("Bookmark")))
            return false;
        emit message(tr("Bookmarked: %1").arg(NotesModel::placeName(article, id, mark->language)));
        return true;
    }
    emit message(tr("Go to a paragraph to bookmark it."));
    return false;
}

void NotesController::editNote(const QString &id)
{
    const Annotation *a = m_set->find(id);
    if (!a || !a->isHighlight())
        return;
    ui::NoteEditor editor(m_window);
    editor.setMaximumLength(AnnotationSet::kMaxNote);
    editor.setQuote(a->quote);
    editor.setNote(a->note);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (m_set->setNote(id, editor.note(), tr("Note")))
        emit message(editor.note().isEmpty() ? tr("Note removed") : tr("Note saved"));
}

void NotesController::showNoteOf(const QString &id)
{
    const Annotation *a = m_set->find(id);
    if (!a)
        return;
    m_current = id;
    const QRect words = m_view->highlightRect(id);
    const QString text = a->note.isEmpty() ? tr("No note. Ctrl+Alt+N adds one.") : a->note;
    // The reader's own text: shown as text, whatever it holds.
    QToolTip::showText(m_view->viewport()->mapToGlobal(words.bottomLeft()),
                       Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), m_view->viewport(),
                       words, 10000);
    if (!a->note.isEmpty())
        emit message(tr("Note: %1").arg(a->note));
}

void NotesController::fillContextMenu(QMenu *menu, const QString &highlightId)
{
    menu->addSeparator();
    if (const Annotation *a = m_set->find(highlightId)) {
        menu->addAction(a->note.isEmpty() ? tr("Add &Note…") : tr("Edit &Note…"), this,
                        [this, highlightId] { editNote(highlightId); });
        QMenu *colours = menu->addMenu(tr("&Colour"));
        for (const HighlightColour colour : kHighlightColours) {
            QAction *choice =
                colours->addAction(colourName(colour), this, [this, highlightId, colour] {
                    m_set->setColour(highlightId, colour, tr("Colour"));
                });
            choice->setCheckable(true);
            choice->setChecked(a->colour == colour);
        }
        menu->addAction(tr("&Remove Highlight"), this, [this, highlightId] {
            if (m_set->remove({highlightId}, tr("Remove Highlight")))
                emit message(tr("Highlight removed"));
        });
    } else if (m_view->textCursor().hasSelection()) {
        menu->addAction(m_highlight);
        menu->addMenu(m_colourMenu);
        menu->addAction(m_addNote);
        menu->addAction(m_copyCited);
    }
    menu->addAction(m_bookmark);
}

void NotesController::copyWithCitation()
{
    const QList<ui::TextRange> ranges = m_view->selectedRanges();
    if (ranges.isEmpty()) {
        emit message(tr("Select words in a paragraph to copy them with a citation."));
        return;
    }
    QStringList parts;
    for (const ui::TextRange &range : ranges) parts << range.text;
    QApplication::clipboard()->setText(NotesMarkdown::quoteWithCitation(
        m_article, parts.join(u'\n'), ranges.first().blockId, ranges.first().language));
    emit message(tr("Copied with its citation"));
}

void NotesController::exportMarkdown()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Notes as Markdown"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/hope-reader-notes.md"),
        tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
        path += QStringLiteral(".md");
    const QString error = NotesMarkdown::save(path, m_article, m_set->items());
    if (error.isEmpty())
        emit message(tr("Saved %1").arg(path));
    else
        warn(tr("Export Notes"), error);
}

void NotesController::exportJson()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Notes as JSON"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/hope-reader-notes.json"),
        tr("Hope Reader notes (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    SafeOutputFile file(path);
    QString error;
    if (!file.open())
        error = file.errorString();
    else {
        file.writeAll(NotesFile::toJson(m_article, m_set->items()));
        if (!file.commit())
            error = file.errorString();
    }
    if (error.isEmpty())
        emit message(tr("Saved %1").arg(path));
    else
        warn(tr("Export Notes"), error);
}

QString NotesController::importFrom(const QString &path)
{
    const NotesFile::Read read = NotesFile::read(path);
    if (!read.ok())
        return read.error;
    if (read.items.isEmpty() && !QFileInfo::exists(path))
        return tr("%1: it does not exist").arg(path);
    // Paragraph ids repeat from article to article ("s1-p1"): notes made on
    // another are not this one's.
    const QString title = m_article.meta.title.zh;
    if (!read.articleTitle.isEmpty() && read.articleTitle != title)
        return tr("%1: these notes are on “%2”, not on this article.").arg(path, read.articleTitle);
    QList<Annotation> added;
    for (const Annotation &a : read.items) {
        if (!m_set->find(a.id))
            added << a;
    }
    const qsizetype already = read.items.size() - added.size();
    if (!added.isEmpty() && !m_set->add(added, tr("Import Notes")))
        return tr("%1: importing %2 notes would make more than %3.")
            .arg(path)
            .arg(added.size())
            .arg(AnnotationSet::kMaxItems);
    emit message(tr("Imported %n note(s)", nullptr, int(added.size())) +
                 (already > 0 ? tr("; %n were here already", nullptr, int(already)) : QString()));
    return {};
}

void NotesController::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Notes"), QString(),
                                                      tr("Hope Reader notes (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = importFrom(path);
    if (!error.isEmpty())
        warn(tr("Import Notes"), error);
}

void NotesController::warn(const QString &title, const QString &text)
{
    // Not modal: a file found broken at start-up does not hold up the window.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit message(text.section(u'\n', 0, 0));
}

}  // namespace hope::app
