#include "app/BundleDrop.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

using hope::app::BundleDrop;

namespace {

const QByteArray kBundleHead =
    "{\n \"format\": \"hope-reader-bundle\",\n \"formatVersion\": 3\n}\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestBundleDrop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("one"));
        QDir(m_dir.path()).mkpath(QStringLiteral("none"));
        QDir(m_dir.path()).mkpath(QStringLiteral("two"));
        QDir(m_dir.path()).mkpath(QStringLiteral("pipe"));
        QDir(m_dir.path()).mkpath(QStringLiteral("nested/inner"));
        QVERIFY(writeFile(path(QStringLiteral("a.json")), kBundleHead));
        QVERIFY(writeFile(path(QStringLiteral("one/article.json")), kBundleHead));
        QVERIFY(writeFile(path(QStringLiteral("one/notes.json")), "{\"format\": \"other\"}"));
        QVERIFY(writeFile(path(QStringLiteral("one/readme.txt")), kBundleHead));
        QVERIFY(writeFile(path(QStringLiteral("none/data.json")), "{\"format\": \"other\"}"));
        QVERIFY(writeFile(path(QStringLiteral("two/a.json")), kBundleHead));
        QVERIFY(writeFile(path(QStringLiteral("two/b.hope.json")), kBundleHead));
        QVERIFY(writeFile(path(QStringLiteral("pipe/b.json")), kBundleHead));
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe/a.json"))).constData(), 0600),
                 0);
        QVERIFY(writeFile(path(QStringLiteral("nested/inner/deep.json")), kBundleHead));
        QVERIFY(QFile::link(path(QStringLiteral("a.json")), path(QStringLiteral("link.json"))));
    }

    void resolve_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("opens");    // relative to the folder; empty: none
        QTest::addColumn<QString>("problem");  // part of what the reader is told
        const auto local = [this](const char *name) {
            return QUrl::fromLocalFile(path(QString::fromUtf8(name)));
        };
        QTest::newRow("a bundle file")
            << QList<QUrl>{local("a.json")} << true << "a.json" << QString();
        // Whatever else a file is, the loader says (as File > Open does).
        QTest::newRow("any other file, for the loader to judge")
            << QList<QUrl>{local("one/readme.txt")} << true << "one/readme.txt" << QString();
        QTest::newRow("a link to a bundle")
            << QList<QUrl>{local("link.json")} << true << "link.json" << QString();
        QTest::newRow("a folder with one bundle")
            << QList<QUrl>{local("one")} << true << "one/article.json" << QString();
        QTest::newRow("a folder with none")
            << QList<QUrl>{local("none")} << true << QString() << QStringLiteral("holds no");
        QTest::newRow("a folder with two")
            << QList<QUrl>{local("two")} << true << QString() << QStringLiteral("more than one");
        // A pipe named like a bundle is passed over, not read (no hang).
        QTest::newRow("a folder with a pipe")
            << QList<QUrl>{local("pipe")} << true << "pipe/b.json" << QString();
        // Only the folder's own files: a bundle names its files from there.
        QTest::newRow("a bundle one folder down")
            << QList<QUrl>{local("nested")} << true << QString() << QStringLiteral("holds no");
        QTest::newRow("two files") << QList<QUrl>{local("a.json"), local("one/article.json")}
                                   << false << QString() << QStringLiteral("one bundle at a time");
        QTest::newRow("from the web")
            << QList<QUrl>{QUrl(QStringLiteral("https://example.org/a.json"))} << false << QString()
            << QStringLiteral("on this computer");
    }

    void resolve()
    {
        QFETCH(QList<QUrl>, urls);
        QFETCH(bool, accepted);
        QFETCH(QString, opens);
        QFETCH(QString, problem);
        QMimeData data;
        data.setUrls(urls);
        QCOMPARE(BundleDrop::accepts(&data), accepted);
        const BundleDrop::Result r = BundleDrop::resolve(&data);
        QCOMPARE(r.path, opens.isEmpty() ? QString() : path(opens));
        if (problem.isEmpty())
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        else
            QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
    }

    void text_isNoDrop()
    {
        QMimeData data;
        data.setText(path(QStringLiteral("a.json")));
        QVERIFY(!BundleDrop::accepts(&data));
        QVERIFY(BundleDrop::resolve(&data).path.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundleDrop)
#include "tst_bundledrop.moc"
