#include "core/FrameSnapshot.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace hope::core;

class TestFrameSnapshot : public QObject
{
    Q_OBJECT

private:
    static QImage frame()
    {
        QImage image(96, 54, QImage::Format_RGB32);
        image.fill(QColor(10, 20, 30));
        image.setPixelColor(95, 53, QColor(200, 100, 50));
        return image;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesARealPng_ofTheFramesSize()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Pictures"));  // made on demand
        const FrameSnapshot::Result r =
            FrameSnapshot::save(frame(), folder, QStringLiteral("hope-clip"), 12480);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.path, folder + QStringLiteral("/hope-clip-0m12.480s.png"));
        QImageReader reader(r.path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage back = reader.read();
        QCOMPARE(back.size(), QSize(96, 54));
        QCOMPARE(back.pixelColor(95, 53), QColor(200, 100, 50));
        QCOMPARE(back.pixelColor(0, 0), QColor(10, 20, 30));
    }

    void neverOverAnotherFile()
    {
        QTemporaryDir dir;
        QFile taken(dir.filePath(QStringLiteral("hope-clip-0m12.480s.png")));
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("mine");
        taken.close();
        // A pipe under the next name is not opened, let alone written.
        const QByteArray fifo =
            dir.filePath(QStringLiteral("hope-clip-0m12.480s-2.png")).toLocal8Bit();
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const FrameSnapshot::Result r =
            FrameSnapshot::save(frame(), dir.path(), QStringLiteral("hope-clip"), 12480);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(QFileInfo(r.path).fileName(), QStringLiteral("hope-clip-0m12.480s-3.png"));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("mine"));
    }

    void freeName_keepsTheNamePlain_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("hope-clip") << qint64(0)
                               << QStringLiteral("hope-clip-0m00.000s.png");
        QTest::newRow("minutes") << QStringLiteral("film") << qint64(754321)
                                 << QStringLiteral("film-12m34.321s.png");
        QTest::newRow("control characters and a slash")
            << QStringLiteral("a\x1b[31m/b\nc") << qint64(1000)
            << QStringLiteral("a__31m_b_c-0m01.000s.png");
        QTest::newRow("a leading dot would hide it")
            << QStringLiteral("..x") << qint64(1000) << QStringLiteral("x-0m01.000s.png");
        QTest::newRow("nothing left")
            << QString() << qint64(1000) << QStringLiteral("clip-0m01.000s.png");
        QTest::newRow("chinese kept")
            << QStringLiteral("希望") << qint64(1000) << QStringLiteral("希望-0m01.000s.png");
    }

    void freeName_keepsTheNamePlain()
    {
        QFETCH(QString, clip);
        QFETCH(qint64, ms);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QCOMPARE(FrameSnapshot::freeName(dir.path(), clip, ms), name);
    }

    void problems_nameTheFolderOrFile()
    {
        QTemporaryDir dir;
        QVERIFY(!FrameSnapshot::save(QImage(), dir.path(), QStringLiteral("c"), 0).ok());
        // A file where the folder should be.
        QFile file(dir.filePath(QStringLiteral("notAFolder")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const FrameSnapshot::Result r = FrameSnapshot::save(
            frame(), file.fileName() + QStringLiteral("/sub"), QStringLiteral("c"), 0);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("notAFolder")), qPrintable(r.error));
        if (::geteuid() != 0) {
            const QString locked = dir.filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(locked));
            QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
            const FrameSnapshot::Result denied =
                FrameSnapshot::save(frame(), locked, QStringLiteral("c"), 0);
            QVERIFY(!denied.ok());
            QVERIFY2(denied.error.contains(QStringLiteral("locked")), qPrintable(denied.error));
            QVERIFY(QDir(locked).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }
};

QTEST_GUILESS_MAIN(TestFrameSnapshot)
#include "tst_framesnapshot.moc"
