#include "Contrast.h"
#include "SectionProbe.h"
#include "TestArticle.h"
#include "app/AppSettings.h"
#include "app/LanguageController.h"
#include "app/Launcher.h"
#include "app/MainWindow.h"
#include "app/NotesController.h"
#include "app/ReadAloud.h"
#include "core/AnnotationSet.h"
#include "core/ModelRoles.h"
#include "core/ReadingSession.h"
#include "core/TextZoom.h"
#include "ui/ArticleView.h"
#include "ui/ClipControls.h"
#include "ui/ClipPanel.h"
#include "ui/FindBar.h"
#include "ui/LayoutSwitch.h"
#include "ui/MilestoneCard.h"
#include "ui/NoteEditor.h"
#include "ui/NotesPanel.h"
#include "ui/ReadAloudBar.h"
#include "ui/SectionSidebar.h"
#include "ui/SeekSlider.h"
#include "ui/StatusAnnouncer.h"
#include "ui/TimelineWidget.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>
#include <functional>

using namespace hope::core;
using namespace hope::ui;
using namespace hope::app;

// A main window in a given language, with no settings behind it.
struct Reader
{
    explicit Reader(Language language) : window(applied(languages, language), nullptr) {}

    static LanguageController *applied(LanguageController &controller, Language language)
    {
        controller.apply(language);
        return &controller;
    }

    LanguageController languages;
    MainWindow window;
};

// Watches for modal dialogs from the moment it is made: notes what each
// says and closes it (after handing it to `handle`, which may fill it in
// and accept it). It asserts nothing, so a test that goes wrong never
// leaves a dialog open and hangs; the test checks what it noted once the
// dialog is gone.
class ModalCloser : public QObject
{
public:
    struct Seen
    {
        QString className;
        QString objectName;
        QString title;
        QString text;  // a message box's text and informative text
    };

