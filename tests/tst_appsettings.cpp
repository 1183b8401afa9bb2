#include "TestArticle.h"
#include "app/AppSettings.h"
#include "app/LanguageController.h"
#include "app/MainWindow.h"
#include "ui/ArticleView.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace hope::core;
using namespace hope::ui;
using namespace hope::app;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    static bool writeFile(const QString &path, const QByteArray &contents)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool isFifo(const QString &path)
    {
        struct stat st;
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPath_isInTheTestConfigFolder()
    {
        QVERIFY(AppSettings::defaultFilePath().contains(u"qttest"));
    }

    // With the names main() gives the application, the file is
    // <config>/HopeReader/hope-reader/hope-reader.ini: in test mode <config>
    // is ~/.qttest/config, for the reader ~/.config (see README). Settings
    // made with no file named are written there.
    void defaultPath_isConfigOrganisationApplicationIni()
    {
        const QString organisation = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const auto restore = qScopeGuard([&] {
            QCoreApplication::setOrganizationName(organisation);
            QCoreApplication::setApplicationName(application);
        });
        QCoreApplication::setOrganizationName(QStringLiteral("HopeReader"));
        QCoreApplication::setApplicationName(QStringLiteral("hope-reader"));
        const QString expected =
            QDir::homePath() +
            QStringLiteral("/.qttest/config/HopeReader/hope-reader/hope-reader.ini");
        QCOMPARE(AppSettings::defaultFilePath(), expected);
        QFile::remove(expected);
        const auto cleanUp = qScopeGuard([&] { QFile::remove(expected); });
        {
            AppSettings settings;
            QCOMPARE(settings.filePath(), expected);
            settings.setLanguage(Language::English);
            settings.sync();
        }
        QVERIFY(QFile::exists(expected));
        QVERIFY2(readFile(expected).contains("language=en"), readFile(expected).constData());
    }

    void values_roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            s.setWindowGeometry(QByteArray("geometry\x01\x02", 10));
            s.setSplitterState(QStringLiteral("main"), QByteArray("split"));
            s.setLanguage(Language::English);
            s.setReadingPosition({QStringLiteral("s2-p3"), 0.25});
            s.setClipPreferences({0.25f, true, false, 31000, CaptionSize::Large, true, true});
            s.setPanelVisibility({false, true, false, true});
            s.setTextZoom(175);
            s.setTheme(ReaderTheme::Sepia);
            s.sync();
        }
        AppSettings s(path);
        QCOMPARE(s.windowGeometry(), QByteArray("geometry\x01\x02", 10));
        QCOMPARE(s.splitterState(QStringLiteral("main")), QByteArray("split"));
        QCOMPARE(s.language(), std::optional(Language::English));
        QCOMPARE(s.readingPosition()->blockId, QStringLiteral("s2-p3"));
        QCOMPARE(s.readingPosition()->fraction, 0.25);
        const ClipPreferences clip = s.clipPreferences();
        QCOMPARE(clip.volume, 0.25f);
        QVERIFY(clip.muted);
        QVERIFY(!clip.captions);
        QCOMPARE(clip.positionMs, 31000);
        QCOMPARE(clip.captionSize, CaptionSize::Large);
        QVERIFY(clip.bothLanguages);
        QVERIFY(clip.pauseAfterLine);
        QVERIFY((s.panelVisibility() == PanelVisibility{false, true, false, true}));
        QCOMPARE(s.textZoom(), 175);
        QCOMPARE(s.theme(), ReaderTheme::Sepia);
    }

    void textZoom_isHeldWithinItsRange_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("in range") << QByteArray("150") << 150;
        QTest::newRow("too large") << QByteArray("900") << 250;
        QTest::newRow("too small") << QByteArray("10") << 70;
        QTest::newRow("negative") << QByteArray("-3") << 100;
        QTest::newRow("a word") << QByteArray("huge") << 100;
        QTest::newRow("a list") << QByteArray("1, 2") << 100;
        QTest::newRow("empty") << QByteArray() << 100;
    }

    void textZoom_isHeldWithinItsRange()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zoom.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[view]\ntext-zoom=" + value + "\ntheme=" + value + "\n");
        f.close();
        AppSettings s(path);
        QCOMPARE(s.textZoom(), expected);
        QCOMPARE(s.theme(), ReaderTheme::System);
    }

    void missingFile_givesDefaults()
    {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(QStringLiteral("none/at/all.ini")));
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(!s.language());
        QVERIFY(!s.readingPosition());
    }

    void garbage_givesDefaults_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator gen(1234);
        for (char &c : random) c = char(gen.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("wrong types") << QByteArray(
            "[window]\ngeometry=12\nsplitter-main=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10)\n"
            "[reader]\nlanguage=@ByteArray(zh)\nposition=@Rect(1 2 3 4)\n");
        QTest::newRow("wrong values") << QByteArray(
            "[reader]\nlanguage=klingon\nposition=s2-p3@7\nlayout=sideways\nscript=hant-\x1b[2J\n"
            "[clip]\nvolume=7\nmuted=maybe\ncaptions=2\nposition=-40\ncaption-size=huge\n"
            "both-languages=@Rect(1 2 3 4)\npause-after-line=\x1b[31m\n"
            "[view]\nsidebar=no\ntimeline=0\nclip=@ByteArray(false)\nreading-mode=yes\n"
            "text-zoom=@Rect(1 2 3 4)\ntheme=@ByteArray(dark)\n");
        QTest::newRow("half a file") << QByteArray("[reader]\nlanguage=z");
        // Saved states are a few hundred bytes: 70000 is not one of ours.
        const QByteArray huge(70000, 'x');
        QTest::newRow("huge states") << QByteArray("[window]\ngeometry=@ByteArray(" + huge +
                                                   ")\nsplitter-main=@ByteArray(" + huge + ")\n");
    }

    void garbage_givesDefaults()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();
        AppSettings s(path);
        QVERIFY(!s.language());
        QVERIFY(!s.readingLayout());
        QVERIFY(!s.script());
        QVERIFY(!s.readingPosition());
        // Neither a value of the wrong type ("geometry=12" reads as a string)
        // nor a state far larger than ours is handed to restoreState().
        QCOMPARE(s.windowGeometry(), QByteArray());
        QCOMPARE(s.splitterState(QStringLiteral("main")), QByteArray());
        const ClipPreferences clip = s.clipPreferences();
        QCOMPARE(clip.volume, 1.0f);
        QVERIFY(!clip.muted);
        QVERIFY(clip.captions);
        QCOMPARE(clip.positionMs, 0);
        QCOMPARE(clip.captionSize, CaptionSize::Medium);
        QVERIFY(!clip.bothLanguages);
        QVERIFY(!clip.pauseAfterLine);
        QVERIFY(s.panelVisibility() == PanelVisibility{});
        QCOMPARE(s.textZoom(), 100);
        QCOMPARE(s.theme(), ReaderTheme::System);
    }
    void readingLayout_isKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            s.setReadingLayout(ReadingLayout::Interleaved);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("layout=interleaved"));
        AppSettings s(path);
        QCOMPARE(s.readingLayout(), std::optional(ReadingLayout::Interleaved));
    }

    void zhuyin_isKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            QVERIFY(!s.zhuyin());
            s.setZhuyin(true);
        }
        AppSettings s(path);
        QVERIFY(s.zhuyin());
    }

    void spokenTones_areKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            QVERIFY(!s.spokenTones());
            s.setSpokenTones(true);
        }
        AppSettings s(path);
        QVERIFY(s.spokenTones());
    }

    void toneColours_areKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            QVERIFY(!s.toneColours());
            s.setToneColours(true);
        }
        AppSettings s(path);
        QVERIFY(s.toneColours());
    }

    void script_isKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(path);
            QVERIFY(!s.script());
            s.setScript(ChineseScript::TraditionalHongKong);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("script=hant-hk"));
        AppSettings s(path);
        QCOMPARE(s.script(), std::optional(ChineseScript::TraditionalHongKong));
    }

    // The other side of the size limit: a large state of ours is kept.
    void aStateOfSaneSize_isKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        const QByteArray big(60000, 'y');
        QVERIFY(writeFile(path, "[window]\nsplitter-main=@ByteArray(" + big + ")\n"));
        AppSettings s(path);
        QCOMPARE(s.splitterState(QStringLiteral("main")), big);
    }

    void aFifo_isNeitherReadNorWritten_data()
    {
        QTest::addColumn<bool>("throughALink");
        QTest::newRow("fifo") << false;
        QTest::newRow("link to a fifo") << true;
    }

    void aFifo_isNeitherReadNorWritten()
    {
        QFETCH(bool, throughALink);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString path = throughALink ? dir.filePath(QStringLiteral("s.ini")) : fifo;
        if (throughALink)
            QVERIFY(QFile::link(fifo, path));

        // Reading a FIFO with no writer blocks for ever. Should it block,
        // a writer comes after a while, opens and closes, and the reader
        // sees an empty file, so the test fails rather than hangs.
        std::mutex mutex;
        std::condition_variable doneChanged;
        bool done = false;
        std::atomic<bool> blocked = false;
        std::thread watchdog([&] {
            std::unique_lock lock(mutex);
            if (doneChanged.wait_for(lock, std::chrono::seconds(5), [&] { return done; }))
                return;
            blocked = true;
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(path) +
                                                QStringLiteral(".*not a regular file")));
        std::optional<AppSettings> settings(std::in_place, path);
        {
            std::lock_guard lock(mutex);
            done = true;
        }
        doneChanged.notify_all();
        watchdog.join();
        QVERIFY2(!blocked, "reading the settings blocked on the FIFO");

        QVERIFY(settings->problem().contains(path));
        QVERIFY(!settings->language());
        QVERIFY(!settings->readingPosition());
        QVERIFY(settings->windowGeometry().isEmpty());
        QCOMPARE(settings->clipPreferences().volume, 1.0f);

        // Nor is it replaced by a regular file when the settings are saved.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not saved")));
        settings->setLanguage(Language::English);
        settings->sync();
        settings.reset();
        QVERIFY(isFifo(fifo));
        QCOMPARE(QFileInfo(path).isSymLink(), throughALink);
    }

    // QSettings would decode this with QDataStream, a list in a list thirty
    // thousand deep, and overflow the stack before a key is looked at.
    void aNestedVariantBomb_isNotDecoded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QByteArray nested;
        // QVariant in a QDataStream: type id 9 (a list), not null, one item.
        for (int i = 0; i < 30000; ++i) nested += "\\0\\0\\0\\t\\0\\0\\0\\0\\x1";
        QVERIFY(writeFile(path, "[reader]\nlanguage=en\n[window]\ngeometry=@Variant(" + nested +
                                    ")\nsplitter-main=@Rect(0 0 2147483647 2147483647)\n"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("values not read")));
        AppSettings s(path);
        QCOMPARE(s.language(), std::optional(Language::English));
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(s.splitterState(QStringLiteral("main")).isEmpty());
        QVERIFY(s.problem().contains(QStringLiteral("window/geometry")));
        // Saved again without them.
        s.setLanguage(Language::Chinese);
        s.sync();
        QVERIFY(!readFile(path).contains("@Variant"));
        QVERIFY(!readFile(path).contains("@Rect"));
    }

    // A link planted in the reader's place must not make it write over the
    // file it names.
    void aSymlinkedFile_isNotWrittenThrough()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QVERIFY(writeFile(victim, "[reader]\nlanguage=en\n; the user's own file\n"));
        QVERIFY(QFile::link(victim, path));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("not saved.*symbolic link")));
        {
            AppSettings s(path);
            s.setLanguage(Language::Chinese);
            s.sync();
            QVERIFY(s.problem().contains(QStringLiteral("symbolic link")));
        }
        QCOMPARE(readFile(victim), QByteArray("[reader]\nlanguage=en\n; the user's own file\n"));
        QVERIFY(QFileInfo(path).isSymLink());
    }

    void aHugeFile_isNotRead_andIsReplacedWhenSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        // A real setting first, then 2 MiB of comment: the size alone decides.
        QVERIFY(writeFile(path, "[reader]\nlanguage=en\n" + QByteArray(2 * 1024 * 1024, ';')));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not read")));
        {
            AppSettings s(path);
            QVERIFY(!s.language());
            QVERIFY(!s.problem().isEmpty());
            s.setLanguage(Language::Chinese);
            s.sync();
        }
        QVERIFY(QFileInfo(path).size() < 1024);
        QCOMPARE(AppSettings(path).language(), std::optional(Language::Chinese));
    }

    // File > Open Recent: ten paths at most, newest first, as recent/1..10;
    // a key out of that range is junk and is not written back.
    void recentBundles_roundTrip_andJunkIsDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QVERIFY(writeFile(path,
                          "[recent]\n1=/a/one.json\n2=/b/two.json\n0=/zero.json\n"
                          "11=/eleven.json\n01=/padded.json\nx=/x.json\n"));
        {
            AppSettings s(path);
            QCOMPARE(s.recentBundles(),
                     (QStringList{QStringLiteral("/a/one.json"), QStringLiteral("/b/two.json")}));
            s.setRecentBundles({QStringLiteral("/c/three.json")});
            s.sync();
        }
        const QByteArray saved = readFile(path);
        QVERIFY2(!saved.contains("zero") && !saved.contains("eleven") &&
                     !saved.contains("padded") && !saved.contains("/x.json") &&
                     !saved.contains("two.json"),
                 saved.constData());
        AppSettings s(path);
        QCOMPARE(s.recentBundles(), QStringList{QStringLiteral("/c/three.json")});
    }

    void junkKeys_areNotWrittenBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QByteArray contents = "[clip]\nvolume=0.5\n[reader]\nposition=s2-p3@0.25\n[junk]\n";
        for (int i = 0; i < 9000; ++i)
            contents +=
                "key" + QByteArray::number(i) + "=junk value " + QByteArray::number(i) + '\n';
        contents += "[window]\nsplitter-main=@ByteArray(main)\n";
        for (int i = 0; i < 1000; ++i)
            contents += "splitter-j" + QByteArray::number(i) + "=@ByteArray(junk)\n";
        QVERIFY(writeFile(path, contents));
        const qint64 before = QFileInfo(path).size();
        QVERIFY(before > 100 * 1000);

        // Reading alone (--version, a listing) leaves the file as it is.
        {
            AppSettings s(path);
        }
        QCOMPARE(QFileInfo(path).size(), before);

        {
            AppSettings s(path);
            s.setLanguage(Language::English);
            s.sync();
        }
        // Written whole beside it, then renamed: nothing else is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("s.ini")});
        const QByteArray saved = readFile(path);
        QVERIFY2(saved.size() < 2000, saved.left(2000).constData());
        QVERIFY(!saved.contains("junk"));
        QVERIFY(!saved.contains("key1"));
        // What the reader knows survives.
        AppSettings s(path);
        QCOMPARE(s.language(), std::optional(Language::English));
        QCOMPARE(s.clipPreferences().volume, 0.5f);
        QCOMPARE(s.readingPosition()->blockId, QStringLiteral("s2-p3"));
        QCOMPARE(s.splitterState(QStringLiteral("main")), QByteArray("main"));
    }

    // What Launcher::run does before the window is shown.
    void anUnknownSavedPosition_opensTheArticleAtItsStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QVERIFY(writeFile(path, "[reader]\nposition=no-such-block@0.5\n"));
        const Article article = embeddedArticle();
        AppSettings settings(path);
        LanguageController languages;
        languages.apply(Language::English);
        MainWindow w(&languages, &settings);
        w.setArticle(article);
        w.restoreFromSettings();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = w.findChild<ArticleView *>();
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 1000);
        // Look once the layout has reached the end of the article (its last
        // block has lines), so the scroll range is the whole article's.
        QTRY_VERIFY(view->document()->lastBlock().layout()->lineCount() > 0);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QCOMPARE(view->readingPosition().blockId, QStringLiteral("_title"));
    }

    void readAloud_roundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("aloud.ini"));
        {
            AppSettings s(path);
            QCOMPARE(s.readAloudSpeed(), 1.0);
            QCOMPARE(s.readAloudVoice(Language::English), QString());
            QVERIFY(!s.pinyinShown());
            s.setReadAloudSpeed(1.75);
            s.setReadAloudVoice(Language::English, QStringLiteral("en-gb-x-rp"));
            s.setPinyinShown(true);
            s.sync();
        }
        AppSettings s(path);
        QCOMPARE(s.readAloudSpeed(), 1.75);
        QCOMPARE(s.readAloudVoice(Language::English), QStringLiteral("en-gb-x-rp"));
        QCOMPARE(s.readAloudVoice(Language::Chinese), QString());
        QVERIFY(s.pinyinShown());
    }

    void readAloud_garbage_givesDefaults_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("out of range") << QByteArray(
            "[read-aloud]\nspeed=9\nvoice-en=../../etc/passwd\nvoice-zh=\n[view]\npinyin=2\n");
        QTest::newRow("wrong types") << QByteArray(
            "[read-aloud]\nspeed=fast\nvoice-en=@ByteArray(\\0\\x1)\n"
            "voice-zh=@Rect(1 2 3 4)\n[view]\npinyin=@Rect(1 2 3 4)\n");
        QTest::newRow("not a number") << QByteArray("[read-aloud]\nspeed=nan\n");
    }

    void readAloud_garbage_givesDefaults()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.ini"));
        QVERIFY(writeFile(path, contents));
        AppSettings s(path);
        QCOMPARE(s.readAloudSpeed(), 1.0);
        QCOMPARE(s.readAloudVoice(Language::English), QString());
        QCOMPARE(s.readAloudVoice(Language::Chinese), QString());
        QVERIFY(!s.pinyinShown());
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
