#include "CommandLine.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The reader's settings go to a folder of this test's own.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HOPE_READER_EXE), arguments);
        if (!p.waitForFinished(60000)) {
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
        for (const char *option : {"--lang", "--section", "--list-sections", "--screenshot"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(u"0.1.0"));
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
                                   "1\tpart-1\t01 Eagerly awaited: the flame of Tokyo 2020 brings "
                                   "the light of hope");
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

    void badBundle_exitsTwo_withTheReason_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("list-sections") << QStringLiteral("--list-sections");
        QTest::newRow("screenshot") << QStringLiteral("--screenshot");
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
        QTest::newRow("zh") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh")};
        QTest::newRow("en at part 3")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--section"), QStringLiteral("3")};
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
        QCOMPARE(
            lines.first(),
            QStringLiteral("m-ioc-partnership\t2017-01\tAlibaba and the IOC sign a twelve-year "
                           "worldwide Olympic partnership"));
        QVERIFY(
            lines.contains(QStringLiteral("m-3d-tracking\t2019\tAlibaba Cloud and Intel release "
                                          "AI 3D athlete tracking")));
        const Run zh = run(
            {QStringLiteral("--list-milestones"), QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY(zh.out.contains(u"m-beijing-opening\t2022-02-04\t北京2022年冬奥会开幕"));
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

    void milestone_withScreenshot_works()
    {
        const QString png = m_home.filePath(QStringLiteral("milestone.png"));
        const Run r = run({QStringLiteral("--screenshot"), png, QStringLiteral("--milestone"),
                           QStringLiteral("m-cloud-datacentre"), QStringLiteral("--lang"),
                           QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
    }

    void listChapters_printsStartAndTitle()
    {
        const Run r = run(
            {QStringLiteral("--list-chapters"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(2), QStringLiteral("00:12\tTaiko to an empty venue"));
        const Run zh = run(
            {QStringLiteral("--list-chapters"), QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY(zh.out.contains(u"00:41\t希望是光,希望有你"));
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
        json.replace("\"Closing\"", "\"Farewell <b>now</b>\"");
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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
