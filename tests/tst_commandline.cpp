#include "SpecialFiles.h"
#include "app/CommandLine.h"
#include "core/BundleLoader.h"
#include "core/NotesFile.h"
#include "core/VocabularyFile.h"
#include "speech/WavWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdlib>

#include <signal.h>
#include <sys/stat.h>

using namespace hope::core;
using namespace hope::app;
using namespace hope::speech;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The system's, with the reader's settings in a folder of this test's own.
    QProcessEnvironment environment(const QString &home = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.isEmpty() ? m_home.path() : home);
        env.insert(QStringLiteral("HOME"), home.isEmpty() ? m_home.path() : home);
        // The pinyin index it keeps, too.
        env.insert(QStringLiteral("XDG_CACHE_HOME"),
                   (home.isEmpty() ? m_home.path() : home) + QStringLiteral("/.cache"));
        return env;
    }

    Run run(const QStringList &arguments, const QString &home = {}, int timeoutMs = 60000)
    {
        QProcessEnvironment env = environment(home);
        return runIn(env, arguments, timeoutMs);
    }

    static Run runIn(QProcessEnvironment env, const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess p;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HOPE_READER_EXE), arguments);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(contents);
        return path;
    }

    static QJsonObject embeddedBundle()
    {
        QFile embedded(QStringLiteral(HOPE_SOURCE_DIR "/resources/article/hope-lights-us-up.json"));
        if (!embedded.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(embedded.readAll()).object();
    }

    // A bundle in a folder of its own, with the captions its clip needs.
    QString writeBundle(const QString &folder, const QJsonObject &root)
    {
        const QString dir = m_home.filePath(folder);
        QDir().mkpath(dir + QStringLiteral("/clip"));
        for (const char *lang : {"zh", "en"}) {
            const QString name = QStringLiteral("/clip/captions.%1.vtt").arg(QLatin1String(lang));
            QFile::copy(QStringLiteral(HOPE_SOURCE_DIR "/resources/article") + name, dir + name);
        }
        QFile f(dir + QStringLiteral("/bundle.json"));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(root).toJson());
        return f.fileName();
    }

    // Sets root[key][index][field].en (or root[key][index][field] if
    // field is not localised).
    static void setIn(QJsonObject &root, const QString &key, int index, const QString &field,
                      const QString &value, bool localised = true)
    {
        QJsonArray array = root.value(key).toArray();
        QJsonObject item = array.at(index).toObject();
        if (localised) {
            QJsonObject text = item.value(field).toObject();
            text.insert(QStringLiteral("en"), value);
            item.insert(field, text);
        } else {
            item.insert(field, value);
        }
        array.replace(index, item);
        root.insert(key, array);
    }

    // The default window, as --screenshot renders it (1280x800): the
    // sidebar is the left 179 px, the article the column right of it.
    static constexpr int kSidebarRight = 170;
    static inline const QRect kArticleArea{240, 30, 650, 530};
    // The sidebar marks the entry being read in its accent colour; the
    // article's section numbers and the reader's links are in it too.
    static inline const QColor kAccent{0xa6, 0x3f, 0x27};
    static inline const QColor kSidebarPaper{0xf4, 0xf0, 0xe8};
    // A paragraph a jump landed on glows in this colour for a moment.
    static inline const QColor kFlash{0xf6, 0xe2, 0xb3};

    static bool isNear(QRgb pixel, const QColor &colour, int tolerance = 8)
    {
        return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
               std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
               std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
    }

    static int countNear(const QImage &image, const QRect &area, const QColor &colour,
                         int tolerance = 8)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                n += isNear(image.pixel(x, y), colour, tolerance);
        return n;
    }

    static int countDiffering(const QImage &a, const QImage &b, const QRect &area)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) n += a.pixel(x, y) != b.pixel(x, y);
        return n;
    }

    // The rows of the sidebar's highlighted entry: the tallest run of rows
    // at least a quarter in the accent colour (white text covers the rest) (a focus frame would be
    // a row or two).
    struct Band
    {
        int top = -1;
        int bottom = -1;
        [[nodiscard]] int height() const { return top < 0 ? 0 : bottom - top + 1; }
        [[nodiscard]] int centre() const { return (top + bottom) / 2; }
    };

    static Band highlightedEntry(const QImage &shot)
    {
        Band best;
        Band run;
        for (int y = 30; y < shot.height(); ++y) {
            if (countNear(shot, QRect(0, y, kSidebarRight, 1), kAccent) > kSidebarRight / 4) {
                if (run.top < 0)
                    run.top = y;
                run.bottom = y;
            } else {
                if (run.height() > best.height())
                    best = run;
                run = {};
            }
        }
        return run.height() > best.height() ? run : best;
    }

    // The first row of the section list (its paper), below the "Contents" title.
    // The top of the "Contents" title above the list: the first row under
    // the menu bar where the sidebar is not all paper.
    static int sidebarTitleTop(const QImage &shot)
    {
        for (int y = 30; y < shot.height(); ++y)
            if (countNear(shot, QRect(0, y, kSidebarRight, 1), kSidebarPaper, 24) < kSidebarRight)
                return y;
        return -1;
    }

    QImage screenshot(const QStringList &extra)
    {
        const QString png = m_home.filePath(QStringLiteral("view.png"));
        QFile::remove(png);
        const Run r = run(QStringList{QStringLiteral("--screenshot"), png} + extra);
        if (r.exitCode != 0)
            qWarning().noquote() << "exit" << r.exitCode << r.err;
        const QImage image(png);
        return r.exitCode == 0 && image.size() == QSize(1280, 800)
                   ? image.convertToFormat(QImage::Format_RGB32)
                   : QImage();
    }

    static bool hasRawControls(const QString &text)
    {
        for (const QChar c : text) {
            if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f ||
                (c.unicode() >= 0x80 && c.unicode() <= 0x9f) || c.unicode() == 0x2028 ||
                c.unicode() == 0x202e)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");  // -1: carries on
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("section");

        const QString exe = QStringLiteral("hope-reader");
        QTest::newRow("nothing") << QStringList{exe} << -1 << QString() << QString() << QString();
        QTest::newRow("bundle, lang, section") << QStringList{exe,
                                                              QStringLiteral("--lang"),
                                                              QStringLiteral("en"),
                                                              QStringLiteral("--section"),
                                                              QStringLiteral("part-2"),
                                                              QStringLiteral("/tmp/a.json")}
                                               << -1 << QStringLiteral("/tmp/a.json")
                                               << QStringLiteral("en") << QStringLiteral("part-2");
        QTest::newRow("bad lang") << QStringList{exe, QStringLiteral("--lang=fr")} << 2 << QString()
                                  << QString() << QString();
        QTest::newRow("unknown option") << QStringList{exe, QStringLiteral("--frobnicate")} << 2
                                        << QString() << QString() << QString();
        QTest::newRow("two bundles")
            << QStringList{exe, QStringLiteral("a.json"), QStringLiteral("b.json")} << 2
            << QString() << QString() << QString();
        QTest::newRow("help") << QStringList{exe, QStringLiteral("--help")} << 0 << QString()
                              << QString() << QString();
        QTest::newRow("size") << QStringList{exe, QStringLiteral("--size=2560X1600")} << -1
                              << QString() << QString() << QString();
        QTest::newRow("bad size") << QStringList{exe, QStringLiteral("--size"),
                                                 QStringLiteral("0x0")}
                                  << 2 << QString() << QString() << QString();
        QTest::newRow("layout") << QStringList{exe, QStringLiteral("--layout=parallel")} << -1
                                << QString() << QString() << QString();
        QTest::newRow("bad layout")
            << QStringList{exe, QStringLiteral("--layout"), QStringLiteral("sideways")} << 2
            << QString() << QString() << QString();
        QTest::newRow("layout without a value") << QStringList{exe, QStringLiteral("--layout")} << 2
                                                << QString() << QString() << QString();
    }

    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, bundle);
        QFETCH(QString, lang);
        QFETCH(QString, section);
        const CommandLine::Result r = CommandLine::parse(args);
        QCOMPARE(r.exitCode.value_or(-1), exitCode);
        if (exitCode == 2)
            QVERIFY(!r.err.isEmpty());
        if (exitCode != -1)
            return;
        QCOMPARE(r.options.bundlePath, bundle);
        QCOMPARE(r.options.language ? languageCode(*r.options.language) : QString(), lang);
        QCOMPARE(r.options.section, section);
    }

    void help_andVersion_print_andExitZero()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             {"--lang", "--section", "--list-sections", "--screenshot", "--pinyin"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(u"0.3.0"));
    }

    void listSections_printsOneLinePerSection_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("second");
        QTest::newRow("zh") << QStringLiteral("zh")
                            << QStringLiteral(
                                   "1\tpart-1\t01 翘首期盼,东京2020年奥运会的圣火带来希望之光");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral(
                                   "1\tpart-1\t01 Eagerly awaited: the Tokyo 2020 Olympic flame "
                                   "brings the light of hope");
    }

    void listSections_printsOneLinePerSection()
    {
        QFETCH(QString, lang);
        QFETCH(QString, second);
        const Run r = run({QStringLiteral("--list-sections"), QStringLiteral("--lang"), lang});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1), second);
        QVERIFY(lines.at(0).startsWith(u"0\tlead\t"));
        QVERIFY(lines.at(4).startsWith(u"4\tclosing\t"));
    }

    // Headings as Taiwan and Hong Kong write them (OpenCC's s2twp and s2hk
    // of the published headings, checked by hand against the opencc
    // command).
    void listSections_inTraditional_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("lead");
        QTest::newRow("hant-tw") << QStringLiteral("hant-tw")
                                 << QStringLiteral(
                                        "1\tpart-1\t01 翹首期盼,東京2020年奧運會的聖火帶來希望之光")
                                 << QStringLiteral("0\tlead\t導語");
        QTest::newRow("hant-hk") << QStringLiteral("hant-hk")
                                 << QStringLiteral(
                                        "1\tpart-1\t01 翹首期盼,東京2020年奧運會的聖火帶來希望之光")
                                 << QStringLiteral("0\tlead\t導語");
        QTest::newRow("hans") << QStringLiteral("hans")
                              << QStringLiteral(
                                     "1\tpart-1\t01 翘首期盼,东京2020年奥运会的圣火带来希望之光")
                              << QStringLiteral("0\tlead\t导语");
    }
    // --script asks for the Chinese in those characters: printed so on a
    // machine whose locale is English, where --lang zh was not given.
    void listSections_scriptWithoutLang_printsTheChinese()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        Run r = runIn(env, {QStringLiteral("--list-sections"), QStringLiteral("--script"),
                            QStringLiteral("hant-tw")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.section(u'\n', 0, 0), QStringLiteral("0\tlead\t導語"));
        r = runIn(env, {QStringLiteral("--list-sections")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.section(u'\n', 0, 0), QStringLiteral("0\tlead\tIntroduction"));
    }

    void listSections_inTraditional()
    {
        QFETCH(QString, script);
        QFETCH(QString, second);
        QFETCH(QString, lead);
        const Run r = run({QStringLiteral("--list-sections"), QStringLiteral("--lang"),
                           QStringLiteral("zh"), QStringLiteral("--script"), script});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), lead);
        QCOMPARE(lines.at(1), second);
    }

    void script_parsesEachCode_andRefusesOthers()
    {
        for (const QString &code :
             {QStringLiteral("hans"), QStringLiteral("hant-tw"), QStringLiteral("hant-hk")}) {
            const CommandLine::Result r = CommandLine::parse(
                {QStringLiteral("hope-reader"), QStringLiteral("--script"), code});
            QVERIFY(!r.exitCode);
            QCOMPARE(r.options.script, scriptFromCode(code));
        }
        const Run r = run({QStringLiteral("--script"), QStringLiteral("hant\x1b[2J"),
                           QStringLiteral("--list-sections")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("hans, hant-tw or hant-hk")));
        QVERIFY(!r.err.contains(u'\x1b'));
        QVERIFY(r.out.isEmpty());
    }

    void badBundle_exitsTwo_withTheReason_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("list-sections") << QStringLiteral("--list-sections");
        QTest::newRow("screenshot") << QStringLiteral("--screenshot");
        QTest::newRow("pinyin") << QStringLiteral("--pinyin");
    }

    void badBundle_exitsTwo_withTheReason()
    {
        QFETCH(QString, option);
        const QString bad = writeFile(QStringLiteral("bad.json"), "{\"format\": 1}");
        QStringList args{option};
        if (option == u"--screenshot")
            args << m_home.filePath(QStringLiteral("never.png"));
        const Run r = run(args << bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"format"), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("never.png"))));

        QStringList missingArgs{option};
        if (option == u"--screenshot")
            missingArgs << m_home.filePath(QStringLiteral("never.png"));
        const Run missing = run(missingArgs << m_home.filePath(QStringLiteral("absent.json")));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"does not exist"));
    }

    void unknownSection_listsTheKnownOnes_andExitsTwo()
    {
        const Run r = run({QStringLiteral("--list-sections"), QStringLiteral("--section"),
                           QStringLiteral("part-9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"part-9") && r.err.contains(u"part-3"), qPrintable(r.err));
    }

    void screenshot_writesAPngAtTheDefaultSize_data()
    {
        QTest::addColumn<QStringList>("extra");
        // What --section and --milestone show is checked further down.
        QTest::newRow("zh") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh")};
        QTest::newRow("en") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")};
    }

    void screenshot_writesAPngAtTheDefaultSize()
    {
        QFETCH(QStringList, extra);
        const QString png = m_home.filePath(QStringLiteral("shot.png"));
        QFile::remove(png);
        const Run r = run(QStringList{QStringLiteral("--screenshot"), png} + extra);
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank window: the article's paper and ink are both there.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 50);
    }

    void listMilestones_printsIdDateAndTitle()
    {
        const Run r = run(
            {QStringLiteral("--list-milestones"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 12);
        QCOMPARE(lines.first(),
                 QStringLiteral(
                     "m-ioc-partnership\t2017-01\tAlibaba signs with the International Olympic "
                     "Committee as a Worldwide Olympic Partner for twelve years"));
        QVERIFY(
            lines.contains(QStringLiteral("m-3d-tracking\t2019\tAlibaba Cloud and Intel launch "
                                          "AI-powered 3D athlete tracking technology")));
        const Run zh = run(
            {QStringLiteral("--list-milestones"), QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY(zh.out.contains(u"m-beijing-opening\t2022-02-04\t北京2022年冬奥会开幕"));
        // Live by the day the article was written, no day of its own.
        QVERIFY2(zh.out.contains(u"m-tokyo-interactive\tby 2021-06-23\t"), qPrintable(zh.out));
    }

    void unknownMilestone_listsTheKnownOnes_andExitsTwo()
    {
        const Run r = run({QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("m.png")),
                           QStringLiteral("--milestone"), QStringLiteral("m-moon-landing")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"m-moon-landing") && r.err.contains(u"m-cloud-datacentre"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("m.png"))));
    }

    // --section N: the sidebar marks entry N and the article shows its
    // heading. The marked entry for N lies just under the one for N - 1,
    // measured in pixels.
    void screenshot_atASection_showsThatSection()
    {
        const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};
        QList<QImage> shots;
        QList<Band> bands;
        for (const char *section : {"0", "1", "2", "3", "part-2"}) {
            shots << screenshot(
                en + QStringList{QStringLiteral("--section"), QString::fromLatin1(section)});
            QVERIFY2(!shots.last().isNull(), section);
            bands << highlightedEntry(shots.last());
            QVERIFY2(bands.last().height() >= 20,
                     qPrintable(QStringLiteral("--section %1: no entry marked (%2 rows)")
                                    .arg(QLatin1String(section))
                                    .arg(bands.last().height())));
        }
        // Entry 0 is the first in the list, right under the title: the
        // title's line and the list's padding, less than one entry's pitch.
        const int titleTop = sidebarTitleTop(shots.at(0));
        QVERIFY(titleTop > 0);
        QVERIFY2(bands.at(0).top - titleTop < 36,
                 qPrintable(QStringLiteral("%1 %2").arg(titleTop).arg(bands.at(0).top)));
        // Each entry below the one before, one after another: an entry is
        // as tall as its name's lines (they wrap in a narrow sidebar), so
        // the gap between two marked entries is under one entry's height.
        for (int k : {1, 2, 3}) {
            const int gap = bands.at(k).top - bands.at(k - 1).bottom;
            QVERIFY2(gap > 0 && gap < bands.at(k - 1).height(),
                     qPrintable(QStringLiteral("entry %1 at %2-%3, entry %4 at %5-%6")
                                    .arg(k)
                                    .arg(bands.at(k).top)
                                    .arg(bands.at(k).bottom)
                                    .arg(k - 1)
                                    .arg(bands.at(k - 1).top)
                                    .arg(bands.at(k - 1).bottom)));
        }
        // By id, the same section.
        QCOMPARE(bands.at(4).centre(), bands.at(2).centre());
        // The article shows something else than at its start...
        const int differing = countDiffering(shots.at(2), shots.at(0), kArticleArea);
        QVERIFY2(differing > kArticleArea.width() * kArticleArea.height() / 10,
                 qPrintable(QString::number(differing)));
        // ...with the section's big accent-coloured number ("02") at the top,
        // where at the start the title is in ink.
        const QRect top(kArticleArea.topLeft(), QSize(kArticleArea.width(), 90));
        QVERIFY2(countNear(shots.at(2), top, kAccent) > 150,
                 qPrintable(QString::number(countNear(shots.at(2), top, kAccent))));
        QVERIFY2(countNear(shots.at(0), top, kAccent) < 20,
                 qPrintable(QString::number(countNear(shots.at(0), top, kAccent))));
    }

    // --milestone: its paragraph (s3-p4, in part 3) in view and glowing,
    // the sidebar at part 3, and the card telling of it.
    void milestone_withScreenshot_showsItsParagraphAndCard()
    {
        const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};
        const QImage plain = screenshot(en);
        QVERIFY(!plain.isNull());
        const QImage shot = screenshot(
            en + QStringList{QStringLiteral("--milestone"), QStringLiteral("m-cloud-datacentre")});
        QVERIFY(!shot.isNull());
        const QImage part3 =
            screenshot(en + QStringList{QStringLiteral("--section"), QStringLiteral("3")});
        QVERIFY(!part3.isNull());

        const int glowing = countNear(shot, kArticleArea, kFlash, 2);
        QVERIFY2(glowing > 20000, qPrintable(QString::number(glowing)));
        QCOMPARE(countNear(plain, kArticleArea, kFlash, 2), 0);

        const Band marked = highlightedEntry(shot);
        QVERIFY(marked.height() >= 20);
        QCOMPARE(marked.centre(), highlightedEntry(part3).centre());
        QVERIFY(marked.centre() != highlightedEntry(plain).centre());

        // The card beside the timeline (bottom right) shows the milestone
        // instead of the hint it shows when none is selected.
        const QRect card(990, 580, 285, 215);
        const int changed = countDiffering(shot, plain, card);
        QVERIFY2(changed > 2000, qPrintable(QString::number(changed)));
    }

    void listChapters_printsStartAndTitle()
    {
        const Run r = run(
            {QStringLiteral("--list-chapters"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(2), QStringLiteral("00:12\tTaiko in an empty venue"));
        const Run zh = run(
            {QStringLiteral("--list-chapters"), QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY(zh.out.contains(u"00:41\t希望是光，希望有你"));
    }

    // Each Chinese text's id (title, bylines, editor's note, headings under
    // their section's id, paragraphs, figures) and its pinyin, in reading
    // order, whatever the language of the interface.
    void pinyin_printsEachChineseText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void pinyin_printsEachChineseText()
    {
        QFETCH(QString, lang);
        const Run r = run({QStringLiteral("--pinyin"), QStringLiteral("--lang"), lang});
        QCOMPARE(r.exitCode, 0);
        const BundleLoadResult loaded = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(loaded.ok());
        const Article &a = *loaded.article;
        QStringList ids{QStringLiteral("title"), QStringLiteral("author"), QStringLiteral("editor"),
                        QStringLiteral("editors-note")};
        for (const ArticleSection &s : a.sections) {
            if (!s.heading.zh.isEmpty())
                ids << s.id;
            for (const ArticleBlock &b : s.blocks) {
                if (!b.text.zh.isEmpty())
                    ids << b.id;
            }
        }
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), ids.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u'\t');
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0), ids.at(i));
            for (const uint c : fields.at(1).toUcs4())
                QVERIFY2(QChar::script(c) != QChar::Script_Han, qPrintable(lines.at(i)));
        }
        QCOMPARE(lines.at(0),
                 QStringLiteral("title\tXīwàng shì guāng, xīwàng yǒu nǐ: Guójì Àolínpǐkè Rì "
                                "Ālǐbābā fābù Àoyùn dàpiàn"));
        const qsizetype lead = ids.indexOf(QStringLiteral("lead-1"));
        QVERIFY2(lines.at(lead).startsWith(
                     QStringLiteral("lead-1\tYánchí yī nián de Dōngjīng Àoyùnhuì, jiāng zài 30 ")),
                 qPrintable(lines.at(lead)));
    }

    // With --spoken-tones, 一 and 不 as spoken; without, the dictionary's.
    void pinyin_spokenTones()
    {
        const Run cited = run({QStringLiteral("--pinyin")});
        const Run spoken = run({QStringLiteral("--pinyin"), QStringLiteral("--spoken-tones")});
        QCOMPARE(cited.exitCode, 0);
        QCOMPARE(spoken.exitCode, 0);
        // s1-p1 opens 一年等待: yī nián, spoken yì nián.
        QVERIFY2(cited.out.contains(QStringLiteral("s1-p1\tYī nián děngdài")),
                 qPrintable(cited.out));
        QVERIFY2(spoken.out.contains(QStringLiteral("s1-p1\tYì nián děngdài")),
                 qPrintable(spoken.out));
        // 第一 and the like keep yī; nothing but 一 and 不 changes.
        QCOMPARE(spoken.out.count(u'\n'), cited.out.count(u'\n'));
    }

    void size_withScreenshot_givesAPngOfThatSize()
    {
        const QString png = m_home.filePath(QStringLiteral("sized.png"));
        QFile::remove(png);
        const Run r = run({QStringLiteral("--size"), QStringLiteral("800x600"),
                           QStringLiteral("--screenshot"), png});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(800, 600));
    }

    void badSize_exitsTwo_namingTheValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << QStringLiteral("0x0");
        QTest::newRow("too wide, too low") << QStringLiteral("99999x1");
        QTest::newRow("not a size") << QStringLiteral("abc");
        QTest::newRow("one side") << QStringLiteral("1280");
        QTest::newRow("negative") << QStringLiteral("-800x600");
        QTest::newRow("too large") << QStringLiteral("9000x9000");
    }

    void badSize_exitsTwo_namingTheValue()
    {
        QFETCH(QString, value);
        const Run r = run({QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("s.png")),
                           QStringLiteral("--size"), value});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u'"' + value + u'"'), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("s.png"))));
    }

    void badTheme_exitsTwo_namingTheValue()
    {
        const Run r = run({QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("t.png")),
                           QStringLiteral("--theme"), QStringLiteral("neon")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"neon\"")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("t.png"))));
    }

    void theme_parses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << QStringLiteral("light") << int(ReaderTheme::Light);
        QTest::newRow("sepia") << QStringLiteral("sepia") << int(ReaderTheme::Sepia);
        QTest::newRow("dark") << QStringLiteral("dark") << int(ReaderTheme::Dark);
        QTest::newRow("system") << QStringLiteral("system") << int(ReaderTheme::System);
        QTest::newRow("bad") << QStringLiteral("blue") << -1;
    }

    void theme_parses()
    {
        QFETCH(QString, value);
        QFETCH(int, theme);
        const CommandLine::Result r =
            CommandLine::parse({QStringLiteral("hope-reader"), QStringLiteral("--theme"), value});
        QCOMPARE(r.options.theme ? int(*r.options.theme) : -1, theme);
        QCOMPARE(r.exitCode.value_or(-1), theme < 0 ? 2 : -1);
    }

    // The dark theme's paper fills the article: the picture is mostly dark.
    void darkTheme_screenshotIsDark()
    {
        const QString png = m_home.filePath(QStringLiteral("dark.png"));
        const Run r =
            run({QStringLiteral("--screenshot"), png, QStringLiteral("--theme"),
                 QStringLiteral("dark"), QStringLiteral("--size"), QStringLiteral("1024x700")});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1024, 700));
        int dark = 0;
        int all = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                ++all;
                dark += qGray(image.pixel(x, y)) < 80;
            }
        }
        QVERIFY2(dark > all * 7 / 10, qPrintable(QStringLiteral("%1 of %2").arg(dark).arg(all)));
    }

    void layout_parsesEachName()
    {
        for (const ReadingLayout layout : kReadingLayouts) {
            const CommandLine::Result r =
                CommandLine::parse({QStringLiteral("hope-reader"), QStringLiteral("--layout"),
                                    readingLayoutName(layout)});
            QVERIFY(!r.exitCode);
            QCOMPARE(r.options.layout, std::optional(layout));
        }
        const CommandLine::Result bad = CommandLine::parse(
            {QStringLiteral("hope-reader"), QStringLiteral("--layout=side\x1b[2J")});
        QCOMPARE(bad.exitCode, std::optional(2));
        QVERIFY(bad.err.contains(QStringLiteral("zh, en, parallel or interleaved")));
        QVERIFY(!bad.err.contains(u'\x1b'));
    }

    void badLayout_exitsTwo_fromTheReader()
    {
        const Run r = run({QStringLiteral("--layout"), QStringLiteral("columns"),
                           QStringLiteral("--list-sections")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("columns")));
        QVERIFY(r.out.isEmpty());
    }

    void exportPdf_writesTheLayout_andTouchesNoSettings_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");
        QTest::newRow("zh") << "zh"
                            << "延迟一年"
                            << "postponed";
        QTest::newRow("en") << "en"
                            << "postponed"
                            << "延迟一年";
        QTest::newRow("parallel") << "parallel"
                                  << "延迟一年"
                                  << "";
        QTest::newRow("interleaved") << "interleaved"
                                     << "postponed"
                                     << "";
    }
    void exportPdf_writesTheLayout_andTouchesNoSettings()
    {
        QFETCH(QString, layout);
        QFETCH(QString, present);
        QFETCH(QString, absent);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
        const Run r =
            run({QStringLiteral("--layout"), layout, QStringLiteral("--export-pdf"), pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString got = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(got.contains(present), qPrintable(got.left(300)));
        if (!absent.isEmpty())
            QVERIFY(!got.contains(absent));
        if (layout == u"parallel" || layout == u"interleaved")
            QVERIFY(got.contains(QStringLiteral("延迟一年")) &&
                    got.contains(QStringLiteral("postponed")));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("hope-reader/hope-reader.ini"))));
        QVERIFY(!QFile::exists(
            m_home.filePath(QStringLiteral("HopeReader/hope-reader/hope-reader.ini"))));
    }

    void exportPdf_onThePaperAskedFor()
    {
        QTemporaryDir dir;
        const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(run({QStringLiteral("--export-pdf"), letter, QStringLiteral("--paper"),
                      QStringLiteral("letter")})
                     .exitCode,
                 0);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {letter});
        QVERIFY(info.waitForFinished(30000));
        const QString got = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(got.contains(QStringLiteral("612 x 792 pts")), qPrintable(got));
        // Anything else is refused, and nothing is written.
        const QString tabloid = dir.filePath(QStringLiteral("tabloid.pdf"));
        const Run r = run({QStringLiteral("--export-pdf"), tabloid, QStringLiteral("--paper"),
                           QStringLiteral("tabloid")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("a4 or letter")), qPrintable(r.err));
        QVERIFY(!QFile::exists(tabloid));
    }

    // --export-notes: the reader's notes on the embedded article as
    // Markdown with citations; a broken notes file is refused, not touched.
    void exportNotes_writesTheNotesWithCitations()
    {
        QTemporaryDir data;
        const BundleLoadResult bundle =
            BundleLoader::loadFile(QStringLiteral(":/article/hope-lights-us-up.json"));
        QVERIFY(bundle.ok());
        const Article &article = *bundle.article;
        const QString notes = data.filePath(QStringLiteral("HopeReader/hope-reader/notes/") +
                                            NotesFile::identity(article) + QStringLiteral(".json"));
        auto highlight =
            AnnotationAnchor::highlight(article, QStringLiteral("s1-p1"), Language::Chinese, 23, 5);
        QVERIFY(highlight);
        QCOMPARE(highlight->quote, QStringLiteral("东京奥组委"));
        highlight->note = QStringLiteral("*the* organisers");
        QCOMPARE(NotesFile::write(notes, article, {*highlight}), QString());

        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        QTemporaryDir out;
        const QString md = out.filePath(QStringLiteral("notes.md"));
        Run r = runIn(env, {QStringLiteral("--export-notes"), md});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1 note(s) written to %1\n").arg(md));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.contains(QStringLiteral("> 东京奥组委\n\n\\*the\\* organisers\n\n——《")),
                 qPrintable(written));
        QVERIFY2(
            written.contains(QStringLiteral("，贝壳号，黄梦婷，2021年6月27日；01 翘首期盼，第1段")),
            qPrintable(written));

        // A FIFO is refused before anything is read or written.
        const QString fifo = out.filePath(QStringLiteral("fifo"));
        QVERIFY(makeSpecialFile(QStringLiteral("fifo"), fifo) != 0);
        r = runIn(env, {QStringLiteral("--export-notes"), fifo}, 20000);
        QCOMPARE(r.exitCode, 2);

        // A notes file that is not one: named, exit 2, left as it was.
        QFile broken(notes);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"format\": \"hope-reader-notes\"");
        broken.close();
        r = runIn(env, {QStringLiteral("--export-notes"), md});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(notes + QStringLiteral(": not JSON")), qPrintable(r.err));
        QVERIFY(QFile::exists(notes));
    }

    // Ended by SIGTERM or SIGINT (a session logging out, Ctrl+C), the reader
    // closes as if the user had: it exits normally, and what it remembers
    // is saved (from a fresh home, the settings file appears).
    void terminated_closesAndSaves_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void terminated_closesAndSaves()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir home;
        QProcessEnvironment env = environment(home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOPE_STARTUP_TRACE"), QStringLiteral("1"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HOPE_READER_EXE), QStringList());
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("window shown"), 30000);
        const QString ini = home.filePath(QStringLiteral("HopeReader/hope-reader/hope-reader.ini"));
        QVERIFY(!QFileInfo::exists(ini));
        QCOMPARE(::kill(pid_t(p.processId()), signalNumber), 0);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(QFileInfo(ini).size() > 0, qPrintable(ini));
    }

    // Every command that writes or prints and exits runs where there is no
    // display at all (a server, a build job): none needs a window system.
    void batchCommands_needNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("output");  // a file it writes, or empty
        const QString out = m_home.filePath(QStringLiteral("no-display-out"));
        QTest::newRow("--list-sections") << QStringList{u"--list-sections"_qs} << QString();
        QTest::newRow("--list-milestones") << QStringList{u"--list-milestones"_qs} << QString();
        QTest::newRow("--list-chapters") << QStringList{u"--list-chapters"_qs} << QString();
        QTest::newRow("--pinyin") << QStringList{u"--pinyin"_qs} << QString();
        QTest::newRow("--version") << QStringList{u"--version"_qs} << QString();
        QTest::newRow("--export-pdf")
            << QStringList{u"--export-pdf"_qs, out + u".pdf"_qs} << out + u".pdf"_qs;
        QTest::newRow("--export-notes")
            << QStringList{u"--export-notes"_qs, out + u".md"_qs} << out + u".md"_qs;
        QTest::newRow("--export-vocabulary")
            << QStringList{u"--export-vocabulary="_qs + out + u".tsv"_qs} << out + u".tsv"_qs;
    }

    void batchCommands_needNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, output);
        QProcessEnvironment env = environment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HOPE_READER_EXE), arguments);
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, err.constData());
        if (!output.isEmpty())
            QVERIFY2(QFileInfo(output).size() > 0, qPrintable(output));
    }

    // --export-vocabulary: the words kept, as Anki's TSV; from a fresh home
    // a header only; a broken vocabulary file is refused and left alone.
    void exportVocabulary_writesAnkisTsv()
    {
        QTemporaryDir data;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        QTemporaryDir out;
        const QString tsv = out.filePath(QStringLiteral("words.tsv"));
        Run r = runIn(env, {QStringLiteral("--export-vocabulary"), tsv});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("0 word(s) written to %1\n").arg(tsv));
        const QByteArray header(
            "#separator:tab\n#html:false\n"
            "#columns:Word\tPinyin\tMeaning\tSentence\tSource\n");
        QFile empty(tsv);
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QCOMPARE(empty.readAll(), header);
        empty.close();

        const BundleLoadResult bundle =
            BundleLoader::loadFile(QStringLiteral(":/article/hope-lights-us-up.json"));
        QVERIFY(bundle.ok());
        const QString words =
            data.filePath(QStringLiteral("HopeReader/hope-reader/vocabulary/") +
                          NotesFile::identity(*bundle.article) + QStringLiteral(".json"));
        const VocabularyWord kept{
            QStringLiteral("奥运会"),        QStringLiteral("àoyùnhuì"),
            QStringLiteral("Olympic Games"), QStringLiteral("东京奥运会将如期举办。"),
            QStringLiteral("s1-p1"),         QDateTime::currentDateTimeUtc()};
        QCOMPARE(VocabularyFile::write(words, *bundle.article, {kept}), QString());
        r = runIn(env, {QStringLiteral("--export-vocabulary"), tsv});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("1 word(s) written to %1\n").arg(tsv));
        QFile file(tsv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.startsWith(QString::fromUtf8(header) +
                                    QStringLiteral("奥运会\tàoyùnhuì\tOlympic Games\t"
                                                   "东京奥运会将如期举办。\t")),
                 qPrintable(written));

        const QString fifo = out.filePath(QStringLiteral("fifo"));
        QVERIFY(makeSpecialFile(QStringLiteral("fifo"), fifo) != 0);
        r = runIn(env, {QStringLiteral("--export-vocabulary"), fifo}, 20000);
        QCOMPARE(r.exitCode, 2);

        QFile broken(words);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("[]");
        broken.close();
        r = runIn(env, {QStringLiteral("--export-vocabulary"), tsv});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(words + QStringLiteral(": not a Hope Reader vocabulary file")),
                 qPrintable(r.err));
        QCOMPARE(QFile(words).size(), 2);
    }

    // A batch run in a bare shell (no session, so no XDG_RUNTIME_DIR) says
    // only what it was asked: none of Qt's notices on the terminal.
    void batchModes_sayNothingOfQtsNotices()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QTemporaryDir dir;
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--list-sections")},
              QStringList{QStringLiteral("--export-pdf"), dir.filePath(QStringLiteral("a.pdf"))},
              QStringList{QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("a.png"))}}) {
            const Run r = runIn(env, arguments, 60000);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), qPrintable(arguments.first() + QStringLiteral(": ") + r.err));
        }
    }

    // Refused before any work, as a bad argument is.
    void exportPdf_toAFolderThatIsNotThere_exitsTwo()
    {
        const Run r =
            run({QStringLiteral("--export-pdf"), QStringLiteral("/no/such/folder/a.pdf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("/no/such/folder")));
    }

    void badSeek_exitsTwo()
    {
        const Run r = run({QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("s.png")),
                           QStringLiteral("--seek"), QStringLiteral("ninety")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"ninety"));
    }

    void seekWithScreenshot_showsThatFrameAndItsCaption()
    {
        const QString png = m_home.filePath(QStringLiteral("seek.png"));
        const Run r =
            run({QStringLiteral("--screenshot"), png, QStringLiteral("--seek"),
                 QStringLiteral("00:31"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        // The cloud scene's tiles are light blue (0x8fb8e8 over dark);
        // somewhere in the panel's picture there must be such pixels.
        int blue = 0;
        for (int y = 60; y < 400; y += 2)
            for (int x = 900; x < 1280; x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > 150 && c.blue() > c.red() + 40 && c.green() > 110)
                    ++blue;
            }
        QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
    }

    void goodBundleFile_replacesTheEmbeddedOne()
    {
        QFile embedded(QStringLiteral(HOPE_SOURCE_DIR "/resources/article/hope-lights-us-up.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QByteArray json = embedded.readAll();
        json.replace("\"Conclusion\"", "\"Farewell <b>now</b>\"");
        // Its clip folder stays behind: a bundle may have no clip.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root.remove(QStringLiteral("clip"));
        json = QJsonDocument(root).toJson();
        const QString path = writeFile(QStringLiteral("other.json"), json);
        const Run r = run({QStringLiteral("--list-sections"), QStringLiteral("--lang"),
                           QStringLiteral("en"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"4\tclosing\tFarewell <b>now</b>"), qPrintable(r.out));
    }
    void terminalSafe_escapesControls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title sequence")
            << QStringLiteral("a\x1b]0;pwned\x07z") << QStringLiteral("a\\x1b]0;pwned\\x07z");
        QTest::newRow("newline") << QStringLiteral("line\nforged")
                                 << QStringLiteral("line\\nforged");
        QTest::newRow("tab, return") << QStringLiteral("a\tb\rc") << QStringLiteral("a\\tb\\rc");
        QTest::newRow("nul, DEL") << QString(QStringLiteral("a") + QChar(0) + u'\x7f')
                                  << QStringLiteral("a\\x00\\x7f");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b) + QStringLiteral("2J"))
                                << QStringLiteral("\\x9b2J");
        QTest::newRow("separators")
            << QString(QChar(0x2028)) + QChar(0x2029) << QStringLiteral("\\u2028\\u2029");
        QTest::newRow("bidi") << QString(QChar(0x202e) + QStringLiteral("abc") + QChar(0x2066) +
                                         QChar(0x2069) + QChar(0x202a))
                              << QStringLiteral("\\u202eabc\\u2066\\u2069\\u202a");
        // Backslash, no-break space (just past C1), CJK, an emoji's surrogates.
        const QString kept =
            QStringLiteral("希望是光, Hope\\lights ¡é") + QChar(0xa0) + QStringLiteral("«»—…😀");
        QTest::newRow("kept as it is") << kept << kept;
    }

    void terminalSafe_escapesControls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CommandLine::terminalSafe(text), expected);
    }

    void errorLines_showTwentyThenHowManyMore()
    {
        QStringList errors;
        for (int i = 0; i < 50; ++i) errors << QStringLiteral("e%1").arg(i);
        const QStringList lines = CommandLine::errorLines(errors).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.at(19), QStringLiteral("e19"));
        QVERIFY2(lines.at(20).contains(u"30 more"), qPrintable(lines.at(20)));
        QCOMPARE(CommandLine::errorLines(errors.mid(0, 20)).count(u'\n'), 20);
        QCOMPARE(CommandLine::errorLines({QStringLiteral("a\nb")}), QStringLiteral("a\\nb\n"));
    }

    void listings_escapeBundleText_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sections") << QStringLiteral("--list-sections") << 5 << 3 << 4
                                  << QStringLiteral(
                                         "4\tclosing\tEnd\\x1b]0;pwned\\x07 line\\nforged");
        QTest::newRow("a section's number")
            << QStringLiteral("--list-sections") << 5 << 3 << 2
            << QStringLiteral("2\tpart-2\t02\\tfake\\u202e ") + QStringLiteral("Heading\\x9b2J");
        QTest::newRow("milestones")
            << QStringLiteral("--list-milestones") << 12 << 3 << 0
            << QStringLiteral("m-ioc-partnership\t2017-01\tIOC\\x1b]0;pwned\\x07 line\\nforged");
        QTest::newRow("chapters") << QStringLiteral("--list-chapters") << 7 << 2 << 1
                                  << QStringLiteral(
                                         "00:05\tLight\\x1b]0;pwned\\x07\\rline\\n"
                                         "forged\\u2028more");
    }

    void listings_escapeBundleText()
    {
        QFETCH(QString, option);
        QFETCH(int, records);
        QFETCH(int, fields);
        QFETCH(int, index);
        QFETCH(QString, expected);
        QJsonObject root = embeddedBundle();
        QVERIFY(!root.isEmpty());
        setIn(root, QStringLiteral("sections"), 4, QStringLiteral("label"),
              QStringLiteral("End\x1b]0;pwned\x07 line\nforged"));
        setIn(root, QStringLiteral("sections"), 2, QStringLiteral("number"),
              QString(QStringLiteral("02\tfake") + QChar(0x202e)), false);
        setIn(root, QStringLiteral("sections"), 2, QStringLiteral("heading"),
              QString(QStringLiteral("Heading") + QChar(0x9b) + QStringLiteral("2J")));
        setIn(root, QStringLiteral("milestones"), 0, QStringLiteral("title"),
              QStringLiteral("IOC\x1b]0;pwned\x07 line\nforged"));
        QJsonObject clip = root.value(QStringLiteral("clip")).toObject();
        setIn(clip, QStringLiteral("chapters"), 1, QStringLiteral("title"),
              QString(QStringLiteral("Light\x1b]0;pwned\x07\rline\nforged") + QChar(0x2028) +
                      QStringLiteral("more")));
        root.insert(QStringLiteral("clip"), clip);
        const QString bundle = writeBundle(QStringLiteral("escapes"), root);
        QCOMPARE(root.value(QStringLiteral("sections")).toArray().size(), 5);

        const Run r = run({option, QStringLiteral("--lang"), QStringLiteral("en"), bundle});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!hasRawControls(r.err) && !r.err.contains(u"pwned"), qPrintable(r.err));
        QVERIFY(!hasRawControls(r.out));
        QVERIFY(r.out.endsWith(u'\n'));
        const QStringList lines = r.out.chopped(1).split(u'\n');
        QCOMPARE(lines.size(), records);
        for (const QString &line : lines) QCOMPARE(line.count(u'\t'), fields - 1);
        QCOMPARE(lines.at(index), expected);
    }

    void manyBundleErrors_showTwentyThenHowManyMore()
    {
        QJsonObject root = embeddedBundle();
        QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
        for (int i = 0; i < 50; ++i) sections.append(i);
        root.insert(QStringLiteral("sections"), sections);
        const QString bundle = writeBundle(QStringLiteral("fifty"), root);
        const Run r = run({QStringLiteral("--list-sections"), bundle});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        // Qt may warn first (no XDG_RUNTIME_DIR); the reader's own lines follow.
        QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        while (!lines.isEmpty() && !lines.first().startsWith(u"Cannot open")) lines.removeFirst();
        // "Cannot open …:", twenty problems, then how many more.
        QCOMPARE(lines.size(), 22);
        QVERIFY(lines.at(0).contains(bundle));
        for (int i = 1; i <= 20; ++i)
            QVERIFY2(lines.at(i).endsWith(QStringLiteral("sections[%1]: expected an object, "
                                                         "found a number")
                                              .arg(i + 4)),
                     qPrintable(lines.at(i)));
        QVERIFY2(lines.at(21).contains(u"30 more"), qPrintable(lines.at(21)));
    }

    void bundleErrors_escapeBundleText()
    {
        QJsonObject root = embeddedBundle();
        setIn(root, QStringLiteral("sections"), 3, QStringLiteral("id"),
              QStringLiteral("x\x1b]0;pwned\x07\nforged: fake error"), false);
        const QString bundle = writeBundle(QStringLiteral("bad-id"), root);
        const Run r = run({QStringLiteral("--list-sections"), bundle});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!hasRawControls(r.err));
        QVERIFY2(r.err.contains(u"\"x\\x1b]0;pwned\\x07\\nforged: fake error\" is not a valid id"),
                 qPrintable(r.err));
        for (const QString &line : r.err.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(!line.startsWith(u"forged"), qPrintable(line));
    }

    // README: settings are kept in ~/.config/HopeReader/hope-reader/hope-reader.ini.
    // A language saved there decides the language of --help; saved anywhere
    // else (such as one folder up) it does not.
    void settings_areReadFromTheFileTheReadmeNames()
    {
        const QByteArray chinese = "[reader]\nlanguage=zh\n";
        const QString english = QStringLiteral("Reads the article");
        const QString inChinese = QStringLiteral("阅读文章");
        for (const char *where : {"", ".config/HopeReader/hope-reader.ini",
                                  ".config/HopeReader/hope-reader/hope-reader.ini"}) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            if (*where) {
                const QString file = home.filePath(QLatin1String(where));
                QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                QCOMPARE(f.write(chinese), chinese.size());
            }
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), home.path());
            env.remove(QStringLiteral("XDG_CONFIG_HOME"));
            // The system language is English (the first run shows it).
            env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            env.remove(QStringLiteral("LANGUAGE"));
            const Run r = runIn(env, {QStringLiteral("--help")}, 20000);
            QCOMPARE(r.exitCode, 0);
            const bool readmePath = QByteArray(where).endsWith("hope-reader/hope-reader.ini");
            QVERIFY2(r.out.contains(readmePath ? inChinese : english) &&
                         !r.out.contains(readmePath ? english : inChinese),
                     qPrintable(QStringLiteral("%1:\n%2").arg(QLatin1String(where), r.out)));
        }
    }

    void aFifoForSettings_doesNotBlockVersionOrHelp()
    {
        QTemporaryDir home;
        // Where the reader keeps its settings: <config>/<organisation>/<application>.
        const QString folder = home.filePath(QStringLiteral("HopeReader/hope-reader"));
        QVERIFY(QDir().mkpath(folder));
        const QString fifo = folder + QStringLiteral("/hope-reader.ini");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const char *option : {"--version", "--help"}) {
            const Run r = run({QLatin1String(option)}, home.path(), 20000);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(
                r.out.contains(option == QByteArray("--version") ? u"0.3.0" : u"--list-sections"));
            QVERIFY2(r.err.contains(fifo), qPrintable(r.err));
        }
        struct stat st;
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }
    void exportAudio_writesAWavOfTheSection_data()
    {
        QTest::addColumn<QString>("lang");
        // Bounds for the lead read at 1x: English some 110 words, Chinese
        // some 300 characters.
        QTest::addColumn<int>("minSeconds");
        QTest::addColumn<int>("maxSeconds");
        QTest::newRow("en") << QStringLiteral("en") << 30 << 90;
        QTest::newRow("zh") << QStringLiteral("zh") << 45 << 150;
    }

    // Reading aloud pays for itself: a run that does not read never maps
    // espeak-ng (nor the PulseAudio and codec libraries it links).
    void espeak_isLoadedOnlyToReadAloud()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
        const auto initialised = [](const Run &r) {
            QStringList libs;
            for (const QString &line : r.err.split(u'\n')) {
                const qsizetype at = line.indexOf(u"calling init: ");
                if (at >= 0)
                    libs << line.mid(at + 14).section(u'/', -1);
            }
            return libs;
        };
        const auto hasEspeak = [](const QStringList &libs) {
            return std::any_of(libs.cbegin(), libs.cend(),
                               [](const QString &l) { return l.startsWith(u"libespeak-ng"); });
        };
        const Run shown = runIn(
            env, {QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("shown.png"))});
        QCOMPARE(shown.exitCode, 0);
        const QStringList atStart = initialised(shown);
        QVERIFY2(atStart.size() > 10, "LD_DEBUG said nothing: the check would prove nothing");
        QVERIFY2(!hasEspeak(atStart), qPrintable(atStart.join(u' ')));
        const Run read = runIn(
            env, {QStringLiteral("--export-audio"), m_home.filePath(QStringLiteral("read.wav")),
                  QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--section"),
                  QStringLiteral("closing")});
        QCOMPARE(read.exitCode, 0);
        QVERIFY2(hasEspeak(initialised(read)), qPrintable(initialised(read).join(u' ')));
    }

    void exportAudio_writesAWavOfTheSection()
    {
        QFETCH(QString, lang);
        QFETCH(int, minSeconds);
        QFETCH(int, maxSeconds);
        const QString path = m_home.filePath(QStringLiteral("lead-%1.wav").arg(lang));
        const Run r = run({QStringLiteral("--export-audio"), path, QStringLiteral("--section"),
                           QStringLiteral("lead"), QStringLiteral("--lang"), lang},
                          {}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The message is in the interface language, which --lang sets too.
        if (lang == u"en")
            QVERIFY2(r.out.startsWith(QStringLiteral("Audio written to %1 (").arg(path)),
                     qPrintable(r.out));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto format = WavWriter::readFormat(bytes);
        QVERIFY(format);
        QCOMPARE(format->sampleRate, 22050);
        QCOMPARE(format->channels, 1);
        QCOMPARE(format->bitsPerSample, 16);
        QCOMPARE(qsizetype(format->dataSize), bytes.size() - WavWriter::kHeaderSize);
        const qint64 ms = format->durationMs();
        QVERIFY2(ms > minSeconds * 1000 && ms < maxSeconds * 1000, qPrintable(QString::number(ms)));
        // What the reader printed is what the file holds ("m:ss"), in
        // brackets as the interface language writes them.
        const QString shown =
            QStringLiteral("%1:%2").arg(ms / 60000).arg(ms / 1000 % 60, 2, 10, QChar(u'0'));
        const QString closing = lang == u"zh" ? QStringLiteral("）") : QStringLiteral(")");
        QVERIFY2(r.out.trimmed().endsWith(shown + closing), qPrintable(r.out));
        // A second opinion where ffprobe is installed.
        const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
        if (!ffprobe.isEmpty()) {
            QProcess p;
            p.start(ffprobe, {QStringLiteral("-v"), QStringLiteral("error"),
                              QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                              QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
            QVERIFY(p.waitForFinished(30000));
            const double seconds =
                QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble();
            QVERIFY2(std::abs(seconds * 1000 - double(ms)) < 50,
                     qPrintable(QString::number(seconds)));
        }
    }

    // espeak-ng reads ~/espeak-ng-data before the system's data; a stray or
    // broken copy there crashed it. The reader loads only the system's.
    void exportAudio_ignoresABrokenEspeakDataInTheHomeFolder()
    {
        QTemporaryDir home;
        const QString data = home.filePath(QStringLiteral("espeak-ng-data"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/voices")));
        for (const char *name : {"phontab", "phonindex", "phondata", "intonations", "en_dict"}) {
            QFile f(data + u'/' + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(64, '\xff'));
        }
        QProcessEnvironment env = environment(home.path());
        env.remove(QStringLiteral("ESPEAK_DATA_PATH"));
        const QString path = home.filePath(QStringLiteral("lead.wav"));
        const Run r =
            runIn(env, {QStringLiteral("--export-audio"), path, QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("--section"), QStringLiteral("lead")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile wav(path);
        QVERIFY(wav.open(QIODevice::ReadOnly));
        const std::optional<WavFormat> format = WavWriter::readFormat(wav.read(64));
        QVERIFY(format);
        QVERIFY(format->durationMs() > 1000);
    }

    // Damaged voice data made espeak-ng crash the reader (SIGSEGV in each
    // of these); a child process reads it first, and the user is told.
    void exportAudio_withDamagedEspeakData_explains_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QString>("language");
        QTest::newRow("phontab cut short") << "phontab" << true << "en";
        QTest::newRow("phontab garbled") << "phontab" << false << "en";
        QTest::newRow("phonindex garbled") << "phonindex" << false << "en";
        QTest::newRow("en_dict cut short") << "en_dict" << true << "en";
        QTest::newRow("en_dict garbled") << "en_dict" << false << "en";
        QTest::newRow("cmn_dict garbled") << "cmn_dict" << false << "zh";
    }

    void exportAudio_withDamagedEspeakData_explains()
    {
        QFETCH(QString, file);
        QFETCH(bool, truncate);
        QFETCH(QString, language);
        QString system;
        for (const QString &dir : {QStringLiteral("/usr/lib/x86_64-linux-gnu/espeak-ng-data"),
                                   QStringLiteral("/usr/lib/aarch64-linux-gnu/espeak-ng-data"),
                                   QStringLiteral("/usr/share/espeak-ng-data")}) {
            if (QFileInfo(dir + QStringLiteral("/phontab")).isFile()) {
                system = dir;
                break;
            }
        }
        QVERIFY2(!system.isEmpty(), "espeak-ng-data is not installed");
        QTemporaryDir copy;
        QDirIterator it(system, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = copy.filePath(QDir(system).relativeFilePath(from));
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY(QFile::copy(from, to));
        }
        QFile damaged(copy.filePath(file));
        const qint64 size = damaged.size();
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        if (truncate) {
            QVERIFY(damaged.resize(100));
        } else {
            QByteArray garbage(size, '\0');
            for (qint64 i = 0; i < size; ++i) garbage[i] = char((i * 7919 + 13) >> 3);
            QCOMPARE(damaged.write(garbage), size);
        }
        damaged.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ESPEAK_DATA_PATH"), copy.path());
        const QString path = m_home.filePath(QStringLiteral("damaged.wav"));
        const Run r = runIn(env, {QStringLiteral("--export-audio"), path, QStringLiteral("--lang"),
                                  language, QStringLiteral("--section"), QStringLiteral("lead")});
        QCOMPARE(r.exitCode, 1);
        // In the interface's language (Chinese with --lang zh): the folder
        // and the package are named in either.
        QVERIFY2(r.err.contains(QStringLiteral("espeak-ng-data")) && r.err.contains(copy.path()),
                 qPrintable(r.err));
        if (language == u"en")
            QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void exportAudio_withoutEspeakData_saysWhatToInstall()
    {
        QTemporaryDir empty;
        QProcessEnvironment env = environment();
        // espeak-ng looks here first, and finds no voices.
        env.insert(QStringLiteral("ESPEAK_DATA_PATH"), empty.path());
        const QString path = m_home.filePath(QStringLiteral("none.wav"));
        const Run r =
            runIn(env, {QStringLiteral("--export-audio"), path, QStringLiteral("--lang"),
                        QStringLiteral("en"), QStringLiteral("--section"), QStringLiteral("lead")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"espeak-ng-data"), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void exportAudio_toAnUnwritablePlace_exitsTwo()
    {
        const Run r = run({QStringLiteral("--export-audio"), QStringLiteral("/nonexistent/a.wav"),
                           QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--section"), QStringLiteral("lead")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"/nonexistent/a.wav"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Outputs that are not regular files: refused at once (a FIFO used to
    // block for ever; a device was replaced by a regular file).
    void outputs_thatAreNotRegularFiles_areRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("kind");
        for (const char *option : {"--export-pdf", "--screenshot", "--export-audio"}) {
            for (const char *kind : {"fifo", "folder", "device"})
                QTest::addRow("%s %s", option, kind)
                    << QString::fromLatin1(option) << QString::fromLatin1(kind);
        }
    }

    void outputs_thatAreNotRegularFiles_areRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("target"));
        const QByteArray name = QFile::encodeName(path);
        const mode_t type = makeSpecialFile(kind, path);
        if (type == 0 && kind == u"device")
            QSKIP("mknod is not allowed here (not root): the device row needs a device node");
        QVERIFY(type != 0);
        const Run r = run({option, path, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--section"), QStringLiteral("lead")},
                          {}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        struct stat st = {};
        QCOMPARE(::lstat(name.constData(), &st), 0);
        QCOMPARE(st.st_mode & S_IFMT, type);
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("target")});
    }

    // A disk that fills up while the file is written (here a file-size
    // limit, EFBIG, as ENOSPC would be): a failure, the old file kept.
    void outputs_onAFullDisk_failAndKeepTheOldFile_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("pdf") << QStringLiteral("--export-pdf");
        QTest::newRow("screenshot") << QStringLiteral("--screenshot");
        QTest::newRow("audio") << QStringLiteral("--export-audio");
    }

    void outputs_onAFullDisk_failAndKeepTheOldFile()
    {
        QFETCH(QString, option);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the old file");
        }
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess p;
        p.setProcessEnvironment(env);
        // bash counts ulimit -f in KiB: every one of these outputs is larger.
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), QStringLiteral("ulimit -f 16; exec \"$0\" \"$@\""),
                 QStringLiteral(HOPE_READER_EXE), option, path, QStringLiteral("--lang"),
                 QStringLiteral("en"), QStringLiteral("--section"), QStringLiteral("lead")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old file"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out")});
    }

    // A machine whose multimedia is broken: the clip's panel says what is
    // wrong and which package mends it, where the player used to crash
    // (SIGABRT for an unknown QT_MEDIA_BACKEND, SIGSEGV for a GStreamer
    // that cannot make its elements).
    void brokenMultimedia_isSaid_notACrash_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("said");
        QTest::newRow("unknown QT_MEDIA_BACKEND")
            << QStringList{QStringLiteral("QT_MEDIA_BACKEND=nosuchbackend")}
            << QStringLiteral("QT_MEDIA_BACKEND asks for the multimedia backend \"nosuchbackend\"");
        QTest::newRow("GStreamer without its plugins")
            << QStringList{QStringLiteral("GST_PLUGIN_SYSTEM_PATH_1_0=%1"),
                           QStringLiteral("GST_PLUGIN_PATH_1_0="),
                           QStringLiteral("GST_REGISTRY_1_0=%1/registry.bin")}
            << QStringLiteral("GStreamer cannot make the parts every clip plays through");
    }

    void brokenMultimedia_isSaid_notACrash()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, said);
        QTemporaryDir empty;
        QProcessEnvironment env = this->environment();
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1).arg(empty.path()));
        const QString shot = empty.filePath(QStringLiteral("shot.png"));
        const Run r =
            runIn(env, {QStringLiteral("--screenshot"), shot, QStringLiteral("--seek"),
                        QStringLiteral("0:05"), QStringLiteral("--lang"), QStringLiteral("en")});
        // The picture without the frame asked for: exit 2, and why.
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY(QFileInfo(shot).isFile());
    }

    void listings_toAFullDevice_exitNonZero_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("sections") << QStringLiteral("--list-sections");
        QTest::newRow("milestones") << QStringLiteral("--list-milestones");
        QTest::newRow("chapters") << QStringLiteral("--list-chapters");
    }

    void listings_toAFullDevice_exitNonZero()
    {
        QFETCH(QString, option);
        QProcess p;
        QProcessEnvironment env = environment();
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(HOPE_READER_EXE), {option});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("standard output")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
