#include "TestArticle.h"
#include "app/NotesController.h"
#include "core/AnnotationSet.h"
#include "core/ModelRoles.h"
#include "core/NotesFile.h"
#include "core/NotesMarkdown.h"
#include "core/NotesModel.h"
#include "core/ReadingSession.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hope::core;
using namespace hope::ui;
using hope::app::NotesController;

namespace {

Typography typography()
{
    Typography t;
    t.chinese = {EmbeddedFonts::serif(18, Language::Chinese),
                 EmbeddedFonts::serif(18, Language::Chinese)};
    t.english = {EmbeddedFonts::serif(18, Language::English),
                 EmbeddedFonts::serif(18, Language::English)};
    return t;
}

// A reader as the window composes it: the session, the text, the notes.
struct Reader
{
    QWidget window;
    ReadingSession session;
    ArticleView *view = new ArticleView(&window);
    NotesController notes{&session, view, &window, true};

    explicit Reader(const Article &article, ReadingLayout layout = ReadingLayout::Chinese)
    {
        view->setTypography(typography());
        view->follow(&session);
        window.resize(900, 700);
        view->resize(900, 700);
        session.setArticle(article);
        session.setReadingLayout(layout);
        window.show();
    }
    [[nodiscard]] bool laidOut()
    {
        return QTest::qWaitForWindowExposed(&window) &&
               QTest::qWaitFor([this] { return view->verticalScrollBar()->maximum() > 3000; });
    }
    // Selects these words of the text, as a drag over them would.
    [[nodiscard]] bool select(const QString &words)
    {
        const QTextCursor found = view->document()->find(words);
        if (found.isNull())
            return false;
        view->setTextCursor(found);
        return true;
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMessageBox *openMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

}  // namespace

class TestNotesController : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    void init()
    {
        QDir(QFileInfo(NotesFile::pathFor(m_article)).absolutePath()).removeRecursively();
    }

    // Find "东京奥组委", Ctrl+H, quit, start again: the highlight is there,
    // on the same words, in every layout.
    void aHighlightIsSavedAndComesBackInEveryLayout()
    {
        const QString path = NotesFile::pathFor(m_article);
        {
            Reader reader(m_article);
            QVERIFY(reader.laidOut());
            QVERIFY(reader.select(QStringLiteral("东京奥组委")));
            reader.notes.highlightAction()->trigger();
            QCOMPARE(reader.notes.annotations()->items().size(), 1);
            QVERIFY(!reader.view->textCursor().hasSelection());
            // On disk within a second of the change, without quitting.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 1000);
        }
        const NotesFile::Read saved = NotesFile::read(path);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.items.size(), 1);
        QCOMPARE(saved.items.first().quote, QStringLiteral("东京奥组委"));
        QCOMPARE(saved.items.first().blockId, QStringLiteral("s1-p1"));
        const QString text = m_article.block(QStringLiteral("s1-p1"))->text.zh;
        QCOMPARE(saved.items.first().start, text.indexOf(QStringLiteral("东京奥组委")));

        for (const ReadingLayout layout : {ReadingLayout::Chinese, ReadingLayout::Interleaved,
                                           ReadingLayout::Parallel, ReadingLayout::English}) {
            Reader again(m_article, layout);
            QVERIFY(again.laidOut());
            QCOMPARE(again.notes.annotations()->items().size(), 1);
            const QString id = saved.items.first().id;
            QCOMPARE(again.view->highlights().size(), 1);
            // The English layout has no Chinese words to put it on.
            QCOMPARE(again.view->highlightRect(id).isNull(), layout == ReadingLayout::English);
        }
    }

