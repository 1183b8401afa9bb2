#include "AppSettings.h"
#include "ArticleView.h"
#include "ClipPanel.h"
#include "ClipPlayer.h"
#include "FindBar.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "MilestoneCard.h"
#include "ModelRoles.h"
#include "SectionLocator.h"
#include "SectionSidebar.h"
#include "TestArticle.h"
#include "TimelineWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

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

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    static ArticleView *view(MainWindow &w) { return w.findChild<ArticleView *>(); }
    static SectionSidebar *sidebar(MainWindow &w) { return w.findChild<SectionSidebar *>(); }

    // QTest::keyClicks takes ASCII only; Chinese arrives as key events
    // that carry their text, as an input method delivers it.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    static int headingScroll(ArticleView *v, int section)
    {
        return std::min(v->verticalScrollBar()->maximum(),
                        SectionLocator::scrollValueFor(v->sectionTop(section)));
    }

    void showWindow(MainWindow &w)
    {
        w.setArticle(m_article);
        w.resize(MainWindow::kDefaultSize);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(view(w)->verticalScrollBar()->maximum() > 1000);
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
        showWindow(w);
        QVERIFY(!w.clipPanel()->hasPlayer());
        QVERIFY(w.findChildren<QMediaPlayer *>().isEmpty());
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(!mapped.contains("libgstreamer-1.0"));
        QVERIFY(!mapped.contains("libgstreamermediaplugin"));
    }

    void playThisScene_playsItsChapter_andTheArticleFollows()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        showWindow(w);
        ArticleView *v = view(w);
        v->goTo({QStringLiteral("s2-p4"), 0.0});
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s2-p4"));
        const QTextCursor link = v->document()->find(
            QStringLiteral("▶ Play this scene"),
            v->document()->find(QStringLiteral("Everyone who holds hope will surely be lit up")));
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
        QTRY_COMPARE(v->playingBlockIds(),
                     (QStringList{QStringLiteral("s2-p5"), QStringLiteral("fig-4")}));
        panel->pause();
    }

    void clickingEachSidebarEntry_bringsItsHeadingToTheTop()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        showWindow(w);
        SectionSidebar *list = sidebar(w);
        ArticleView *v = view(w);
        for (int row : {3, 1, 4, 0, 2}) {
            const QRect rect = list->visualRect(list->model()->index(row, 0));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_COMPARE(v->verticalScrollBar()->value(), headingScroll(v, row));
            QCOMPARE(v->currentSection(), row);
            QCOMPARE(list->currentIndex().row(), row);
        }
    }

    void scrollingTheArticle_movesTheSidebarEntry()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        showWindow(w);
        ArticleView *v = view(w);
        SectionSidebar *list = sidebar(w);
        QScrollBar *bar = v->verticalScrollBar();
        for (int i = 1; i < v->sectionCount(); ++i) {
            const int top = headingScroll(v, i);
            if (top >= bar->maximum())
                continue;
            bar->setValue(top - 1);
            QCOMPARE(list->currentIndex().row(), i - 1);
            bar->setValue(top);
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
        showWindow(w);
        ArticleView *v = view(w);
        v->setFocus();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        QVERIFY(edit && edit->isVisible());
        QTRY_VERIFY(edit->hasFocus());
        typeText(edit, QStringLiteral("英特尔"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 3);
        QCOMPARE(v->textCursor().selectedText(), QStringLiteral("英特尔"));
        // F3 wraps round to the one match there is.
        QTest::keyClick(&w, Qt::Key_F3);
        QCOMPARE(v->textCursor().selectedText(), QStringLiteral("英特尔"));
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!edit->isVisible());
        // From the end of the article, a match near the top scrolls back up.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        typeText(edit, QStringLiteral("王霜"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 1);
        typeText(edit, QStringLiteral("不存在的词"));
        QVERIFY(w.findChild<FindBar *>()->findChildren<QLabel *>().constLast()->text().size() > 0);
    }

    void backAndForward_retraceSectionJumps()
    {
        Reader reader(Language::English);
        MainWindow &w = reader.window;
        showWindow(w);
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
        showWindow(w);
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
        showWindow(w);
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

        // Enter on the timeline goes to part 3 for the data centre, and the
        // sidebar follows.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Home);
        for (int i = 0; i < 4; ++i) QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->selectedId(), QStringLiteral("m-cloud-datacentre"));
        QTest::keyClick(timeline, Qt::Key_Return);
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("s3-p4"));
        QTRY_COMPARE(sidebar(w)->currentIndex().row(), 3);
        // And Back returns to where the reader was.
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(v->readingPosition().blockId, QStringLiteral("lead-1"));
    }

    void scrollingTheArticle_marksTheMilestonesInView()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        showWindow(w);
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

    void clickingADateInTheText_selectsItsMilestone()
    {
        Reader reader(Language::Chinese);
        MainWindow &w = reader.window;
        showWindow(w);
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
            showWindow(w);
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
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"hope-reader-bundle\", ");
        f.close();

        Reader reader(Language::English);
        MainWindow &w = reader.window;
        showWindow(w);
        view(w)->goTo({QStringLiteral("s1-p3"), 0.0});
        QString shownText;
        QTimer::singleShot(0, this, [&shownText] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shownText = box->text() + u'\n' + box->informativeText();
            box->accept();
        });
        QVERIFY(!w.openBundle(path));
        QVERIFY2(shownText.contains(path), qPrintable(shownText));
        QVERIFY2(shownText.contains(u"invalid JSON"), qPrintable(shownText));
        QVERIFY(view(w)->toPlainText().contains(m_article.sections.at(1).blocks.at(0).text.en));
        QTRY_COMPARE(view(w)->readingPosition().blockId, QStringLiteral("s1-p3"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