    explicit ModalCloser(std::function<bool(QWidget *)> handle = {}) : m_handle(std::move(handle))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalCloser::poll);
        m_timer.start(20);
    }

    [[nodiscard]] const QList<Seen> &seen() const { return m_seen; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        // One the handler dealt with that is still up a while later: close it.
        if (modal == m_handled) {
            if (m_sinceHandled.elapsed() > 2000)
                close(modal);
            return;
        }
        Seen seen{QString::fromLatin1(modal->metaObject()->className()),
                  modal->objectName(),
                  modal->windowTitle(),
                  {}};
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            seen.text = box->text() + u'\n' + box->informativeText();
        m_seen << seen;
        if (m_handle && m_handle(modal)) {
            m_handled = modal;
            m_sinceHandled.start();
            return;
        }
        close(modal);
    }

    static void close(QWidget *modal)
    {
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }

    std::function<bool(QWidget *)> m_handle;
    QTimer m_timer;
    QList<Seen> m_seen;
    QPointer<QWidget> m_handled;
    QElapsedTimer m_sinceHandled;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    static ArticleView *view(MainWindow &w) { return w.findChild<ArticleView *>(); }
    static SectionSidebar *sidebar(MainWindow &w) { return w.findChild<SectionSidebar *>(); }
    static TimelineWidget *timelineOf(MainWindow &w) { return w.findChild<TimelineWidget *>(); }

    // QTest::keyClicks takes ASCII only; Chinese arrives as key events
    // that carry their text, as an input method delivers it.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    // False if the window never showed or never laid the article out:
    // callers QVERIFY it.
    // The window at this size with the layout a first start gives it.
    [[nodiscard]] bool showAt(MainWindow &w, const QSize &size)
    {
        w.setArticle(m_article);
        w.resize(size);
        w.useDefaultLayout();
        w.show();
        // Active, for its shortcuts; on Wayland that is the compositor's
        // doing, some time after the window is exposed (and the widget's
        // isActiveWindow() says yes before QApplication knows, while
        // shortcuts go by QApplication::activeWindow()).
        w.activateWindow();
        return QTest::qWaitForWindowExposed(&w) &&
               QTest::qWaitFor([&] { return QApplication::activeWindow() == w.window(); });
    }

    [[nodiscard]] bool showWindow(MainWindow &w)
    {
        w.setArticle(m_article);
        w.resize(MainWindow::kDefaultSize);
        w.show();
        // Active, so that its shortcuts (Ctrl+F, F3, Alt+Left, Ctrl+O) reach
        // it in a real X server too.
        w.activateWindow();
        if (!QTest::qWaitForWindowExposed(&w) ||
            !QTest::qWaitFor([&] { return QApplication::activeWindow() == w.window(); }))
            return false;
        return QTest::qWaitFor([&] { return view(w)->verticalScrollBar()->maximum() > 1000; });
    }

    static MainWindow *readerWindow()
    {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *w = qobject_cast<MainWindow *>(top); w && w->isVisible())
                return w;
        return nullptr;
    }

    // Runs Launcher::run(arguments) as main() does. Every 50 ms, while no
    // dialog is up, `look` is shown the reader's window; once it returns
    // true the clip's media is let go and the window closed, which ends the run
    // (after 30 s the run is ended anyway and *timedOut set). Dialogs are
    // for a ModalCloser. Asserts nothing.
    static int runLauncher(const QStringList &arguments,
                           const std::function<bool(MainWindow *)> &look, bool *timedOut)
    {
        // What the run would keep for next time goes to the test-mode
        // config folder: start from none, leave none.
        QFile::remove(AppSettings::defaultFilePath());
        const QFont font = QApplication::font();
        QElapsedTimer elapsed;
        elapsed.start();
        *timedOut = false;
        QTimer watcher;
        QObject::connect(&watcher, &QTimer::timeout, [&] {
            if (QApplication::activeModalWidget())
                return;
            MainWindow *w = readerWindow();
            if (elapsed.elapsed() > 30000) {
                *timedOut = true;
                if (w)
                    w->close();
                QCoreApplication::exit(99);
                return;
            }
            if (!w)
                return;
            // Done looking: close with the clip as it is (playing, or
            // loaded and paused), as a user would.
            if (look(w))
                w->close();
        });
        watcher.start(50);
        const int rc = Launcher::run(QStringList{QStringLiteral("hope-reader")} + arguments);
        watcher.stop();
        QApplication::setFont(font);
        QFile::remove(AppSettings::defaultFilePath());
        return rc;
    }

    // The embedded bundle, clip and all, copied into dir, with its title
    // changed; the path of its JSON file, empty on failure.
    static QString copyEmbeddedBundle(const QTemporaryDir &dir, const QString &titleZh,
                                      const QString &titleEn)
    {
        QDirIterator it(QStringLiteral(":/article"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = dir.filePath(from.mid(QStringLiteral(":/article/").size()));
            if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to))
                return {};
        }
        const QString json = dir.filePath(QStringLiteral("hope-lights-us-up.json"));
        QFile f(json);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
        meta.insert(QStringLiteral("title"),
                    QJsonObject{{QStringLiteral("zh"), titleZh}, {QStringLiteral("en"), titleEn}});
        root.insert(QStringLiteral("meta"), meta);
        f.setPermissions(f.permissions() | QFileDevice::WriteOwner);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(QJsonDocument(root).toJson());
        return json;
    }

    // A bundle cut off in the middle of its JSON; empty if it cannot be written.
    static QString writeBrokenBundle(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("{ \"format\": \"hope-reader-bundle\", ");
        return path;
    }

    // The three panels, in the order of their View actions.
    static QWidget *panel(MainWindow &w, int which)
    {
        switch (which) {
            case 0:
                return sidebar(w)->parentWidget();
            case 1:
                return w.findChild<TimelineWidget *>()->parentWidget();
            default:
                return w.clipPanel();
        }
    }

    static QKeySequence panelKeys(int which)
    {
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + which));
    }

    static QAction *actionWithKeys(MainWindow &w, const QKeySequence &keys)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (a->shortcut() == keys)
                return a;
        return nullptr;
    }

    static void press(MainWindow &w, const QKeySequence &keys)
    {
        const QKeyCombination combination = keys[0];
        QTest::keyClick(&w, combination.key(), combination.keyboardModifiers());
    }

    static QSplitter *splitterOf(MainWindow &w, int which)
    {
        return w.findChild<QSplitter *>(which == 1 ? QStringLiteral("rootSplitter")
                                                   : QStringLiteral("mainSplitter"));
    }

    static int panelSize(MainWindow &w, int which)
    {
        QSplitter *splitter = splitterOf(w, which);
        return splitter->sizes().value(splitter->indexOf(panel(w, which)));
    }

    static bool onScreen(MainWindow &w, int which)
    {
        return panel(w, which)->isVisible() && panelSize(w, which) > 0;
    }

    // Drags the handle beside the panel all the way over it, as a reader
    // closing it with the mouse would.
    static void dragShut(MainWindow &w, int which)
    {
        QSplitter *splitter = splitterOf(w, which);
        const int index = splitter->indexOf(panel(w, which));
        // The handle before a widget is at its index; the first has none.
        QSplitterHandle *handle = splitter->handle(index == 0 ? 1 : index);
        const QPoint from = handle->rect().center();
        const QPoint far = index == 0                                  ? QPoint(-3000, from.y())
                           : splitter->orientation() == Qt::Horizontal ? QPoint(3000, from.y())
                                                                       : QPoint(from.x(), 3000);
        QTest::mousePress(handle, Qt::LeftButton, {}, from);
        QTest::mouseMove(handle, (from + far) / 2);
        QTest::mouseMove(handle, far);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, far);
    }

    // The article's text column: the gaps on its left and right inside the view.
    static std::pair<qreal, qreal> textMargins(MainWindow &w)
    {
        const QTextFrameFormat root = view(w)->document()->rootFrame()->frameFormat();
        return {root.leftMargin(), root.rightMargin()};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    // First: no other test has started multimedia in this process yet.
    void startUp_paysForNoMultimedia()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QVERIFY(!w.clipPanel()->hasPlayer());
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(!mapped.contains("libQt6Multimedia"));
        QVERIFY(!mapped.contains("libgstreamer-1.0"));
        QVERIFY(!mapped.contains("libgstreamermediaplugin"));
        QVERIFY(!mapped.contains("libespeak-ng"));
    }

    // The voice and the clip never talk over each other: starting one
    // pauses the other.
    void readingAloud_andTheClip_takeTurns()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        using hope::speech::ReadAloudController;
        ReadAloudController *voice = w.readAloud()->controller();
        // Read aloud through its button, as a reader would.
        auto *button = w.findChild<QToolButton *>(QStringLiteral("readAloudButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(voice->state(), ReadAloudController::State::Playing);
        QTRY_VERIFY(!voice->position().blockId.isEmpty());
        ClipPanel *panel = w.clipPanel();
        panel->play();
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasPlayer() && panel->player()->isPlaying(), 10000);
        QTRY_COMPARE(voice->state(), ReadAloudController::State::Paused);
        // Going on reading, from the bar, pauses the clip.
        QTest::mouseClick(w.readAloud()->bar()->pauseButton(), Qt::LeftButton);
        QCOMPARE(voice->state(), ReadAloudController::State::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->player()->isPlaying(), 10000);
        w.readAloud()->stop();
    }

    // The Read Aloud button is in the accessibility tree, where a screen
    // reader finds it when it takes the focus: its parent lists it. In the
    // menu bar's corner it was not (Qt's menu bar lists its menus only),
    // and Orca met a "zombie" and said nothing.
    void readAloudButton_isInTheAccessibilityTree()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        auto *button = w.findChild<QToolButton *>(QStringLiteral("readAloudButton"));
        QVERIFY(button && button->isVisible());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Read Aloud"));
        // Up to the window, each one a listed child of its parent.
        for (QAccessibleInterface *at = iface; at->object() != &w;) {
            QAccessibleInterface *parent = at->parent();
            QVERIFY(parent);
            QVERIFY2(parent->indexOfChild(at) >= 0,
                     qPrintable(
                         QStringLiteral("%1 does not list %2")
                             .arg(QString::fromLatin1(parent->object()->metaObject()->className()),
                                  QString::fromLatin1(at->object()->metaObject()->className()))));
            at = parent;
        }
    }

    // The view follows the voice, and the sidebar the view.
    void readingAloud_movesTheSidebar()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        SectionSidebar *list = sidebar(w);
        QCOMPARE(list->currentIndex().row(), 0);
        hope::speech::ReadAloudController *voice = w.readAloud()->controller();
        // Part 2's third paragraph, well below its heading.
        const QString id = QStringLiteral("s2-p3");
        QVERIFY(voice->start(id));
        QTRY_COMPARE(voice->position().blockId, id);
        QTRY_COMPARE(w.session()->currentSection(), QStringLiteral("part-2"));
        QCOMPARE(list->currentIndex().row(), 2);
        voice->stop();
    }

    void playThisScene_playsItsChapter_andTheArticleFollows()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        v->goTo({QStringLiteral("s2-p4"), 0.0});
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s2-p4"));
        const QTextCursor link = v->document()->find(
            QStringLiteral("▶ Play this scene"),
            v->document()->find(
                QStringLiteral("Everyone with hope in their heart will surely be lit up")));
        QVERIFY(!link.isNull());
        QTextCursor inside(v->document());
        inside.setPosition(link.selectionStart() + 3);
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, v->cursorRect(inside).center());
        ClipPanel *panel = w.clipPanel();
        QVERIFY(panel->hasPlayer());
        QTRY_VERIFY_WITH_TIMEOUT(panel->player()->isPlaying(), 10000);
        QVERIFY(panel->position() >= 33000);
        QCOMPARE(panel->currentChapter(), 5);
        QCOMPARE(v->playingBlockIds(),
                 (QStringList{QStringLiteral("s2-p4"), QStringLiteral("fig-3")}));
        panel->seekTo(42000);
        QTRY_COMPARE(v->playingBlockIds(), (QStringList{QStringLiteral("s2-p5")}));
        panel->pause();
    }

    void clickingEachSidebarEntry_bringsItsHeadingToTheTop()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        SectionSidebar *list = sidebar(w);
        ArticleView *v = view(w);
        for (int row : {3, 1, 4, 0, 2}) {
            const QRect rect = list->visualRect(list->model()->index(row, 0));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_COMPARE(SectionProbe::notAtTheTop(m_article, *v, row), QString());
            QCOMPARE(v->currentSection(), row);
            QCOMPARE(list->currentIndex().row(), row);
        }
    }

    // Choosing a section and going into the text with the keyboard (F6,
    // then Tab) reaches the first link there: Tab went to the
    // Introduction's first link and scrolled back to the top.
    // Alt and a letter does one thing in the window: with the read-aloud
    // bar up, Alt+V focused its Voice box instead of opening View.
    void everyAltLetter_doesOneThing_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("zh") << Language::Chinese;
    }

    void everyAltLetter_doesOneThing()
    {
        QFETCH(Language, language);
        Reader reader(language);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QMap<QString, QStringList> owners;
        const auto note = [&owners](const QString &text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners[key.toString()] << text;
        };
        for (const QAction *menu : w.menuBar()->actions()) note(menu->text());
        // Every label that takes a control's shortcut and every button,
        // shown now or when its bar comes up.
        for (const QLabel *label : w.findChildren<QLabel *>())
            if (label->buddy())
                note(label->text());
        for (const QAbstractButton *button : w.findChildren<QAbstractButton *>()) {
            note(button->text());
            if (const auto *tool = qobject_cast<const QToolButton *>(button);
                tool && tool->defaultAction())
                note(tool->defaultAction()->text());
        }
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            QStringList texts = it.value();
            texts.removeDuplicates();
            if (texts.size() > 1)
                clashes << it.key() + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        QVERIFY(owners.size() >= 6);
        // A screen reader hears a button's name, not its mnemonic ("朗读(A)").
        const auto *read = w.findChild<QToolButton *>(QStringLiteral("readAloudButton"));
        QVERIFY(read);
        QCOMPARE(read->accessibleName(), language == Language::Chinese
                                             ? QStringLiteral("朗读")
                                             : QStringLiteral("Read Aloud"));
    }

    // The Read Aloud button's focus ring, as drawn: where the focused
    // button differs from the unfocused one, at least 3:1 against what was
    // there (WCAG 1.4.11); the style's own frame measured 1.9:1.
    void readAloudButton_ringHasContrast()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        auto *read = w.findChild<QToolButton *>(QStringLiteral("readAloudButton"));
        QVERIFY(read);
        view(w)->setFocus();
        QTRY_VERIFY(view(w)->hasFocus());
        const QImage before = read->grab().toImage().convertToFormat(QImage::Format_RGB32);
        read->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(read->hasFocus());
        const QImage after = read->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(after.size(), before.size());
        const auto luminance = [](QRgb c) {
            return contrast::luminance(c);
        };
        double best = 1.0;
        int changed = 0;
        for (int y = 0; y < after.height(); ++y) {
            for (int x = 0; x < after.width(); ++x) {
                if (after.pixel(x, y) == before.pixel(x, y))
                    continue;
                ++changed;
                const double a = luminance(after.pixel(x, y));
                const double b = luminance(before.pixel(x, y));
                best = std::max(best, (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05));
            }
        }
        QVERIFY(changed > 0);
        QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("%1:1").arg(best, 0, 'f', 2)));
    }

    void tabAfterASidebarJump_goesOnFromThere()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        SectionSidebar *list = sidebar(w);
        ArticleView *v = view(w);
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < 3; ++i) QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(SectionProbe::notAtTheTop(m_article, *v, 3), QString());
        const int scrolled = v->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        // Enter took the keyboard to the article.
        QTRY_COMPARE(QApplication::focusWidget(), v);
        QTest::keyClick(v, Qt::Key_Tab);
        QTRY_VERIFY(v->textCursor().hasSelection());
        // A link of part 3 or after, and the view no higher than the jump
        // left it.
        const int sectionStart = SectionProbe::start(m_article, *v, 3).position();
        QVERIFY2(v->textCursor().selectionStart() >= sectionStart,
                 qPrintable(QStringLiteral("link at %1, part 3 starts at %2")
                                .arg(v->textCursor().selectionStart())
                                .arg(sectionStart)));
        QVERIFY2(v->verticalScrollBar()->value() >= scrolled,
                 qPrintable(QStringLiteral("scrolled from %1 to %2")
                                .arg(scrolled)
                                .arg(v->verticalScrollBar()->value())));
    }

    void scrollingTheArticle_movesTheSidebarEntry()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        SectionSidebar *list = sidebar(w);
        QScrollBar *bar = v->verticalScrollBar();
        for (int i = 1; i < v->sectionCount(); ++i) {
            // The heading as laid out: a pixel and more below the top of the
            // view, the entry before is marked; at or above it, its own.
            const qreal heading = SectionProbe::top(*v, SectionProbe::start(m_article, *v, i));
            QVERIFY(heading > 0);
            if (std::ceil(heading) >= bar->maximum())
                continue;
            bar->setValue(int(std::floor(heading)) - 1);
            QCOMPARE(list->currentIndex().row(), i - 1);
            bar->setValue(int(std::ceil(heading)));
            QCOMPARE(list->currentIndex().row(), i);
        }
        v->setFocus();
        QTest::keyClick(v, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(list->currentIndex().row(), v->sectionCount() - 1);
        QTest::keyClick(v, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(list->currentIndex().row(), 0);
    }

    void find_jumpsToTheMatch_andTheSidebarFollows()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        v->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit && edit->isVisible());
        QTRY_VERIFY(edit->hasFocus());
        typeText(edit, QStringLiteral("英特尔"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 3);
        QCOMPARE(v->textCursor().selectedText(), QStringLiteral("英特尔"));
        const int intel = v->document()->find(QStringLiteral("英特尔")).selectionStart();
        QCOMPARE(v->textCursor().selectionStart(), intel);
        // F3 wraps round to the one match there is.
        QTest::keyClick(&w, Qt::Key_F3);
        QCOMPARE(v->textCursor().selectedText(), QStringLiteral("英特尔"));
        QCOMPARE(v->textCursor().selectionStart(), intel);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!edit->isVisible());
        // From the end of the article, a match near the top scrolls back up.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        typeText(edit, QStringLiteral("王霜"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 1);
        auto *status = w.findChild<FindBar *>()->findChildren<QLabel *>().constLast();
        QCOMPARE(status->text(), QStringLiteral("第 1 处，共 2 处"));
        typeText(edit, QStringLiteral("不存在的词"));
        QCOMPARE(status->text(), QStringLiteral("没有找到"));
    }

    // Typed into the real bar: the count, Enter and Shift+Enter, the match
    // in the middle of the view; after Ctrl+Home a new search starts on
    // screen, wherever an earlier one left the text cursor.
    void findBar_countsAndSteps_fromWhatIsOnScreen()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        auto *status = w.findChild<FindBar *>()->findChildren<QLabel *>().constLast();
        const QString tokyo = QStringLiteral("Tokyo");
        const int count = int(v->toPlainText().count(tokyo, Qt::CaseInsensitive));
        QVERIFY(count >= 6);

        v->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, tokyo);
        QCOMPARE(status->text(), QStringLiteral("1 of %1").arg(count));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(status->text(), QStringLiteral("2 of %1").arg(count));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(status->text(), QStringLiteral("1 of %1").arg(count));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(status->text(), QStringLiteral("%1 of %1").arg(count));
        // The last, far down, in the middle of the view.
        const QRect at = v->cursorRect(v->textCursor());
        QVERIFY2(std::abs(at.center().y() - v->viewport()->height() / 2) <= at.height(),
                 qPrintable(QString::number(at.center().y())));
        QTest::keyClick(edit, Qt::Key_Escape);

        // Back to the top; a new search finds the match on screen first.
        QTest::keyClick(v, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(v->verticalScrollBar()->value(), 0);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, tokyo);
        QCOMPARE(status->text(), QStringLiteral("1 of %1").arg(count));
        QCOMPARE(v->textCursor().selectionStart(), v->document()->find(tokyo).selectionStart());
        QCOMPARE(v->verticalScrollBar()->value(), 0);

        QTest::keyClicks(edit, QStringLiteral("xyz"));
        QCOMPARE(status->text(), QStringLiteral("No matches"));
        QVERIFY(edit->palette().color(QPalette::Base) != v->palette().color(QPalette::Base));

        // Another language, another text: the search goes on in it.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("2020"));
        QVERIFY(status->text().endsWith(
            QStringLiteral(" of %1").arg(v->toPlainText().count(QStringLiteral("2020")))));
        w.setLanguage(Language::Chinese);
        const int inChinese = int(v->toPlainText().count(QStringLiteral("2020")));
        QVERIFY(inChinese > 0);
        QCOMPARE(status->text(), QStringLiteral("共 %1 处").arg(inChinese));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(status->text(), QStringLiteral("第 1 处，共 %1 处").arg(inChinese));
    }

    // F3 goes on to the next match, later in the article, scrolling to it;
    // at the last it wraps round to the first; Shift+F3 goes back.
    void findNext_movesOnToTheNextMatch_andScrollsToIt()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        QScrollBar *bar = v->verticalScrollBar();
        // Twice in the article: in part 1's heading, and in part 2. The
        // heading's last character is bound to the one before it by a word
        // joiner (no character alone on a line), which a search looks through.
        const QString phrase = QStringLiteral("希望之光");
        const QRegularExpression printed(QStringLiteral("希\\x{2060}?望\\x{2060}?之\\x{2060}?光"));
        const auto shown = [](const QTextCursor &c) {
            return c.selectedText().remove(QChar(0x2060));
        };
        const QTextCursor firstMatch = v->document()->find(printed);
        const QTextCursor secondMatch = v->document()->find(printed, firstMatch);
        QVERIFY(!firstMatch.isNull() && !secondMatch.isNull());
        QVERIFY(v->document()->find(printed, secondMatch).isNull());
        const int first = firstMatch.selectionStart();
        const int second = secondMatch.selectionStart();
        QVERIFY(second > first);

        v->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QTRY_VERIFY(edit->hasFocus());
        typeText(edit, phrase);
        QTRY_COMPARE(shown(v->textCursor()), phrase);
        QCOMPARE(v->textCursor().selectionStart(), first);
        QTRY_VERIFY(v->viewport()->rect().contains(v->cursorRect(v->textCursor())));
        const int atFirst = bar->value();

        QTest::keyClick(edit, Qt::Key_F3);
        QCOMPARE(shown(v->textCursor()), phrase);
        QCOMPARE(v->textCursor().selectionStart(), second);
        // It was out of view: the view went down to it, and it shows.
        QTRY_VERIFY(bar->value() > atFirst);
        QVERIFY(v->viewport()->rect().contains(v->cursorRect(v->textCursor())));
        const int atSecond = bar->value();

        // Past the last match: round to the first, back up the article.
        QTest::keyClick(edit, Qt::Key_F3);
        QCOMPARE(v->textCursor().selectionStart(), first);
        QTRY_VERIFY(bar->value() < atSecond);
        QVERIFY(v->viewport()->rect().contains(v->cursorRect(v->textCursor())));
        // Shift+F3, before the first: round to the last.
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(v->textCursor().selectionStart(), second);
        QTRY_VERIFY(v->viewport()->rect().contains(v->cursorRect(v->textCursor())));
    }

    // The progress line under the article: percent read, the section, and
    // the time left at 230 English words a minute (1461 words in all,
    // counted by hand: seven minutes, rounded up).
    void progressLine_followsTheReader()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        auto *line = w.findChild<QLabel *>(QStringLiteral("progressLine"));
        QVERIFY(line && line->isVisible());
        QCOMPARE(line->text(), QStringLiteral("0% read  ·  Introduction  ·  about 7 min left"));
        const auto percent = [line] {
            return line->text().section(u'%', 0, 0).toInt();
        };
        w.goToSection(2);
        QTRY_VERIFY(line->text().contains(QStringLiteral("  ·  02  ")));
        const int atPart2 = percent();
        QVERIFY2(atPart2 > 20 && atPart2 < 60, qPrintable(line->text()));
        w.goToSection(3);
        QTRY_VERIFY(line->text().contains(QStringLiteral("  ·  03  ")));
        QVERIFY(percent() > atPart2);
        v->setFocus();
        QTest::keyClick(v, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(line->text(), QStringLiteral("100% read  ·  Conclusion  ·  at the end"));
        // The contents show each section's time too.
        const QModelIndex lead = sidebar(w)->model()->index(0, 0);
        QCOMPARE(lead.data(ModelRoles::SectionReadingTimeRole).toString(), QStringLiteral("1 min"));
    }

    // A message said before the window is shown (side by side restored into
    // a window too narrow for it) used to be painted over the progress
    // line: one of them shows at a time, the progress line back when the
    // message goes.
    void statusMessage_andProgressLine_neverPaintOverEachOther()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        w.setArticle(m_article);
        // Wide enough for the side panels beside the text, too narrow then
        // for side by side.
        w.resize(1000, 600);
        w.setReadingLayout(ReadingLayout::Parallel);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *line = w.findChild<QLabel *>(QStringLiteral("progressLine"));
        QVERIFY(line);
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Too narrow")),
                     qPrintable(QStringLiteral("%1 wide, %2")
                                    .arg(view(w)->width())
                                    .arg(int(view(w)->shownLayout()))));
        QVERIFY(!line->isVisible());
        w.statusBar()->clearMessage();
        QTRY_VERIFY(line->isVisible());
        // And the same for a message said while the window is up.
        w.setReadingLayout(ReadingLayout::English);
        w.setReadingLayout(ReadingLayout::Parallel);
        QTRY_VERIFY(!w.statusBar()->currentMessage().isEmpty());
        QVERIFY(!line->isVisible());
    }

    // A zoom step says the new size for a moment, and the View menu keeps
    // saying it while it is not 100 %.
    void zoom_saysTheSize()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        view(w)->setFocus();
        QTest::keyClick(view(w), Qt::Key_Equal, Qt::ControlModifier);
        QTRY_VERIFY(w.textZoom() > 100);
        const QString size = QString::number(w.textZoom());
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Text size %1%").arg(size));
        QAction *actual = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0))
                actual = a;
        }
        QVERIFY(actual);
        QCOMPARE(actual->text(), QStringLiteral("&Actual Size (now %1%)").arg(size));
        // Past 150 % only the article grows: the reader is told so, and
        // the sidebar's text stops there.
        while (w.textZoom() < 250) QTest::keyClick(view(w), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Text size %1%: the sections and the milestone card stop at 150%, "
                                "the timeline and the clip keep their size")
                     .arg(w.textZoom()));
        const int sidebarPx = sidebar(w)->font().pixelSize();
        QTest::keyClick(view(w), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(sidebar(w)->font().pixelSize(), sidebarPx);
        actual->trigger();
        QCOMPARE(w.textZoom(), 100);
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Text size 100%"));
        QCOMPARE(actual->text(), QStringLiteral("&Actual Size"));
    }

    // A focus ring only where the keyboard put the focus (CSS's
    // :focus-visible): the article clicked with the mouse shows none, a key
    // pressed in it shows it; the contents list likewise.
    void focusRing_onlyWhereTheKeyboardPutTheFocus()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        const QColor ring = v->typography().colours.focusRing;
        const auto ringShown = [v, ring] {
            const QImage shot = v->viewport()->grab().toImage();
            return shot.pixelColor(1, shot.height() / 2) == ring &&
                   shot.pixelColor(shot.width() - 2, shot.height() / 2) == ring;
        };
        // A first start: the text has the focus the window's activation
        // gave it, but no key has put it there.
        QVERIFY(v->hasFocus());
        QVERIFY(!ringShown());
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, v->viewport()->rect().center());
        QTRY_VERIFY(v->hasFocus());
        QVERIFY(!ringShown());
        QTest::keyClick(v, Qt::Key_Down);
        QVERIFY(ringShown());
        // The contents list's frame alike, in the theme's accent.
        SectionSidebar *list = sidebar(w);
        const QColor accent = ReaderPalette::forTheme(w.theme(), QGuiApplication::palette()).accent;
        const auto frameShown = [list, accent] {
            const QImage shot = list->grab().toImage();
            return shot.pixelColor(0, shot.height() / 2) == accent;
        };
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(1, 0)).center());
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(!frameShown());
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(frameShown());
    }

    void backAndForward_retraceSectionJumps()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        SectionSidebar *list = sidebar(w);
        const auto click = [list](int row) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualRect(list->model()->index(row, 0)).center());
        };
        click(1);
        QTRY_COMPARE(v->currentSection(), 1);
        click(3);
        QTRY_COMPARE(v->currentSection(), 3);
        v->setFocus();
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(v->currentSection(), 1);
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(v->verticalScrollBar()->value(), 0);
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(v->currentSection(), 1);
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(v->currentSection(), 3);
    }

    void languageSwitch_changesInterfaceAndArticle_keepsTheParagraph()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        v->goTo({QStringLiteral("s3-p4"), 0.3});
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));

        QAction *english = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == u"English")
                english = a;
        QVERIFY(english);
        english->trigger();
        QCOMPARE(reader.languages.current(), Language::English);
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
        QVERIFY(v->toPlainText().contains(u"In May 2018 Alibaba Cloud"));
        QCOMPARE(sidebar(w)->model()->index(3, 0).data().toString(),
                 QStringLiteral("03  The digital Olympics"));

        w.setLanguage(Language::Chinese);
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
        // Qt's own dialogs speak Chinese too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    void activatingAMilestone_scrollsToItsParagraphs_andFlashesThem()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        auto *timeline = w.findChild<TimelineWidget *>();
        ArticleView *v = view(w);
        const int row = [&] {
            for (int r = 0; r < timeline->model()->rowCount(); ++r)
                if (timeline->model()->index(r, 0).data(ModelRoles::MilestoneIdRole).toString() ==
                    u"m-tokyo-opening")
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        // Select with a click, then follow the card's link.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markerRect(row).center());
        auto *read = w.findChild<QPushButton *>(QStringLiteral("readInArticle"));
        QVERIFY(read && read->isVisible());
        QTest::mouseClick(read, Qt::LeftButton);
        // Its first paragraph in reading order is lead-1.
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("lead-1"));
        QCOMPARE(v->flashedBlockIds().size(), 4);
        QVERIFY(!v->extraSelections().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(v->extraSelections().isEmpty(), 5000);
        QCOMPARE(sidebar(w)->currentIndex().row(), 0);

        // Enter on the timeline goes to part 3 for the data centre (fifth
        // in date order: the PyeongChang film, out by 9 February 2018, the
        // pavilion and the sports brain of that February come before it),
        // and the sidebar follows.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Home);
        for (int i = 0; i < 4; ++i) QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->selectedId(), QStringLiteral("m-cloud-datacentre"));
        // The focus moves before the caret: a caret move first made Orca take
        // the article silently and say nothing of the focus.
        QList<bool> focusedAtCaretMove;
        const auto caretWatch =
            connect(v, &QTextEdit::cursorPositionChanged, v,
                    [v, &focusedAtCaretMove] { focusedAtCaretMove << v->hasFocus(); });
        QTest::keyClick(timeline, Qt::Key_Return);
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 3);
        // The keyboard goes there too: the article has the focus, its caret
        // at the paragraph, where a screen reader reads on (it said only
        // "return" and stayed on the timeline).
        QTRY_COMPARE(QApplication::focusWidget(), v);
        const hope::core::Article article = embeddedArticle();
        const hope::core::ArticleBlock *landed = article.block(QStringLiteral("s3-p4"));
        QVERIFY(landed);
        QVERIFY2(v->textCursor().block().text().startsWith(landed->text.en.left(20)),
                 qPrintable(v->textCursor().block().text()));
        disconnect(caretWatch);
        QVERIFY(!focusedAtCaretMove.isEmpty());
        QVERIFY(!focusedAtCaretMove.contains(false));
        // And Back returns to where the reader was, and says where.
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("lead-1"));
        QTRY_COMPARE(w.findChild<StatusAnnouncer *>()->message(),
                     QStringLiteral("Back to Introduction"));
    }

    void scrollingTheArticle_marksTheMilestonesInView()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        auto *timeline = w.findChild<TimelineWidget *>();
        ArticleView *v = view(w);
        const auto inView = [timeline] {
            QStringList ids;
            for (int r = 0; r < timeline->model()->rowCount(); ++r) {
                const QModelIndex i = timeline->model()->index(r, 0);
                if (i.data(ModelRoles::MilestoneInViewRole).toBool())
                    ids << i.data(ModelRoles::MilestoneIdRole).toString();
            }
            return ids;
        };
        QTRY_VERIFY(inView().contains(u"m-tokyo-opening"));
        QVERIFY(!inView().contains(u"m-cloud-datacentre"));
        v->goTo({QStringLiteral("s3-p4"), 0.0});
        QTRY_VERIFY(inView().contains(u"m-cloud-datacentre"));
        QVERIFY(!inView().contains(u"m-tokyo-opening"));
    }

    // F6 goes round the panes in layout order, passing over a panel put
    // away; Shift+F6 goes back; a jump puts the caret where the view went.
    void f6_goesFromPaneToPane_inLayoutOrder_passingOverHiddenPanels()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        view(w)->setFocus();
        QTRY_VERIFY(view(w)->hasFocus());
        auto *timeline = w.findChild<TimelineWidget *>();
        auto *card = w.findChild<MilestoneCard *>();
        const QList<QWidget *> order{w.clipPanel(), timeline, card, sidebar(w), view(w)};
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QTRY_COMPARE(QApplication::focusWidget(), next);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), sidebar(w));
        press(w, panelKeys(2));
        QVERIFY(!w.clipPanel()->isVisible());
        view(w)->setFocus();
        QTRY_VERIFY(view(w)->hasFocus());
        QTest::keyClick(view(w), Qt::Key_F6);
        QTRY_COMPARE(QApplication::focusWidget(), timeline);
        // Enter on the sidebar's fourth entry: the caret goes to its heading.
        sidebar(w)->setFocus();
        QTRY_VERIFY(sidebar(w)->hasFocus());
        QTest::keyClick(sidebar(w), Qt::Key_Home);
        for (int i = 0; i < 3; ++i) QTest::keyClick(sidebar(w), Qt::Key_Down);
        // The keyboard goes with the reader to the heading, the focus first
        // (Orca said nothing when Enter jumped and the focus stayed here).
        QList<bool> focusedAtCaretMove;
        connect(view(w), &QTextEdit::cursorPositionChanged, view(w),
                [&w, &focusedAtCaretMove] { focusedAtCaretMove << view(w)->hasFocus(); });
        QTest::keyClick(sidebar(w), Qt::Key_Return);
        const QString heading = m_article.sections.at(3).heading.in(Language::English);
        QVERIFY(!heading.isEmpty());
        QTRY_VERIFY2(view(w)->textCursor().block().text().contains(heading),
                     qPrintable(view(w)->textCursor().block().text()));
        QCOMPARE(view(w)->textCursor().positionInBlock(), 0);
        QTRY_COMPARE(QApplication::focusWidget(), view(w));
        QVERIFY(!focusedAtCaretMove.isEmpty());
        QVERIFY(!focusedAtCaretMove.contains(false));
        // A click on an entry jumps too, and leaves the focus in the list.
        sidebar(w)->setFocus();
        QTRY_VERIFY(sidebar(w)->hasFocus());
        const QModelIndex second = sidebar(w)->model()->index(1, 0);
        QTest::mouseClick(sidebar(w)->viewport(), Qt::LeftButton, {},
                          sidebar(w)->visualRect(second).center());
        QTRY_VERIFY(view(w)->textCursor().block().text().contains(
            m_article.sections.at(1).heading.in(Language::English)));
        QCOMPARE(QApplication::focusWidget(), sidebar(w));
    }

    // View > Notes takes the sidebar's place (showing it if it was put
    // away), with the keys in its search; F6 reaches it there; again, and
    // the contents are back.
    void viewNotes_takesTheSidebarsPlace()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        press(w, panelKeys(0));
        QVERIFY(!sidebar(w)->isVisible());
        auto *notes = w.findChild<NotesPanel *>();
        QVERIFY(notes && !notes->isVisible());
        press(w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_4));
        QTRY_VERIFY(notes->isVisible());
        QVERIFY(!sidebar(w)->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), notes->search());
        QVERIFY(w.notes()->showNotesAction()->isChecked());
        bool titled = false;
        for (const QLabel *label : w.findChildren<QLabel *>())
            titled = titled || (label->text() == u"&Notes" && label->isVisible());
        QVERIFY(titled);
        view(w)->setFocus();
        QTRY_VERIFY(view(w)->hasFocus());
        for (int i = 0; i < 6 && QApplication::focusWidget() != notes->search(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), notes->search());
        press(w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_4));
        QTRY_VERIFY(sidebar(w)->isVisible());
        QVERIFY(!notes->isVisible());
        view(w)->setFocus();
        QTRY_VERIFY(view(w)->hasFocus());
        for (int i = 0; i < 6 && QApplication::focusWidget() != sidebar(w); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), sidebar(w));
    }

    // With caret browsing, the keyboard alone highlights (Shift+arrows
    // select, Ctrl+H) and notes the highlight the caret is in.
    void caretBrowsing_highlightsAndNotesByKeys()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *text = view(w);
        text->setFocus();
        press(w, QKeySequence(Qt::Key_F7));
        QVERIFY(text->caretBrowsing());
        text->moveCaretTo(QStringLiteral("lead-1"));
        for (int i = 0; i < 3; ++i) QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
        press(w, QKeySequence(Qt::CTRL | Qt::Key_H));
        QCOMPARE(w.notes()->annotations()->items().size(), 1);
        const QString quote = m_article.block(QStringLiteral("lead-1"))->text.en.left(3);
        QCOMPARE(w.notes()->annotations()->items().first().quote, quote);
        QTest::keyClick(text, Qt::Key_Left);
        QVERIFY(!text->highlightAtCaret().isEmpty());
        ModalCloser closer([](QWidget *modal) {
            auto *editor = qobject_cast<NoteEditor *>(modal);
            if (!editor)
                return false;
            editor->editor()->setPlainText(QStringLiteral("typed by keys"));
            editor->accept();
            return true;
        });
        press(w, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        QTRY_COMPARE(w.notes()->annotations()->items().first().note,
                     QStringLiteral("typed by keys"));
        QCOMPARE(closer.seen().size(), 1);
        QCOMPARE(closer.seen().first().className, QStringLiteral("hope::ui::NoteEditor"));
    }

    void clickingADateInTheText_selectsItsMilestone()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        auto *timeline = w.findChild<TimelineWidget *>();
        v->goTo({QStringLiteral("s3-p4"), 0.0});
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
        const QTextCursor found = v->document()->find(QStringLiteral("2018年5月"));
        QVERIFY(!found.isNull());
        QTextCursor inside(v->document());
        inside.setPosition(found.selectionStart() + 2);
        const QPoint at = v->cursorRect(inside).center();
        QVERIFY(v->viewport()->rect().contains(at));
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(timeline->selectedId(), QStringLiteral("m-cloud-datacentre"));
        auto *card = w.findChild<MilestoneCard *>();
        QVERIFY(card->accessibleName().contains(u"北京2022冬奥云数据中心"));
        // The card is read whole (the timeline's row no strip) until the
        // reader scrolls on; then the strip again, at its size.
        QTRY_VERIFY(!timeline->isStrip());
        QTRY_VERIFY(card->descriptionLabel()->isVisible());
        QVERIFY(card->descriptionLabel()->visibleRegion().boundingRect().height() >
                card->descriptionLabel()->fontMetrics().height() * 2);
        QTest::keyClick(v, Qt::Key_PageDown);
        QTRY_VERIFY(timeline->isStrip());
    }

    // View > Layout and the status bar's switch choose the same thing; the
    // interface language is a choice of its own.
    void layoutMenuAndSwitch_agree_andTheLanguageStaysApart()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        ArticleView *v = view(w);
        auto *menu = w.findChild<QMenu *>(QStringLiteral("layoutMenu"));
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 4);
        const auto checked = [&actions] {
            QStringList names;
            for (QAction *a : actions)
                if (a->isChecked())
                    names << a->text();
            return names;
        };
        QCOMPARE(checked(), QStringList{QStringLiteral("&English")});
        auto *layoutSwitch = w.findChild<LayoutSwitch *>();
        QVERIFY(layoutSwitch && layoutSwitch->isVisible());

        actions.at(2)->trigger();
        QCOMPARE(checked(), QStringList{QStringLiteral("&Side by Side")});
        QCOMPARE(v->readingLayout(), ReadingLayout::Parallel);
        QCOMPARE(v->shownLayout(), ReadingLayout::Parallel);
        QCOMPARE(layoutSwitch->currentText(), QStringLiteral("Side by side"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        // The switch by keyboard: one down is interleaved.
        layoutSwitch->setFocus();
        QTest::keyClick(layoutSwitch, Qt::Key_Down);
        QCOMPARE(v->readingLayout(), ReadingLayout::Interleaved);
        QCOMPARE(checked(), QStringList{QStringLiteral("&Interleaved")});

        // The interface in Chinese keeps a bilingual layout as it is.
        w.setLanguage(Language::Chinese);
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(v->readingLayout(), ReadingLayout::Interleaved);
        QVERIFY(v->toPlainText().contains(u"postponed by a year"));
        // The article in English under a Chinese interface.
        actions.at(1)->trigger();
        QCOMPARE(v->readingLayout(), ReadingLayout::English);
        QVERIFY(!v->toPlainText().contains(u"延迟一年"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        // A one-language layout follows a change of interface language, as
        // the reader always did.
        w.setLanguage(Language::English);
        w.setLanguage(Language::Chinese);
        QCOMPARE(v->readingLayout(), ReadingLayout::Chinese);
    }

    void bilingual_jumpsLinksAndHistory_work()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        w.setReadingLayout(ReadingLayout::Parallel);
        ArticleView *v = view(w);
        auto *timeline = w.findChild<TimelineWidget *>();
        // A date link in each column selects its milestone.
        v->goTo({QStringLiteral("s3-p4"), 0.0});
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
        for (const QString &date : {QStringLiteral("May 2018"), QStringLiteral("2018年5月")}) {
            w.session()->selectMilestone(QStringLiteral("m-tokyo-opening"));
            const QTextCursor found = v->document()->find(date);
            QVERIFY(!found.isNull());
            QTextCursor inside(v->document());
            inside.setPosition(found.selectionStart() + 2);
            const QPoint at = v->cursorRect(inside).center();
            QVERIFY(v->viewport()->rect().contains(at));
            QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, at);
            QTRY_COMPARE(timeline->selectedId(), QStringLiteral("m-cloud-datacentre"));
        }
        // A milestone's jump lands on its first paragraph and lights up
        // both languages of each.
        w.activateMilestone(QStringLiteral("m-tokyo-opening"));
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("lead-1"));
        // (And the pair of the paragraph last clicked is marked.)
        const int marked = v->markedBlock() >= 0 ? 1 : 0;
        QCOMPARE(v->extraSelections().size(), 2 * v->flashedBlockIds().size() + marked);
        // A section jump, then Back.
        w.session()->goToSection(QStringLiteral("part-3"));
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("part-3"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 3);
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("lead-1"));
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("part-3"));
        // The scene playing is tinted in both columns.
        w.session()->setPlayingChapter(QStringLiteral("ch-five-lights"));
        QTRY_COMPARE(v->playingBlockIds().isEmpty(), false);
        QTRY_COMPARE(v->extraSelections().size(), 2 * v->playingBlockIds().size() + marked);
    }

    void bilingualFind_saysHowOftenEachLanguageHasIt()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        w.setReadingLayout(ReadingLayout::Interleaved);
        // Counted from the bundle's paragraphs, which alone name Intel.
        const auto inParagraphs = [this](const QString &word, Language language) {
            int n = 0;
            for (const ArticleSection &s : m_article.sections)
                for (const ArticleBlock &b : s.blocks)
                    n += int(b.text.in(language).count(word, Qt::CaseInsensitive));
            return n;
        };
        QVERIFY(inParagraphs(QStringLiteral("Intel"), Language::English) > 0);
        view(w)->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QTRY_VERIFY(edit->hasFocus());
        typeText(edit, QStringLiteral("intel"));
        const QString english = QStringLiteral("在中文中找到 %1 处，在英文中找到 %2 处")
                                    .arg(inParagraphs(QStringLiteral("intel"), Language::Chinese))
                                    .arg(inParagraphs(QStringLiteral("intel"), Language::English));
        QTRY_COMPARE(w.statusBar()->currentMessage(), english);
        edit->clear();
        typeText(edit, QStringLiteral("英特尔"));
        const QString chinese = QStringLiteral("在中文中找到 %1 处，在英文中找到 %2 处")
                                    .arg(inParagraphs(QStringLiteral("英特尔"), Language::Chinese))
                                    .arg(0);
        QTRY_COMPARE(w.statusBar()->currentMessage(), chinese);
    }

    void aNarrowArticle_saysSideBySideGaveWay()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        w.setReadingLayout(ReadingLayout::Parallel);
        QCOMPARE(view(w)->shownLayout(), ReadingLayout::Parallel);
        w.resize(960, 700);
        QTRY_COMPARE(view(w)->shownLayout(), ReadingLayout::Interleaved);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"side by side"),
                 qPrintable(w.statusBar()->currentMessage()));
        // Room again: the columns come back and the message goes.
        w.resize(1400, 800);
        QTRY_COMPARE(view(w)->shownLayout(), ReadingLayout::Parallel);
        QCOMPARE(w.statusBar()->currentMessage(), QString());
        // Chosen while interleaved is already shown, it says so too.
        w.setReadingLayout(ReadingLayout::Interleaved);
        w.resize(960, 700);
        QTRY_COMPARE(view(w)->width() < 600, true);
        QCOMPARE(w.statusBar()->currentMessage(), QString());
        w.findChild<QMenu *>(QStringLiteral("layoutMenu"))->actions().at(2)->trigger();
        QCOMPARE(view(w)->shownLayout(), ReadingLayout::Interleaved);
        QVERIFY(w.statusBar()->currentMessage().contains(u"side by side"));
    }

    void settings_rememberTheLayout_butNotOneForThisRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            LanguageController languages;
            languages.apply(Language::English);
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            w.findChild<QMenu *>(QStringLiteral("layoutMenu"))->actions().at(2)->trigger();
            view(w)->goTo({QStringLiteral("s2-p5"), 0.0});
            QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
            w.close();
        }
        {
            AppSettings settings(path);
            QCOMPARE(settings.readingLayout(), std::optional(ReadingLayout::Parallel));
            LanguageController languages;
            languages.apply(Language::English);
            MainWindow w(&languages, &settings);
            w.setArticle(m_article);
            w.restoreFromSettings();
            w.setReadingLayoutForThisRun(ReadingLayout::Chinese);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCOMPARE(view(w)->readingLayout(), ReadingLayout::Chinese);
            QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
            w.close();
        }
        AppSettings settings(path);
        QCOMPARE(settings.readingLayout(), std::optional(ReadingLayout::Parallel));
        LanguageController languages;
        languages.apply(Language::English);
        MainWindow w(&languages, &settings);
        w.setArticle(m_article);
        w.restoreFromSettings();
        w.resize(MainWindow::kDefaultSize);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(view(w)->readingLayout(), ReadingLayout::Parallel);
        QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
    }

    // View > Chinese Script: the whole window follows (text, sidebar,
    // title), the place stays, and the choice is remembered unless it was
    // --script's.
    void chineseScript_showsTraditionalEverywhere_andIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            LanguageController languages;
            languages.apply(Language::Chinese);
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            view(w)->goTo({QStringLiteral("s2-p5"), 0.0});
            QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
            QAction *taiwan = w.findChild<QAction *>(QStringLiteral("script-hant-tw"));
            QVERIFY(taiwan);
            QVERIFY(w.findChild<QAction *>(QStringLiteral("script-hans"))->isChecked());
            taiwan->trigger();
            QVERIFY(taiwan->isChecked());
            QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
            QVERIFY(view(w)->toPlainText().contains(QStringLiteral("奧運會")));
            QVERIFY(!view(w)->toPlainText().contains(QStringLiteral("奥运会")));
            // The byline's words are the reader's own: they follow too.
            QVERIFY(view(w)->toPlainText().contains(QStringLiteral("釋出於")));
            QVERIFY(!view(w)->toPlainText().contains(QStringLiteral("发布于")));
            QCOMPARE(sidebar(w)->model()->index(0, 0).data().toString(), QStringLiteral("導語"));
            QVERIFY2(w.windowTitle().startsWith(QStringLiteral("希望是光")),
                     qPrintable(w.windowTitle()));
            // The article's Chinese in the TC face, the SC one behind it.
            QCOMPARE(view(w)->typography().chinese.body.families().value(0),
                     QStringLiteral("Hope Serif CJK TC"));
            w.close();
        }
        {
            AppSettings settings(path);
            QCOMPARE(settings.script(), std::optional(ChineseScript::TraditionalTaiwan));
            LanguageController languages;
            languages.apply(Language::Chinese);
            MainWindow w(&languages, &settings);
            w.setArticle(m_article);
            w.restoreFromSettings();
            w.setScriptForThisRun(ChineseScript::Simplified);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
            QVERIFY(view(w)->toPlainText().contains(QStringLiteral("奥运会")));
            QCOMPARE(sidebar(w)->model()->index(0, 0).data().toString(), QStringLiteral("导语"));
            QCOMPARE(view(w)->typography().chinese.body.families().value(0),
                     QStringLiteral("Hope Serif CJK SC"));
            w.close();
        }
        AppSettings settings(path);
        QCOMPARE(settings.script(), std::optional(ChineseScript::TraditionalTaiwan));
    }

    // View > Pinyin as Bopomofo: the ruby shows, in Zhuyin, and comes back
    // so on the next start.
    void zhuyin_showsTheRubyInBopomofo_andIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            LanguageController languages;
            languages.apply(Language::Chinese);
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            QAction *pinyin = w.findChild<QAction *>(QStringLiteral("pinyin"));
            QAction *zhuyin = w.findChild<QAction *>(QStringLiteral("zhuyin"));
            QVERIFY(zhuyin);
            QVERIFY(!view(w)->pinyinShown());
            zhuyin->trigger();
            QVERIFY(zhuyin->isChecked());
            QTRY_VERIFY(view(w)->pinyinShown());
            QCOMPARE(view(w)->ruby(), PinyinAnnotator::Ruby::Zhuyin);
            if (pinyin)
                QVERIFY(pinyin->isChecked());
            const QImage bopomofo = view(w)->viewport()->grab().toImage();
            zhuyin->trigger();
            QCOMPARE(view(w)->ruby(), PinyinAnnotator::Ruby::Pinyin);
            QVERIFY(view(w)->pinyinShown());
            // The same room over the lines, other marks in it.
            QTRY_VERIFY(view(w)->viewport()->grab().toImage() != bopomofo);
            zhuyin->trigger();
            w.close();
        }
        AppSettings settings(path);
        QVERIFY(settings.zhuyin());
        LanguageController languages;
        languages.apply(Language::Chinese);
        MainWindow w(&languages, &settings);
        QVERIFY(showWindow(w));
        QCOMPARE(view(w)->ruby(), PinyinAnnotator::Ruby::Zhuyin);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("zhuyin"))->isChecked());
    }

    // View > Tones of 一 and 不 as Spoken: the ruby shows, with the spoken
    // tones, and comes back so on the next start.
    void spokenTonesAndToneColours_changeTheRuby_andAreRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            LanguageController languages;
            languages.apply(Language::Chinese);
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            QAction *spoken = w.findChild<QAction *>(QStringLiteral("spokenTones"));
            QVERIFY(spoken);
            QVERIFY(!view(w)->spokenTones());
            spoken->trigger();
            QVERIFY(spoken->isChecked());
            QTRY_VERIFY(view(w)->pinyinShown());
            QVERIFY(view(w)->spokenTones());
            // Tone colours the same way: they show the ruby, and are kept.
            QAction *colours = w.findChild<QAction *>(QStringLiteral("toneColours"));
            QVERIFY(colours);
            QVERIFY(!view(w)->toneColours());
            const QImage plain = view(w)->viewport()->grab().toImage();
            colours->trigger();
            QVERIFY(view(w)->toneColours());
            QTRY_VERIFY(view(w)->viewport()->grab().toImage() != plain);
            w.close();
        }
        AppSettings settings(path);
        QVERIFY(settings.spokenTones());
        QVERIFY(settings.toneColours());
        LanguageController languages;
        languages.apply(Language::Chinese);
        MainWindow w(&languages, &settings);
        QVERIFY(showWindow(w));
        QVERIFY(view(w)->spokenTones());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("spokenTones"))->isChecked());
        QVERIFY(view(w)->toneColours());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("toneColours"))->isChecked());
    }

    void settings_restoreLayoutLanguageAndPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QByteArray splitter;
        QSize wanted;
        {
            AppSettings settings(path);
            LanguageController languages;
            languages.apply(Language::English);
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            // A size of the user's own, within this screen.
            wanted = QSize(1100, 700).boundedTo(w.screen()->availableGeometry().size());
            w.resize(wanted);
            auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            split->setSizes({300, 500, 300});
            splitter = split->saveState();
            view(w)->goTo({QStringLiteral("s2-p5"), 0.0});
            QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
            w.clipPanel()->setPreferences({0.5f, true, false, 0});
            w.clipPanel()->seekTo(19000);
            w.close();
        }
        AppSettings settings(path);
        QCOMPARE(settings.language(), std::optional(Language::English));
        LanguageController languages;
        languages.apply(*settings.language());
        MainWindow w(&languages, &settings);
        w.setArticle(m_article);
        QVERIFY(w.restoreFromSettings());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), wanted);
        QCOMPARE(w.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->saveState(), splitter);
        QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s2-p5"));
        QCOMPARE(sidebar(w)->currentIndex().row(), 2);
        // The clip's volume, mute, captions and place, without starting it.
        const ClipPreferences clip = w.clipPanel()->preferences();
        QVERIFY(std::abs(clip.volume - 0.5f) < 0.02f);
        QVERIFY(clip.muted);
        QVERIFY(!clip.captions);
        QCOMPARE(clip.positionMs, 19000);
        QCOMPARE(w.clipPanel()->position(), 19000);
        QVERIFY(!w.clipPanel()->hasPlayer());
    }

    void panelShortcuts_hideAndShowEachPanel_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("sidebar") << 0;
        QTest::newRow("timeline and card") << 1;
        QTest::newRow("clip panel") << 2;
    }

    void panelShortcuts_hideAndShowEachPanel()
    {
        QFETCH(int, which);
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QAction *action = actionWithKeys(w, panelKeys(which));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(action->isChecked());
        QVERIFY(onScreen(w, which));
        const int size = panelSize(w, which);
        // Focus in the panel goes back to the text when the panel goes.
        QWidget *inside = which == 0   ? static_cast<QWidget *>(sidebar(w))
                          : which == 1 ? static_cast<QWidget *>(w.findChild<TimelineWidget *>())
                                       : static_cast<QWidget *>(w.clipPanel());
        inside->setFocus();
        QTRY_VERIFY(panel(w, which)->isAncestorOf(QApplication::focusWidget()));
        press(w, panelKeys(which));
        QVERIFY(!panel(w, which)->isVisible());
        QTRY_VERIFY(view(w)->hasFocus());
        QVERIFY(!action->isChecked());
        for (int other = 0; other < 3; ++other) QCOMPARE(onScreen(w, other), other != which);
        press(w, panelKeys(which));
        QVERIFY(onScreen(w, which));
        QVERIFY(action->isChecked());
        QCOMPARE(panelSize(w, which), size);
    }

    // Putting a panel away and bringing it back, again and again, leaves
    // every other pane at its size (the article takes the room while the
    // panel is away): the clip panel used to grow by the sidebar's share
    // each round, the article to shrink by it.
    void panelToggles_leaveEveryOtherPaneAtItsSize_data()
    {
        panelShortcuts_hideAndShowEachPanel_data();
    }

    void panelToggles_leaveEveryOtherPaneAtItsSize()
    {
        QFETCH(int, which);
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QList<int> before;
        for (int p = 0; p < 3; ++p) before << panelSize(w, p);
        const int article = view(w)->width();
        for (int round = 0; round < 3; ++round) {
            press(w, panelKeys(which));
            // The splitters lay out again as the events they posted arrive.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QVERIFY(!panel(w, which)->isVisible());
            // While it is away the others keep their sizes; the article
            // (same splitter) has the room.
            for (int p = 0; p < 3; ++p) {
                if (p != which)
                    QVERIFY2(std::abs(panelSize(w, p) - before.at(p)) <= 2,
                             qPrintable(QStringLiteral("round %1, pane %2: %3 before, %4 now")
                                            .arg(round)
                                            .arg(p)
                                            .arg(before.at(p))
                                            .arg(panelSize(w, p))));
            }
            press(w, panelKeys(which));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QVERIFY(onScreen(w, which));
        }
        for (int p = 0; p < 3; ++p)
            QVERIFY2(std::abs(panelSize(w, p) - before.at(p)) <= 2,
                     qPrintable(QStringLiteral("pane %1: %2 before, %3 after")
                                    .arg(p)
                                    .arg(before.at(p))
                                    .arg(panelSize(w, p))));
        QVERIFY2(
            std::abs(view(w)->width() - article) <= 2,
            qPrintable(
                QStringLiteral("article %1 before, %2 after").arg(article).arg(view(w)->width())));
    }

    void draggingAPanelShut_unchecksIt_andItsToggleGivesItBack_data()
    {
        panelShortcuts_hideAndShowEachPanel_data();
    }

    void draggingAPanelShut_unchecksIt_andItsToggleGivesItBack()
    {
        QFETCH(int, which);
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QAction *action = actionWithKeys(w, panelKeys(which));
        const int size = panelSize(w, which);
        dragShut(w, which);
        QCOMPARE(panelSize(w, which), 0);
        QVERIFY(!action->isChecked());
        press(w, panelKeys(which));
        QVERIFY(action->isChecked());
        QVERIFY(panel(w, which)->isVisible());
        // At the size it had before the drag, not the last one on the way.
        QTRY_COMPARE(panelSize(w, which), size);
    }

    void readingMode_leavesTheArticleAloneAndCentred_andLeavingRestoresTheLayout()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        const QKeySequence readingKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        QAction *reading = actionWithKeys(w, readingKeys);
        QVERIFY(reading);
        // A layout of the reader's own: no clip panel, a wider sidebar.
        press(w, panelKeys(2));
        auto *main = splitterOf(w, 0);
        auto *root = splitterOf(w, 1);
        QList<int> sizes = main->sizes();
        sizes[0] += 60;
        sizes[1] -= 60;
        main->setSizes(sizes);
        // The splitter lets go of the clip's handle once its layout request
        // is handled.
        QCoreApplication::processEvents();
        const QList<int> mainBefore = main->sizes();
        const QList<int> rootBefore = root->sizes();

        press(w, readingKeys);
        QVERIFY(reading->isChecked());
        for (int which = 0; which < 3; ++which) {
            QVERIFY(!panel(w, which)->isVisible());
            QVERIFY(!actionWithKeys(w, panelKeys(which))->isChecked());
        }
        QVERIFY(w.menuBar()->isVisible());
        // The view spans the window, and the text column sits in its middle
        // at its measure, not stretched across it.
        ArticleView *v = view(w);
        QTRY_VERIFY(v->width() > w.width() - 40);
        const QRect inWindow(v->mapTo(&w, QPoint(0, 0)), v->size());
        QVERIFY(std::abs(inWindow.left() - (w.width() - inWindow.right() - 1)) <= 20);
        QTRY_VERIFY(textMargins(w).first > 150);
        const auto [left, right] = textMargins(w);
        QVERIFY2(std::abs(left - right) <= 2,
                 qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));

        press(w, readingKeys);
        QVERIFY(!reading->isChecked());
        QVERIFY(onScreen(w, 0));
        QVERIFY(onScreen(w, 1));
        QVERIFY(!panel(w, 2)->isVisible());
        QVERIFY(!actionWithKeys(w, panelKeys(2))->isChecked());
        QTRY_COMPARE(main->sizes().mid(0, 2), mainBefore.mid(0, 2));
        QTRY_COMPARE(root->sizes(), rootBefore);
    }

    void panelsAndReadingMode_areRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const QKeySequence readingKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        {
            AppSettings settings(path);
            LanguageController languages;
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            dragShut(w, 0);
            press(w, panelKeys(2));
            press(w, readingKeys);
            w.close();
        }
        for (const bool leaveReadingMode : {false, true}) {
            AppSettings settings(path);
            QVERIFY((settings.panelVisibility() == PanelVisibility{false, true, false, true}));
            LanguageController languages;
            MainWindow w(&languages, &settings);
            w.setArticle(m_article);
            QVERIFY(w.restoreFromSettings());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.activateWindow();
            QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == w.window(); }));
            QAction *reading = actionWithKeys(w, readingKeys);
            QVERIFY(reading->isChecked());
            for (int which = 0; which < 3; ++which) QVERIFY(!panel(w, which)->isVisible());
            if (!leaveReadingMode) {
                w.close();
                continue;
            }
            press(w, readingKeys);
            QVERIFY(!panel(w, 0)->isVisible());
            QVERIFY(onScreen(w, 1));
            QVERIFY(!panel(w, 2)->isVisible());
            QVERIFY(!actionWithKeys(w, panelKeys(0))->isChecked());
            QVERIFY(actionWithKeys(w, panelKeys(1))->isChecked());
            // What was put away comes back at a size that can be used:
            // beside the text, or as a drawer over it in a window too
            // narrow for it (offscreen's screen is 800 wide).
            press(w, panelKeys(0));
            QTRY_VERIFY(sidebar(w)->isVisible());
            QVERIFY(sidebar(w)->width() > 50);
            press(w, panelKeys(2));
            QTRY_VERIFY(w.clipPanel()->isVisible());
            QVERIFY(w.clipPanel()->width() > 50);
            // The article no narrower than its least for this screen (420 px
            // where there is room; offscreen's screen is 800 wide).
            QVERIFY(view(w)->minimumWidth() >= 240);
            QVERIFY(view(w)->width() >= view(w)->minimumWidth());
        }
    }

    void fullScreen_isAToggleOfItsOwn()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QAction *full = actionWithKeys(w, QKeySequence(Qt::Key_F11));
        QVERIFY(full);
        QVERIFY(full->isCheckable());
        press(w, QKeySequence(Qt::Key_F11));
        QTRY_VERIFY(w.isFullScreen());
        QVERIFY(full->isChecked());
        // Independent of reading mode: the panels stay where they were.
        QVERIFY(onScreen(w, 0));
        press(w, QKeySequence(Qt::Key_F11));
        QTRY_VERIFY(!w.isFullScreen());
        QVERIFY(!full->isChecked());
    }

    void sizeForThisRun_isClampedToTheScreen_andNotRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QByteArray remembered;
        {
            AppSettings settings(path);
            LanguageController languages;
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            w.close();
            remembered = settings.windowGeometry();
        }
        QVERIFY(!remembered.isEmpty());
        AppSettings settings(path);
        LanguageController languages;
        MainWindow w(&languages, &settings);
        w.setArticle(m_article);
        w.restoreFromSettings();
        w.setSizeForThisRun(QSize(8000, 6000));
        const QRect available = w.screen()->availableGeometry();
        QVERIFY(w.width() <= available.width() && w.height() <= available.height());
        QVERIFY(available.contains(w.pos()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.close();
        QCOMPARE(AppSettings(path).windowGeometry(), remembered);
    }

    void aGeometryFromAHugeScreen_isBroughtOntoThisOne()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            QWidget huge;
            huge.setGeometry(5000, 4000, 20000, 15000);
            settings.setWindowGeometry(huge.saveGeometry());
        }
        LanguageController languages;
        MainWindow w(&languages, &settings);
        w.setArticle(m_article);
        w.restoreFromSettings();
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(w.width() <= available.width() && w.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
        QVERIFY(available.contains(w.pos()));
        QVERIFY(w.width() >= 600 && w.height() >= 400);
    }

    // Ctrl+= and Ctrl+wheel make the text larger, Ctrl+- smaller, Ctrl+0
    // gives the usual size back; the paragraph being read stays at the top
    // of the view through each relayout, and the size is remembered.
    void textZoom_keepsTheParagraph_andIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const auto bodyPixels = [](MainWindow &w) {
            return view(w)->document()->defaultFont().pixelSize();
        };
        int usual = 0;
        {
            AppSettings settings(path);
            LanguageController languages;
            languages.apply(Language::English);
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            ArticleView *v = view(w);
            usual = bodyPixels(w);
            QVERIFY(usual >= 12);
            v->goTo({QStringLiteral("s3-p4"), 0.25});
            QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
            const qreal fraction = v->readingPosition().fraction;

            QTest::keyClick(v, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(w.textZoom(), 110);
            QVERIFY2(std::abs(bodyPixels(w) - usual * 1.1) <= 1.0,
                     qPrintable(QStringLiteral("%1 px from %2").arg(bodyPixels(w)).arg(usual)));
            QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
            QVERIFY(std::abs(v->readingPosition().fraction - fraction) < 0.05);

            // Two notches of the wheel with Ctrl held, over the text.
            const QPoint at = v->viewport()->rect().center();
            for (int i = 0; i < 2; ++i) {
                QWheelEvent wheel(at, v->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                                  Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(v->viewport(), &wheel);
            }
            QCOMPARE(w.textZoom(), 150);
            QVERIFY(std::abs(bodyPixels(w) - usual * 1.5) <= 1.0);
            QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
            QVERIFY(std::abs(v->readingPosition().fraction - fraction) < 0.05);

            QTest::keyClick(v, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(w.textZoom(), 125);
            QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
            w.close();
        }
        {
            AppSettings settings(path);
            QCOMPARE(settings.textZoom(), 125);
            LanguageController languages;
            MainWindow w(&languages, &settings);
            w.setArticle(m_article);
            w.restoreFromSettings();
            QCOMPARE(w.textZoom(), 125);
            QVERIFY(std::abs(bodyPixels(w) - usual * 1.25) <= 1.0);
            QVERIFY(showWindow(w));
            QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(w.textZoom(), 100);
            QCOMPARE(bodyPixels(w), usual);
            // Never past either end, however often asked.
            for (int i = 0; i < 20; ++i) QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(w.textZoom(), 70);
            for (int i = 0; i < 20; ++i) QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(w.textZoom(), 250);
        }
    }

    // Zoomed all the way in on the smallest window, nothing is wider than
    // the article's column: no sideways scrolling, the clip's stills shrink.
    void textZoom_atTheMost_onASmallWindow_nothingScrollsSideways()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        QVERIFY(showAt(w, QSize(800, 600)));
        w.setTextZoom(TextZoom::kMaximum);
        ArticleView *v = view(w);
        QCoreApplication::processEvents();
        QTRY_COMPARE(v->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(v->document()->size().width() <= v->viewport()->width() + 1,
                 qPrintable(QStringLiteral("%1 in %2")
                                .arg(v->document()->size().width())
                                .arg(v->viewport()->width())));
        // And back at the usual size, the stills are as large as they were set.
        w.setTextZoom(TextZoom::kDefault);
        QTRY_COMPARE(v->horizontalScrollBar()->maximum(), 0);
    }

    // The View > Theme entries recolour every panel, the menus and dialogs
    // (the application palette) too; the choice is remembered, and --theme
    // for one run leaves it as it was.
    void theme_recoloursEveryPanel_andIsRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const auto lightness = [](const QColor &c) {
            return c.lightnessF();
        };
        {
            AppSettings settings(path);
            LanguageController languages;
            MainWindow w(&languages, &settings);
            QVERIFY(showWindow(w));
            QAction *dark = w.findChild<QAction *>(QStringLiteral("theme-dark"));
            QVERIFY(dark);
            QVERIFY(dark->isCheckable());
            dark->trigger();
            QVERIFY(dark->isChecked());
            QCOMPARE(w.theme(), ReaderTheme::Dark);
            QVERIFY(lightness(QApplication::palette().color(QPalette::Window)) < 0.25);
            QVERIFY(lightness(view(w)->palette().color(QPalette::Base)) < 0.25);
            // What each panel paints, in its middle or near its corner.
            const auto paintedDark = [&lightness](QWidget *panel, QPoint at) {
                const QImage image = panel->grab().toImage();
                return lightness(image.pixelColor(at)) < 0.3;
            };
            QWidget *card = w.findChild<MilestoneCard *>();
            QVERIFY(paintedDark(card, QPoint(card->width() - 4, card->height() / 2)));
            QVERIFY(
                paintedDark(sidebar(w), QPoint(sidebar(w)->width() - 6, sidebar(w)->height() - 6)));
            QVERIFY(paintedDark(timelineOf(w), QPoint(timelineOf(w)->width() / 2, 4)));
            QVERIFY(paintedDark(view(w), QPoint(6, view(w)->height() - 6)));
            QVERIFY(paintedDark(w.clipPanel(),
                                QPoint(w.clipPanel()->width() - 6, w.clipPanel()->height() - 6)));
            w.close();
        }
        QCOMPARE(AppSettings(path).theme(), ReaderTheme::Dark);
        {
            AppSettings settings(path);
            LanguageController languages;
            MainWindow w(&languages, &settings);
            w.setArticle(m_article);
            w.restoreFromSettings();
            QCOMPARE(w.theme(), ReaderTheme::Dark);
            QVERIFY(w.findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
            w.setThemeForThisRun(ReaderTheme::Sepia);
            QVERIFY(w.findChild<QAction *>(QStringLiteral("theme-sepia"))->isChecked());
            w.close();
        }
        QCOMPARE(AppSettings(path).theme(), ReaderTheme::Dark);
        {
            AppSettings settings(path);
            LanguageController languages;
            MainWindow w(&languages, &settings);
            w.restoreFromSettings();
            w.setTheme(ReaderTheme::Light);
            QVERIFY(lightness(QApplication::palette().color(QPalette::Window)) > 0.8);
            w.close();
        }
        QCOMPARE(AppSettings(path).theme(), ReaderTheme::Light);
    }

    // At 800x600 the clip's controls sit side by side or in two rows:
    // none covers another, none is squeezed below its own minimum, and
    // the speed box shows its value.
    void clipControls_at800x600_neitherOverlapNorClip()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showAt(w, QSize(800, 600)));
        // The clip panel is a drawer over the text at this size.
        press(w, panelKeys(2));
        auto *controls = w.findChild<ClipControls *>();
        QVERIFY(controls);
        QTRY_VERIFY(controls->isVisible() && controls->width() > 0);
        QCoreApplication::processEvents();
        QList<QWidget *> shown;
        for (QWidget *child : controls->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                shown << child;
        }
        QVERIFY(shown.size() >= 7);
        for (QWidget *a : shown) {
            QVERIFY2(controls->rect().contains(a->geometry()),
                     qPrintable(a->objectName() + QStringLiteral(" outside the bar")));
            QVERIFY2(a->width() >= a->minimumSizeHint().width(),
                     qPrintable(a->objectName() + QStringLiteral(" squeezed")));
            for (QWidget *b : shown) {
                if (a != b)
                    QVERIFY2(
                        !a->geometry().intersects(b->geometry()),
                        qPrintable(a->objectName() + QStringLiteral(" over ") + b->objectName()));
            }
        }
        auto *rate = controls->findChild<QWidget *>(QStringLiteral("rateBox"));
        QVERIFY(rate->width() >= rate->sizeHint().width());
        auto *time = controls->findChild<QLabel *>(QStringLiteral("timeLabel"));
        QVERIFY(time->width() >= time->fontMetrics().horizontalAdvance(time->text()));
    }

    // A long English description is never cut mid-sentence: the card's
    // label is as tall as its text needs, and what does not fit scrolls.
    void milestoneCard_showsTheWholeDescription_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }

    void milestoneCard_showsTheWholeDescription()
    {
        QFETCH(QSize, size);
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showAt(w, size));
        QVERIFY(w.selectMilestone(QStringLiteral("m-ioc-partnership")));
        auto *card = w.findChild<MilestoneCard *>();
        // The timeline's row is a strip until the reader is in it: the
        // keyboard there shows it whole, the card with it.
        auto *timeline = w.findChild<TimelineWidget *>();
        QVERIFY(timeline->isStrip());
        timeline->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!timeline->isStrip());
        QLabel *description = card->descriptionLabel();
        QTRY_VERIFY(description->isVisible());
        QCoreApplication::processEvents();
        QVERIFY(description->text().size() > 100);
        QVERIFY2(description->height() >= description->heightForWidth(description->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(description->height())
                                .arg(description->heightForWidth(description->width()))));
        // The whole of the text is in the card's viewport or can be scrolled to.
        QScrollArea *scroll = card->scrollArea();
        const int contentHeight = scroll->widget()->height();
        QVERIFY(contentHeight <=
                scroll->viewport()->height() + scroll->verticalScrollBar()->maximum());
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        const QRect shown = scroll->viewport()->rect();
        const QRect last(
            description->mapTo(scroll->viewport(), QPoint(0, description->height() - 2)),
            QSize(1, 1));
        QVERIFY(shown.contains(last));
    }

    // Text first: with every panel shown the article has half the window
    // at 1280x800 and three fifths at 1920x1080; the timeline is a strip
    // until the keyboard (or a resting pointer) is in it, and goes back to
    // the strip, at its size, when the reader leaves it.
    void textFirst_theArticleHasTheRoom_andTheTimelineIsAStripUntilUsed_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("share");
        QTest::newRow("1280x800") << QSize(1280, 800) << 0.5;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << 0.6;
    }

    void textFirst_theArticleHasTheRoom_andTheTimelineIsAStripUntilUsed()
    {
        QFETCH(QSize, size);
        QFETCH(double, share);
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showAt(w, size));
        QCoreApplication::processEvents();
        for (int which = 0; which < 3; ++which) QVERIFY(onScreen(w, which));
        QWidget *articleBox = view(w)->parentWidget();
        const double area = double(articleBox->width()) * articleBox->height();
        QVERIFY2(area >= share * w.width() * w.height(), qPrintable(QStringLiteral("%1x%2 of %3x%4")
                                                                        .arg(articleBox->width())
                                                                        .arg(articleBox->height())
                                                                        .arg(w.width())
                                                                        .arg(w.height())));
        auto *timeline = w.findChild<TimelineWidget *>();
        QVERIFY(timeline->isStrip());
        const int strip = panelSize(w, 1);
        const int textHeight = articleBox->height();
        timeline->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!timeline->isStrip());
        QVERIFY(articleBox->height() < textHeight);
        // The legend and every era's bar are drawn again.
        QCOMPARE(timeline->height(), timeline->wholeHeight());
        view(w)->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(timeline->isStrip());
        QCOMPARE(panelSize(w, 1), strip);
        QCOMPARE(articleBox->height(), textHeight);
    }

    // A window made wider or narrower gives or takes the text's width; the
    // side panels stay at the size the reader left them (the clip panel
    // grew with the window, a fifth of each step).
    void resizingTheWindow_changesOnlyTheTextsWidth()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        const int sidebarWidth = panelSize(w, 0);
        const int clipWidth = panelSize(w, 2);
        const int text = view(w)->parentWidget()->width();
        for (const int wider : {320, 0}) {
            w.resize(MainWindow::kDefaultSize + QSize(wider, 100));
            QTRY_COMPARE(view(w)->parentWidget()->width(), text + wider);
            QCOMPARE(panelSize(w, 0), sidebarWidth);
            QCOMPARE(panelSize(w, 2), clipWidth);
        }
    }

    // A window too narrow for the side panels (800x600) gives the text its
    // width and at least 12 lines of body text; the sidebar and the clip
    // panel open on demand as drawers over the text, put away by Escape, a
    // click on the text or a section chosen; widened, they stand beside the
    // text again.
    void narrowWindow_foldsTheSidePanels_intoDrawers()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showAt(w, QSize(800, 600)));
        QTRY_VERIFY(!panel(w, 0)->isVisible());
        QVERIFY(!panel(w, 2)->isVisible());
        QVERIFY(onScreen(w, 1));
        QWidget *articleBox = view(w)->parentWidget();
        QTRY_VERIFY2(articleBox->width() >= w.width() - 24,
                     qPrintable(QString::number(articleBox->width())));
        // Twelve lines of a body paragraph fit the view.
        QTextBlock body = view(w)->document()->begin();
        while (body.isValid() && !body.text().contains(u"five-ringed")) body = body.next();
        QVERIFY(body.isValid() && body.layout()->lineCount() > 1);
        const qreal pitch = body.layout()->lineAt(1).y() - body.layout()->lineAt(0).y();
        QVERIFY2(view(w)->viewport()->height() >= 12 * pitch,
                 qPrintable(QStringLiteral("%1 px, lines of %2")
                                .arg(view(w)->viewport()->height())
                                .arg(pitch)));

        const int textWidth = articleBox->width();
        QAction *contents = actionWithKeys(w, panelKeys(0));
        press(w, panelKeys(0));
        auto *drawer = w.findChild<QWidget *>(QStringLiteral("panelDrawer"));
        QVERIFY(drawer);
        QTRY_VERIFY(sidebar(w)->isVisible());
        QVERIFY(drawer->isVisible() && drawer->isAncestorOf(sidebar(w)));
        QVERIFY(w.rect().contains(drawer->geometry()));
        QCOMPARE(articleBox->width(), textWidth);
        QVERIFY(contents->isChecked());
        QTRY_VERIFY(sidebar(w)->hasFocus());
        QTest::keyClick(sidebar(w), Qt::Key_Escape);
        QTRY_VERIFY(!drawer->isVisible());
        QTRY_VERIFY(view(w)->hasFocus());
        QVERIFY(!contents->isChecked());

        press(w, panelKeys(2));
        QTRY_VERIFY(w.clipPanel()->isVisible());
        QVERIFY(drawer->isAncestorOf(w.clipPanel()));
        QTest::mouseClick(view(w)->viewport(), Qt::LeftButton, {}, QPoint(20, 20));
        QTRY_VERIFY(!w.clipPanel()->isVisible());

        press(w, panelKeys(0));
        QTRY_VERIFY(sidebar(w)->hasFocus());
        QTest::keyClick(sidebar(w), Qt::Key_Down);
        QTest::keyClick(sidebar(w), Qt::Key_Return);
        QTRY_VERIFY(!drawer->isVisible());

        w.resize(1280, 800);
        QTRY_VERIFY(onScreen(w, 0));
        QTRY_VERIFY(onScreen(w, 2));
        QCOMPARE(splitterOf(w, 0)->indexOf(panel(w, 0)), 0);
        QCOMPARE(splitterOf(w, 0)->indexOf(panel(w, 2)), 2);
        QVERIFY(contents->isChecked());
    }

    // At 1280x800 every chapter of the clip is on screen, or the panel scrolls to it.
    void chapterList_at1280x800_showsEveryChapter()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showAt(w, QSize(1280, 800)));
        QListView *list = w.clipPanel()->chapterList();
        QTRY_VERIFY(list->isVisible());
        QCoreApplication::processEvents();
        const int rows = list->model()->rowCount();
        QCOMPARE(rows, 7);
        // In the list, and in the clip panel's own view without scrolling it.
        auto *panelScroll = w.clipPanel()->findChild<QScrollArea *>(QStringLiteral("clipScroll"));
        QVERIFY(panelScroll);
        QCOMPARE(panelScroll->verticalScrollBar()->value(), 0);
        for (int row = 0; row < rows; ++row) {
            const QRect item = list->visualRect(list->model()->index(row, 0));
            const QRect inPanel(list->viewport()->mapTo(panelScroll->viewport(), item.topLeft()),
                                item.size());
            QVERIFY2(panelScroll->viewport()->rect().contains(inPanel),
                     qPrintable(QStringLiteral("chapter %1 at %2 in the panel, %3 high")
                                    .arg(row)
                                    .arg(inPanel.bottom())
                                    .arg(panelScroll->viewport()->height())));
            QVERIFY2(list->viewport()->rect().contains(item),
                     qPrintable(QStringLiteral("chapter %1 at %2,%3 %4x%5 in %6 high")
                                    .arg(row)
                                    .arg(item.x())
                                    .arg(item.y())
                                    .arg(item.width())
                                    .arg(item.height())
                                    .arg(list->viewport()->height())));
        }
    }

    void garbageSettings_giveTheDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "[window]\ngeometry=@ByteArray(\\xff\\xfe "
            "junk)\n[reader]\nposition=nowhere@2\n\x01\x02");
        f.close();
        AppSettings settings(path);
        LanguageController languages;
        languages.apply(Language::Chinese);
        MainWindow w(&languages, &settings);
        w.setArticle(m_article);
        QVERIFY(!w.restoreFromSettings());
        const QSize available = w.screen()->availableGeometry().size();
        if (available.width() >= 1400 && available.height() >= 900)
            QCOMPARE(w.size(), MainWindow::kDefaultSize);
        QVERIFY(w.width() <= available.width() && w.height() <= available.height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(view(w)->verticalScrollBar()->value(), 0);
    }

    void openingABrokenBundle_explainsAndKeepsTheArticle()
    {
        QTemporaryDir dir;
        const QString path = writeBrokenBundle(dir);
        QVERIFY(!path.isEmpty());

        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        view(w)->goTo({QStringLiteral("s1-p3"), 0.0});
        bool opened = true;
        QList<ModalCloser::Seen> seen;
        {
            const ModalCloser closer;
            opened = w.openBundle(path);
            seen = closer.seen();
        }
        QVERIFY(!opened);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().objectName, QStringLiteral("bundleProblemDialog"));
        QCOMPARE(seen.first().title, QStringLiteral("Cannot Open Bundle"));
        QVERIFY2(seen.first().text.contains(path), qPrintable(seen.first().text));
        QVERIFY2(seen.first().text.contains(u"invalid JSON"), qPrintable(seen.first().text));
        QVERIFY(view(w)->toPlainText().contains(m_article.sections.at(1).blocks.at(0).text.en));
        QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s1-p3"));
    }

    // File > Open (Ctrl+O), a good bundle chosen in the file dialog: its
    // article replaces the one shown.
    void fileOpen_aGoodBundle_showsItsArticle()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString title = QStringLiteral("A Bundle of Our Own");
        const QString path = copyEmbeddedBundle(dir, QStringLiteral("我们自己的文章包"), title);
        QVERIFY(!path.isEmpty());

        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        QVERIFY(w.windowTitle().startsWith(m_article.meta.title.en));
        ArticleView *v = view(w);
        v->goTo({QStringLiteral("s2-p3"), 0.0});
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s2-p3"));
        QList<ModalCloser::Seen> seen;
        {
            // Qt's own file dialog, which a test can fill in, rather than
            // whatever the platform theme would bring up.
            QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
            const auto restore = qScopeGuard(
                [] { QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, false); });
            // The file dialog: the bundle's path in its file name box, then Enter.
            const ModalCloser closer([&path](QWidget *modal) {
                auto *dialog = qobject_cast<QFileDialog *>(modal);
                auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
                                    : nullptr;
                if (!name)
                    return false;
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
                return true;
            });
            QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
            seen = closer.seen();
        }
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().className, QStringLiteral("QFileDialog"));
        QTRY_COMPARE(w.windowTitle(), title + QStringLiteral(" — Hope Reader"));
        QVERIFY(v->toPlainText().startsWith(title));
        QVERIFY(!v->toPlainText().contains(m_article.meta.title.en));
        // A new article opens at its start, and its clip at 0:00.
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("_title"));
        QCOMPARE(w.clipPanel()->position(), 0);
    }

    // A bundle dropped on the window opens as File > Open opens it; a file
    // that is not one is refused with the loader's words, the article kept.
    void droppingABundle_opensIt_andAnythingElseIsExplained()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString title = QStringLiteral("A Dropped Bundle");
        const QString path = copyEmbeddedBundle(dir, QStringLiteral("拖来的文章包"), title);
        QVERIFY(!path.isEmpty());
        const QString broken = writeBrokenBundle(dir);
        QVERIFY(!broken.isEmpty());

        Reader reader(Language::English);
        MainWindow &w = reader.window;
        QVERIFY(showWindow(w));
        const auto drop = [&w](const QString &file) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(file)});
            const QPoint at = w.rect().center();
            QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&w, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&w, &dropped);
            return dropped.isAccepted();
        };
        QList<ModalCloser::Seen> seen;
        {
            const ModalCloser closer;
            QVERIFY(drop(broken));
            seen = closer.seen();
        }
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().objectName, QStringLiteral("bundleProblemDialog"));
        QVERIFY2(seen.first().text.contains(broken), qPrintable(seen.first().text));
        QVERIFY(w.windowTitle().startsWith(m_article.meta.title.en));

        QVERIFY(drop(path));
        QTRY_COMPARE(w.windowTitle(), title + QStringLiteral(" — Hope Reader"));
        QVERIFY(view(w)->toPlainText().startsWith(title));
        // And it is the first of File > Open Recent; the broken one is not.
        auto *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        recent->popup(w.geometry().center());
        QVERIFY(QTest::qWaitForWindowExposed(recent));
        QCOMPARE(recent->actions().first()->toolTip(), QDir::toNativeSeparators(path));
        QVERIFY(!recent->actions().at(1)->toolTip().contains(broken));
        recent->close();
        // The desktop's recently used list names it, with the reader.
        QFile xbel(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                   QStringLiteral("/recently-used.xbel"));
        QVERIFY(xbel.open(QIODevice::ReadOnly));
        const QByteArray listed = xbel.readAll();
        QVERIFY(listed.contains(QUrl::fromLocalFile(path).toEncoded()));
        QVERIFY(listed.contains("name=\"Hope Reader\""));
    }

    // --play: the reader starts with the clip playing, from its start.
    void launcher_play_startsTheClip()
    {
        qint64 firstSeen = -1;
        qint64 lastSeen = -1;
        bool wasPlaying = false;
        bool timedOut = false;
        const int rc = runLauncher(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--play")},
            [&](MainWindow *w) {
                ClipPanel *panel = w->clipPanel();
                if (!panel->hasPlayer() || !panel->player()->isPlaying())
                    return false;
                wasPlaying = true;
                lastSeen = panel->position();
                if (firstSeen < 0)
                    firstSeen = lastSeen;
                return lastSeen > firstSeen + 1000;
            },
            &timedOut);
        QVERIFY(!timedOut);
        QCOMPARE(rc, 0);
        QVERIFY(wasPlaying);
        QVERIFY2(firstSeen < 3000, qPrintable(QString::number(firstSeen)));
        QVERIFY(lastSeen > firstSeen + 1000);
    }

    // --seek mm:ss in the window: the clip waits at that time, multimedia
    // not started; Play starts it there.
    void launcher_seek_startsTheClipThere()
    {
        int phase = 0;
        qint64 waitingAt = -1;
        QString timeShown;
        int sliderAt = -1;
        bool startedMultimedia = true;
        qint64 playedFrom = -1;
        bool timedOut = false;
        const int rc = runLauncher(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--seek"),
             QStringLiteral("00:30")},
            [&](MainWindow *w) {
                ClipPanel *panel = w->clipPanel();
                auto *play =
                    panel->controls()->findChild<QToolButton *>(QStringLiteral("playButton"));
                if (phase == 0) {
                    waitingAt = panel->position();
                    timeShown =
                        panel->controls()->findChild<QLabel *>(QStringLiteral("timeLabel"))->text();
                    sliderAt = panel->controls()->seekSlider()->value();
                    startedMultimedia = panel->hasPlayer();
                    phase = 1;
                    QTest::mouseClick(play, Qt::LeftButton);
                    return false;
                }
                if (!panel->hasPlayer() || !panel->player()->isPlaying())
                    return false;
                if (playedFrom < 0)
                    playedFrom = panel->position();
                return panel->position() > playedFrom + 500;
            },
            &timedOut);
        QVERIFY(!timedOut);
        QCOMPARE(rc, 0);
        QCOMPARE(waitingAt, 30000);
        QCOMPARE(sliderAt, 30000);
        QCOMPARE(timeShown, QStringLiteral("0:30 / 0:48"));
        QVERIFY(!startedMultimedia);
        QVERIFY2(playedFrom >= 29500 && playedFrom < 33000,
                 qPrintable(QString::number(playedFrom)));
    }

    // A bundle that cannot be loaded, named at start-up: the reader shows its
    // own article, says why in a dialog naming the file, and exits 2 when
    // its window is closed.
    void launcher_badBundle_showsItsOwnArticle_saysWhy_andExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = writeBrokenBundle(dir);
        QVERIFY(!path.isEmpty());

        const ModalCloser closer;
        QString windowTitle;
        QString articleText;
        bool timedOut = false;
        QElapsedTimer elapsed;
        elapsed.start();
        const int rc = runLauncher(
            {QStringLiteral("--lang"), QStringLiteral("en"), path},
            [&](MainWindow *w) {
                // Once the dialog has come and gone (or long after it should have).
                if (closer.seen().isEmpty() && elapsed.elapsed() < 5000)
                    return false;
                windowTitle = w->windowTitle();
                articleText = w->findChild<ArticleView *>()->toPlainText();
                return true;
            },
            &timedOut);
        QVERIFY(!timedOut);
        QCOMPARE(closer.seen().size(), 1);
        const ModalCloser::Seen &dialog = closer.seen().first();
        QCOMPARE(dialog.objectName, QStringLiteral("bundleProblemDialog"));
        QCOMPARE(dialog.title, QStringLiteral("Cannot Open Bundle"));
        QVERIFY2(dialog.text.contains(path), qPrintable(dialog.text));
        QVERIFY2(dialog.text.contains(u"invalid JSON"), qPrintable(dialog.text));
        QCOMPARE(windowTitle, m_article.meta.title.en + QStringLiteral(" — Hope Reader"));
        QVERIFY(articleText.contains(m_article.sections.at(1).blocks.at(0).text.en));
        QCOMPARE(rc, 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