    // Another bundle opened before the save was due: the notes on the first
    // go to its file, under its title; the second starts with its own.
    void openingAnotherArticleSavesTheNotesOnTheFirst()
    {
        Article other = m_article;
        other.meta.title.zh = QStringLiteral("另一篇文章");
        QFile::remove(NotesFile::pathFor(other));
        Reader reader(m_article);
        QVERIFY(reader.laidOut());
        QVERIFY(reader.select(QStringLiteral("东京奥组委")));
        reader.notes.highlightAction()->trigger();
        reader.session.setArticle(other);
        QVERIFY(reader.notes.annotations()->isEmpty());
        QCOMPARE(reader.notes.filePath(), NotesFile::pathFor(other));
        const NotesFile::Read first = NotesFile::read(NotesFile::pathFor(m_article));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.items.size(), 1);
        QCOMPARE(first.articleTitle, m_article.meta.title.zh);
        QVERIFY(!QFileInfo::exists(NotesFile::pathFor(other)));
    }

    void aChangedTextLeavesTheHighlightDetachedButKept()
    {
        Reader reader(m_article);
        QVERIFY(reader.laidOut());
        QVERIFY(reader.select(QStringLiteral("东京奥组委")));
        reader.notes.highlightAction()->trigger();
        reader.notes.flush();
        Article changed = m_article;
        changed.sections[1].blocks[0].text.zh.replace(QStringLiteral("东京奥组委"),
                                                      QStringLiteral("组委会"));
        reader.session.setArticle(changed);
        QCOMPARE(reader.notes.annotations()->items().size(), 1);
        QVERIFY(reader.view->highlights().isEmpty());
        QVERIFY(reader.notes.model()->index(0).data(ModelRoles::NoteDetachedRole).toBool());
        // Words put back where they were: attached again.
        reader.session.setArticle(m_article);
        QCOMPARE(reader.view->highlights().size(), 1);
    }

    void anUnreadableFileIsKeptAsideAndSaid()
    {
        const QString path = NotesFile::pathFor(m_article);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"format\": \"hope-reader-notes\", \"version\": 1, \"items\": [1]}");
        }
        Reader reader(m_article);
        QVERIFY(reader.notes.annotations()->isEmpty());
        QMessageBox *box = openMessageBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(path) && box->text().contains(QStringLiteral("items[0]")),
                 qPrintable(box->text()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        box->close();
        const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                      .entryList(QStringList{QFileInfo(path).fileName() +
                                                             QStringLiteral(".unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(!QFileInfo::exists(path));
        // A new note saves a new file; the old one is left alone.
        QVERIFY(reader.laidOut());
        QVERIFY(reader.select(QStringLiteral("东京奥组委")));
        reader.notes.highlightAction()->trigger();
        reader.notes.flush();
        QVERIFY(NotesFile::read(path).ok());
        QCOMPARE(readFile(QFileInfo(path).absolutePath() + u'/' + aside.first()),
                 QByteArray("{\"format\": \"hope-reader-notes\", \"version\": 1, \"items\": [1]}"));
    }

    void undoTakesBackAHighlightAndTheFileFollows()
    {
        Reader reader(m_article);
        QVERIFY(reader.laidOut());
        QVERIFY(reader.select(QStringLiteral("东京奥组委")));
        reader.notes.highlightAction()->trigger();
        QVERIFY(reader.notes.undoAction()->isEnabled());
        reader.notes.undoAction()->trigger();
        QVERIFY(reader.notes.annotations()->isEmpty());
        QVERIFY(reader.view->highlights().isEmpty());
        reader.notes.flush();
        QVERIFY(NotesFile::read(NotesFile::pathFor(m_article)).items.isEmpty());
    }

    void copiesTheSelectionWithItsCitation()
    {
        Reader reader(m_article, ReadingLayout::English);
        QVERIFY(reader.laidOut());
        QVERIFY(reader.select(QStringLiteral("withstood the pressure")));
        reader.notes.copyWithCitationAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("withstood the pressure\n— “Hope lights us up: Alibaba releases a "
                                "showpiece Olympic film on Olympic Day”, Beike Hao, Huang "
                                "Mengting, 27 June 2021; 01 Eagerly awaited, paragraph 1"));
    }

    void bookmarksThePlaceOnce()
    {
        Reader reader(m_article);
        QVERIFY(reader.laidOut());
        reader.session.goToBlock(QStringLiteral("s2-p1"));
        QSignalSpy said(&reader.notes, &NotesController::message);
        reader.notes.bookmarkAction()->trigger();
        QCOMPARE(reader.notes.annotations()->items().size(), 1);
        QCOMPARE(reader.notes.annotations()->items().first().blockId, QStringLiteral("s2-p1"));
        QVERIFY(!reader.notes.annotations()->items().first().isHighlight());
        reader.notes.bookmarkAction()->trigger();
        QCOMPARE(reader.notes.annotations()->items().size(), 1);
        QCOMPARE(said.last().first().toString(),
                 QStringLiteral("This place is bookmarked already."));
    }

    void importsWhatItExported()
    {
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("notes.json"));
        QList<Annotation> items;
        {
            Reader reader(m_article);
            QVERIFY(reader.laidOut());
            QVERIFY(reader.select(QStringLiteral("东京奥组委")));
            reader.notes.highlightAction()->trigger();
            items = reader.notes.annotations()->items();
            QCOMPARE(NotesFile::write(exported, m_article, items), QString());
            reader.notes.undoAction()->trigger();
            QVERIFY(reader.notes.annotations()->isEmpty());
            QCOMPARE(reader.notes.importFrom(exported), QString());
            QCOMPARE(reader.notes.annotations()->items(), items);
            // Twice is once.
            QCOMPARE(reader.notes.importFrom(exported), QString());
            QCOMPARE(reader.notes.annotations()->items(), items);
            // A broken file is refused, naming it, and changes nothing.
            QFile broken(dir.filePath(QStringLiteral("broken.json")));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("[]");
            broken.close();
            const QString error = reader.notes.importFrom(broken.fileName());
            QVERIFY2(error.startsWith(broken.fileName()), qPrintable(error));
            QCOMPARE(reader.notes.annotations()->items(), items);
            QVERIFY(!reader.notes.importFrom(dir.filePath(QStringLiteral("none.json"))).isEmpty());
            // Notes on another article are refused, naming it.
            Article other = m_article;
            other.meta.title.zh = QStringLiteral("另一篇文章");
            const QString elsewhere = dir.filePath(QStringLiteral("other.json"));
            QCOMPARE(NotesFile::write(elsewhere, other, items), QString());
            const QString refused = reader.notes.importFrom(elsewhere);
            QVERIFY2(refused.contains(QStringLiteral("“另一篇文章”")), qPrintable(refused));
        }
    }

    // The window's menus: the keys the README promises.
    void theActionsHaveTheirKeys()
    {
        Reader reader(m_article);
        QCOMPARE(reader.notes.highlightAction()->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+H")));
        QCOMPARE(reader.notes.addNoteAction()->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Alt+N")));
        QCOMPARE(reader.notes.bookmarkAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+D")));
        QCOMPARE(reader.notes.copyWithCitationAction()->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QCOMPARE(reader.notes.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    }
};

QTEST_MAIN(TestNotesController)
#include "tst_notescontroller.moc"
