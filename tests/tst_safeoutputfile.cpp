#include "SpecialFiles.h"
#include "core/SafeOutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace hope::core;

// Outputs the reader writes for the user (PDF, WAV, PNG, settings): never
// over a special file, never blocking, never a truncated file reported as
// written, the old file kept whole on any failure.
class TestSafeOutputFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
    }

    static mode_t typeOf(const QString &path)
    {
        struct stat st = {};
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
    }

    static mode_t permissionsOf(const QString &path)
    {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
    }

    static QStringList entries(const QString &dir)
    {
        return QDir(dir).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewFile_isWrittenWhole_withTheUsersPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        const mode_t old = ::umask(027);
        const auto restore = qScopeGuard([old] { ::umask(old); });
        SafeOutputFile file(path);
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        QCOMPARE(file.device()->write("hello"), qint64(5));
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(readFile(path), QByteArray("hello"));
        QCOMPARE(permissionsOf(path), mode_t(0640));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.bin")});
    }

    void anOldFile_isReplaced_keepingItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        QVERIFY(writeFile(path, "old contents, longer than the new"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0604), 0);
        SafeOutputFile file(path);
        QVERIFY(file.open());
        // Until the commit the old file is there as it was.
        file.device()->write("new");
        QCOMPARE(readFile(path), QByteArray("old contents, longer than the new"));
        QVERIFY(file.commit());
        QCOMPARE(readFile(path), QByteArray("new"));
        QCOMPARE(permissionsOf(path), mode_t(0604));
    }

    void specialFiles_areRefusedWithoutBeingOpened_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("throughALink");
        QTest::addColumn<QString>("said");
        for (const bool link : {false, true}) {
            const char *via = link ? " through a link" : "";
            QTest::addRow("fifo%s", via)
                << QStringLiteral("fifo") << link << QStringLiteral("FIFO");
            QTest::addRow("socket%s", via)
                << QStringLiteral("socket") << link << QStringLiteral("socket");
            QTest::addRow("folder%s", via)
                << QStringLiteral("folder") << link << QStringLiteral("folder");
            QTest::addRow("device%s", via)
                << QStringLiteral("device") << link << QStringLiteral("device");
        }
    }

    void specialFiles_areRefusedWithoutBeingOpened()
    {
        QFETCH(QString, kind);
        QFETCH(bool, throughALink);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString special = dir.filePath(QStringLiteral("special"));
        const QByteArray name = QFile::encodeName(special);
        int socketFd = -1;
        const auto closeSocket = qScopeGuard([&socketFd] {
            if (socketFd >= 0)
                ::close(socketFd);
        });
        mode_t expected = 0;
        if (kind == u"socket") {
            socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(socketFd >= 0);
            struct sockaddr_un address = {};
            address.sun_family = AF_UNIX;
            QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
            std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
            QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
            expected = S_IFSOCK;
        } else {
            expected = makeSpecialFile(kind, special);
            if (expected == 0 && kind == u"device")
                QSKIP("mknod is not allowed here (not root): the device row needs a device node");
            QVERIFY(expected != 0);
        }
        const QString path = throughALink ? dir.filePath(QStringLiteral("link")) : special;
        if (throughALink)
            QVERIFY(QFile::link(special, path));

        QVERIFY(!SafeOutputFile::targetProblem(path).isEmpty());
        SafeOutputFile file(path);
        QVERIFY(!file.open());
        QVERIFY2(file.errorString().contains(QDir::toNativeSeparators(path)),
                 qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(said), qPrintable(file.errorString()));
        QVERIFY(!file.commit());
        // Left as it was, nothing beside it.
        QCOMPARE(typeOf(special), expected);
        QCOMPARE(typeOf(path), throughALink ? mode_t(S_IFLNK) : expected);
        QCOMPARE(entries(dir.path()).size(), throughALink ? 2 : 1);
    }

    // A full disk, as the kernel reports it to a writer: here a file-size
    // limit (EFBIG), which needs no mount and no root.
    void aWriteThatFails_keepsTheOldFile_andSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pdf"));
        QVERIFY(writeFile(path, "the old PDF"));

        struct rlimit saved = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const auto undo = [&] {
            ::setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, oldHandler);
        };
        const auto restore = qScopeGuard(undo);
        struct rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);

        SafeOutputFile file(path);
        QVERIFY(file.open());
        const QByteArray chunk(4096, 'x');
        // The writer does not look at what write() returns, as QPdfWriter
        // does not: the commit must find out all the same.
        for (int i = 0; i < 64; ++i) file.device()->write(chunk);
        const bool committed = file.commit();
        undo();
        QVERIFY(!committed);
        QVERIFY2(file.errorString().contains(QDir::toNativeSeparators(path)),
                 qPrintable(file.errorString()));
        QCOMPARE(readFile(path), QByteArray("the old PDF"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.pdf")});
    }

    void aLink_isFollowedToARegularFile_orRefusedWhenAsked()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target.ini"));
        const QString link = dir.filePath(QStringLiteral("link.ini"));
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::link(target, link));

        SafeOutputFile refused(link, SafeOutputFile::Links::Refuse);
        QVERIFY(!refused.open());
        QVERIFY2(refused.errorString().contains(QStringLiteral("symbolic link")),
                 qPrintable(refused.errorString()));
        QCOMPARE(readFile(target), QByteArray("old"));
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));

        SafeOutputFile followed(link);
        QVERIFY(followed.open());
        followed.device()->write("new");
        QVERIFY(followed.commit());
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
        QCOMPARE(readFile(target), QByteArray("new"));
    }

    void aBrokenLinkOrAMissingFolder_isRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing folder")
            << QStringLiteral("no/such/folder/out.png") << QStringLiteral("no folder");
        QTest::newRow("broken link") << QStringLiteral("dangling") << QStringLiteral("link");
        QTest::newRow("empty name") << QString() << QStringLiteral("no file name");
    }

    void aBrokenLinkOrAMissingFolder_isRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nothing")),
                            dir.filePath(QStringLiteral("dangling"))));
        SafeOutputFile file(name.isEmpty() ? QString() : dir.filePath(name));
        QVERIFY(!file.open());
        QVERIFY2(file.errorString().contains(said), qPrintable(file.errorString()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nothing"))));
    }

    void anUncommittedFile_leavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.wav"));
        QVERIFY(writeFile(path, "old"));
        {
            SafeOutputFile file(path);
            QVERIFY(file.open());
            file.device()->write("half of a new");
            QVERIFY(QFileInfo::exists(file.temporaryPath()));
        }
        QCOMPARE(readFile(path), QByteArray("old"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.wav")});
    }
};

QTEST_GUILESS_MAIN(TestSafeOutputFile)
#include "tst_safeoutputfile.moc"
