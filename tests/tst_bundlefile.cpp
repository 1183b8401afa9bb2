// Every file a bundle names is opened the one safe way: links resolved and
// kept inside the bundle's folder, regular files only, never a blocking
// open of a pipe or a device, a bounded read.
#include "core/BundleFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hope::core;

class TestBundleFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_bundle;   // the bundle's folder
    QString m_outside;  // a folder beside it

    QString write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
        QDir(m_root.path()).mkpath(QStringLiteral("bundle/clip"));
        QDir(m_root.path()).mkpath(QStringLiteral("outside"));
        m_bundle = m_root.filePath(QStringLiteral("bundle"));
        m_outside = m_root.filePath(QStringLiteral("outside"));
        write(m_bundle + QStringLiteral("/clip/captions.vtt"), "WEBVTT\n");
        write(m_bundle + QStringLiteral("/big.bin"), QByteArray(5000, 'x'));
        write(m_outside + QStringLiteral("/secret.txt"), "secret");
        QFile::link(m_outside + QStringLiteral("/secret.txt"),
                    m_bundle + QStringLiteral("/clip/out.vtt"));
        QFile::link(QStringLiteral("captions.vtt"), m_bundle + QStringLiteral("/clip/in.vtt"));
        QFile::link(QStringLiteral("/dev/zero"), m_bundle + QStringLiteral("/clip/zero.vtt"));
        QFile::link(QStringLiteral("nowhere.vtt"), m_bundle + QStringLiteral("/clip/dangling.vtt"));
        QVERIFY(::mkfifo(QFile::encodeName(m_bundle + QStringLiteral("/clip/fifo.vtt")).constData(),
                         0600) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(m_outside + QStringLiteral("/fifo")).constData(),
                         0600) == 0);
        QFile::link(m_outside + QStringLiteral("/fifo"),
                    m_bundle + QStringLiteral("/clip/fifolink.vtt"));
    }

    void read_data()
    {
        QTest::addColumn<QString>("file");  // relative to the bundle's folder
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("error");  // empty: read, and holds what it says
        QTest::newRow("a regular file") << "clip/captions.vtt" << qint64(100) << "";
        QTest::newRow("a link within the folder") << "clip/in.vtt" << qint64(100) << "";
        QTest::newRow("a link out of the folder")
            << "clip/out.vtt" << qint64(100) << "leads outside the bundle's folder";
        QTest::newRow("a link to a device")
            << "clip/zero.vtt" << qint64(100) << "leads outside the bundle's folder";
        QTest::newRow("a pipe") << "clip/fifo.vtt" << qint64(100)
                                << "is not a regular file (a device, a pipe or a socket)";
        QTest::newRow("a link to a pipe outside")
            << "clip/fifolink.vtt" << qint64(100) << "leads outside the bundle's folder";
        QTest::newRow("a link to nothing")
            << "clip/dangling.vtt" << qint64(100) << "is a link that leads nowhere";
        QTest::newRow("missing") << "clip/gone.vtt" << qint64(100) << "does not exist";
        QTest::newRow("a folder") << "clip" << qint64(100) << "is a folder, not a file";
        QTest::newRow("too large")
            << "big.bin" << qint64(4999) << "is 5000 bytes, more than the 4999 bytes allowed";
        QTest::newRow("just small enough") << "big.bin" << qint64(5000) << "";
    }

    void read()
    {
        QFETCH(QString, file);
        QFETCH(qint64, limit);
        QFETCH(QString, error);
        QElapsedTimer timer;
        timer.start();
        const BundleFile::Read r = BundleFile::read(m_bundle + u'/' + file, m_bundle, limit);
        QCOMPARE(r.error, error);
        QCOMPARE(BundleFile::check(m_bundle + u'/' + file, m_bundle, limit), error);
        if (error.isEmpty())
            QVERIFY(!r.data.isEmpty());
        else
            QVERIFY(r.data.isEmpty());
        // Never waits on a pipe (a blocking open would hang here for good).
        QVERIFY(timer.elapsed() < 5000);
    }

    void noFolderRule_stillRefusesDevicesAndPipes()
    {
        QCOMPARE(BundleFile::read(QStringLiteral("/dev/zero"), QString(), 100).error,
                 QStringLiteral("is not a regular file (a device, a pipe or a socket)"));
        QCOMPARE(BundleFile::read(m_outside + QStringLiteral("/fifo"), QString(), 100).error,
                 QStringLiteral("is not a regular file (a device, a pipe or a socket)"));
        QCOMPARE(BundleFile::read(m_outside + QStringLiteral("/secret.txt"), QString(), 100).data,
                 QByteArray("secret"));
    }

    void resources_areReadAsTheyAre()
    {
        const BundleFile::Read r = BundleFile::read(
            QStringLiteral(":/article/hope-lights-us-up.json"), QString(), 16 << 20);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.data.startsWith('{'));
        QCOMPARE(BundleFile::read(QStringLiteral(":/article/hope-lights-us-up.json"), QString(), 10)
                     .error.left(3),
                 QStringLiteral("is "));
    }

    void resolved_isTheFileChecked()
    {
        QCOMPARE(BundleFile::resolved(m_bundle + QStringLiteral("/clip/in.vtt")),
                 QDir(m_bundle).canonicalPath() + QStringLiteral("/clip/captions.vtt"));
    }
};

QTEST_MAIN(TestBundleFile)
#include "tst_bundlefile.moc"
