// The player module: found only in fixed places, and loaded only when the
// clip plays. The proof runs the real reader and watches what it maps.
#include "ui/ClipPlayback.h"
#include "ui/PlayerLoader.h"
#include "ui/SpeechOutputFactory.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::ui;

namespace {
// The shared libraries the reader's run initialised, from LD_DEBUG=libs.
QStringList librariesLoadedBy(const QStringList &arguments, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOPE_READER_EXE), arguments);
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    QStringList libraries;
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    const QString log = QString::fromLocal8Bit(p.readAllStandardError());
    for (auto it = init.globalMatch(log); it.hasNext();) {
        const QString name = QFileInfo(it.next().captured(1)).fileName();
        if (!libraries.contains(name))
            libraries << name;
    }
    return libraries;
}

bool anyStartsWith(const QStringList &names, const QString &prefix)
{
    return std::any_of(names.cbegin(), names.cend(),
                       [&prefix](const QString &n) { return n.startsWith(prefix); });
}
}  // namespace

class TestPlayerLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void standardPlaces_areFixed_besideTheExecutable()
    {
        const QStringList places = PlayerLoader::standardCandidates();
        QCOMPARE(places.size(), 2);
        const QString here = QCoreApplication::applicationDirPath();
        QCOMPARE(places.at(0), here + QStringLiteral("/hope-player.so"));
        QVERIFY2(places.at(1).endsWith(QStringLiteral("/hope-reader/hope-player.so")),
                 qPrintable(places.at(1)));
        for (const QString &place : places) QVERIFY(QDir::isAbsolutePath(place));
        // Not from the current folder, not from the environment.
        QVERIFY(QDir::setCurrent(m_dir.path()));
        qputenv("QT_PLUGIN_PATH", m_dir.path().toLocal8Bit());
        QCOMPARE(PlayerLoader::standardCandidates(), places);
    }

    void loadsTheBuiltModule()
    {
        PlayerLoader loader(PlayerLoader::standardCandidates());
        const PlayerLoader::Result &result = loader.load();
        QVERIFY2(result.factory, qPrintable(result.error));
        QCOMPARE(result.path, PlayerLoader::standardCandidates().at(0));
        // The same module gives read-aloud its sound.
        QVERIFY(result.speech);
        // Asked again, the same answer, nothing loaded twice.
        QCOMPARE(loader.load().factory, result.factory);
    }

    void noModule_orNotOurs_saysWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QString() << QByteArray() << QStringLiteral("not there");
        QTest::newRow("not a library")
            << QStringLiteral("hope-player.so") << QByteArray("not an ELF file")
            << QStringLiteral("hope-player.so: ");
        QTest::newRow("a relative path")
            << QStringLiteral("relative") << QByteArray() << QStringLiteral("not there");
    }

    void noModule_orNotOurs_saysWhy()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString path = m_dir.filePath(QStringLiteral("nowhere/hope-player.so"));
        if (file == u"relative") {
            path = QStringLiteral("hope-player.so");
        } else if (!file.isEmpty()) {
            path = m_dir.filePath(file);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        PlayerLoader loader({path});
        const PlayerLoader::Result &result = loader.load();
        QVERIFY(!result.factory);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    // The point of the module: a reader that only reads maps none of Qt
    // Multimedia; one that shows a frame of the clip does.
    void multimedia_isLoadedOnlyWhenTheClipIsShown()
    {
        QTemporaryDir dir;
        int rc = -1;
        const QStringList reading = librariesLoadedBy(
            {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("a.png"))}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(anyStartsWith(reading, QStringLiteral("libQt6Widgets")),
                 "LD_DEBUG said nothing: the check would prove nothing");
        QVERIFY2(!anyStartsWith(reading, QStringLiteral("libQt6Multimedia")),
                 qPrintable(reading.join(u' ')));
        QVERIFY(!reading.contains(QStringLiteral("hope-player.so")));
        const QStringList watching = librariesLoadedBy(
            {QStringLiteral("--seek"), QStringLiteral("0:05"), QStringLiteral("--screenshot"),
             dir.filePath(QStringLiteral("b.png"))},
            &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(anyStartsWith(watching, QStringLiteral("libQt6Multimedia")),
                 qPrintable(watching.join(u' ')));
        QVERIFY(watching.contains(QStringLiteral("hope-player.so")));
        QStringList added;
        for (const QString &name : watching) {
            if (!reading.contains(name))
                added << name;
        }
        qInfo("reading maps %lld libraries; showing a frame adds %lld: %s", qint64(reading.size()),
              qint64(added.size()), qPrintable(added.join(u' ')));
    }
};

QTEST_MAIN(TestPlayerLoader)
#include "tst_playerloader.moc"
