#include "AppSettings.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPath_isInTheTestConfigFolder()
    {
        QVERIFY(AppSettings::defaultFilePath().contains(u"qttest"));
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
            s.setClipPreferences({0.25f, true, false, 31000});
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
            "[reader]\nlanguage=klingon\nposition=s2-p3@7\n"
            "[clip]\nvolume=7\nmuted=maybe\ncaptions=2\nposition=-40\n");
        QTest::newRow("half a file") << QByteArray("[reader]\nlanguage=z");
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
        QVERIFY(!s.readingPosition());
        QVERIFY(s.splitterState(QStringLiteral("main")).size() < 64 * 1024);
        const ClipPreferences clip = s.clipPreferences();
        QCOMPARE(clip.volume, 1.0f);
        QVERIFY(!clip.muted);
        QVERIFY(clip.captions);
        QCOMPARE(clip.positionMs, 0);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
