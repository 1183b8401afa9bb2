#include "SpecialFiles.h"
#include "TestArticle.h"
#include "core/AnnotationSet.h"
#include "core/NotesFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace hope::core;

namespace {

Annotation highlightOn(const Article &article, const QString &block, qsizetype start,
                       qsizetype length)
{
    auto a = AnnotationAnchor::highlight(article, block, Language::Chinese, start, length);
    return a.value_or(Annotation());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One item as the format has it; fields replaced by the test.
QByteArray fileWith(const QString &itemJson)
{
    return QStringLiteral(R"({"format": "hope-reader-notes", "version": 1, "items": [%1]})")
        .arg(itemJson)
        .toUtf8();
}

const QString kGood = QStringLiteral(
    R"({"id": "a1", "kind": "highlight", "block": "s1-p1", "language": "zh", "start": 0,)"
    R"( "length": 4, "quote": "一年等待", "colour": "green", "note": "重要",)"
    R"( "created": "2026-12-07T08:00:00Z"})");

}  // namespace

class TestNotesFile : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    void roundTrips()
    {
        Annotation a = highlightOn(m_article, QStringLiteral("s1-p1"), 0, 4);
        a.colour = HighlightColour::Pink;
        a.note = QStringLiteral("a note\nwith \"quotes\" and <b>tags</b>");
        Annotation b =
            *AnnotationAnchor::bookmark(m_article, QStringLiteral("s1-p2"), Language::English);
        const NotesFile::Read read =
            NotesFile::fromJson(NotesFile::toJson(m_article, {a, b}), QStringLiteral("x"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.items.size(), 2);
        QCOMPARE(read.items.at(0), a);
        QCOMPARE(read.items.at(1), b);
    }

    void readsTheDocumentedFormat()
    {
        const NotesFile::Read read = NotesFile::fromJson(fileWith(kGood), QStringLiteral("n.json"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Annotation &a = read.items.at(0);
        QCOMPARE(a.quote, QStringLiteral("一年等待"));
        QCOMPARE(a.colour, HighlightColour::Green);
        QCOMPARE(a.note, QStringLiteral("重要"));
        QCOMPARE(a.created, QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC));
        QCOMPARE(read.articleTitle, QString());
        const NotesFile::Read titled =
            NotesFile::fromJson(NotesFile::toJson(m_article, read.items), QStringLiteral("n"));
        QCOMPARE(titled.articleTitle, m_article.meta.title.zh);
        QCOMPARE(AnnotationAnchor::place(m_article, a).state, AnchorPlace::State::Attached);
    }

    // Hostile or broken files: refused whole, with the file and the
    // problem named; nothing half-read.
    void refusesWhatIsNotNotes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("said");
        const auto item = [](const QString &from, const QString &to) {
            QString changed = kGood;
            changed.replace(from, to);
            changed.replace(QStringLiteral("\"a1\""), QStringLiteral("\"a2\""));
            return fileWith(QStringLiteral("%1, %2").arg(kGood, changed));
        };
        QTest::addRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not JSON");
        QTest::addRow("a bundle") << QByteArray(R"({"format": "hope-reader-bundle"})")
                                  << QStringLiteral("not a Hope Reader notes file");
        QTest::addRow("an article that is not an object")
            << QByteArray(
                   R"({"format": "hope-reader-notes", "version": 1, "article": 3, "items": []})")
            << QStringLiteral("\"article\" must be an object");
        QTest::addRow("a later version")
            << QByteArray(R"({"format": "hope-reader-notes", "version": 2, "items": []})")
            << QStringLiteral("version 2");
        QTest::addRow("no items") << QByteArray(R"({"format": "hope-reader-notes", "version": 1})")
                                  << QStringLiteral("no list of items");
        QTest::addRow("duplicate ids") << fileWith(kGood + QStringLiteral(", ") + kGood)
                                       << QStringLiteral("items[1]: the id \"a1\" is given twice");
        QTest::addRow("a key twice")
            << fileWith(QString(kGood).replace(QStringLiteral("\"id\": \"a1\","),
                                               QStringLiteral("\"id\": \"a1\", \"id\": \"a2\",")))
            << QStringLiteral("line 1");
        QTest::addRow("unknown colour") << item(QStringLiteral("green"), QStringLiteral("red"))
                                        << QStringLiteral("items[1]: \"colour\"");
        QTest::addRow("negative start")
            << item(QStringLiteral("\"start\": 0"), QStringLiteral("\"start\": -3"))
            << QStringLiteral("items[1]: \"start\"");
        QTest::addRow("fractional length")
            << item(QStringLiteral("\"length\": 4"), QStringLiteral("\"length\": 1.5"))
            << QStringLiteral("items[1]: \"start\" and \"length\"");
        QTest::addRow("length not the quote's")
            << item(QStringLiteral("\"length\": 4"), QStringLiteral("\"length\": 3"))
            << QStringLiteral("items[1]: a highlight's");
        QTest::addRow("unknown kind")
            << item(QStringLiteral("highlight"), QStringLiteral("scribble"))
            << QStringLiteral("items[1]: \"kind\"");
        QTest::addRow("bad language") << item(QStringLiteral("\"zh\""), QStringLiteral("\"fr\""))
                                      << QStringLiteral("items[1]: \"language\"");
        QTest::addRow("no date") << item(QStringLiteral("2026-12-07T08:00:00Z"),
                                         QStringLiteral("soon"))
                                 << QStringLiteral("items[1]: \"created\"");
        QTest::addRow("a number for a note")
            << item(QStringLiteral("\"重要\""), QStringLiteral("12")) << QStringLiteral("\"note\"");
        QTest::addRow("a huge note")
            << item(QStringLiteral("重要"), QString(AnnotationSet::kMaxNote + 1, u'x'))
            << QStringLiteral("\"note\" must be text of at most");
        QTest::addRow("a huge id")
            << item(QStringLiteral("\"a1\""), u'"' + QString(65, u'i') + u'"')
            << QStringLiteral("\"id\"");
        QTest::addRow("control character")
            << fileWith(QString(kGood).replace(QStringLiteral("重要"), QStringLiteral("a\x01b")))
            << QStringLiteral("line 1");
    }
    void refusesWhatIsNotNotes()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, said);
        const NotesFile::Read read = NotesFile::fromJson(data, QStringLiteral("/tmp/n.json"));
        QVERIFY(!read.ok());
        QVERIFY(read.items.isEmpty());
        QVERIFY2(read.error.startsWith(QStringLiteral("/tmp/n.json: ")), qPrintable(read.error));
        QVERIFY2(read.error.contains(said), qPrintable(read.error));
    }

    void tooManyItemsAreRefused()
    {
        QStringList items;
        for (int i = 0; i <= AnnotationSet::kMaxItems; ++i)
            items << QString(kGood).replace(QStringLiteral("\"a1\""),
                                            QStringLiteral("\"a") + QString::number(i) + u'"');
        const NotesFile::Read read =
            NotesFile::fromJson(fileWith(items.join(u',')), QStringLiteral("n"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(QStringLiteral("more than 5000 items")),
                 qPrintable(read.error));
    }

    void noFileIsAnEmptySet()
    {
        QTemporaryDir dir;
        const NotesFile::Read read = NotesFile::read(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(read.ok());
        QVERIFY(read.items.isEmpty());
    }

    void writesAndReadsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/notes.json"));
        const Annotation a = highlightOn(m_article, QStringLiteral("s1-p1"), 0, 4);
        QCOMPARE(NotesFile::write(path, m_article, {a}), QString());
        const NotesFile::Read read = NotesFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.items, QList<Annotation>{a});
    }

    void aLinkIsNeitherReadNorWrittenThrough()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("elsewhere.txt"));
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(writeFile(target, "someone's file"));
        QVERIFY(QFile::link(target, path));
        const NotesFile::Read read = NotesFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(path) && read.error.contains(QStringLiteral("link")),
                 qPrintable(read.error));
        const QString written = NotesFile::write(path, m_article, {});
        QVERIFY(!written.isEmpty());
        QCOMPARE(readFile(target), QByteArray("someone's file"));
        QVERIFY(QFileInfo(path).isSymLink());
    }

    void aFifoOrAFolderIsRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("fifo") << QStringLiteral("fifo");
        QTest::addRow("folder") << QStringLiteral("folder");
    }
    void aFifoOrAFolderIsRefusedWithoutBlocking()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(makeSpecialFile(kind, path) != 0);
        const NotesFile::Read read = NotesFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.startsWith(path), qPrintable(read.error));
        QVERIFY(!NotesFile::write(path, m_article, {}).isEmpty());
    }

    void aHugeFileIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(NotesFile::kMaxBytes + 1));
        file.close();
        const NotesFile::Read read = NotesFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.startsWith(path), qPrintable(read.error));
    }

    // A full disk (a file-size limit, as in tst_safeoutputfile): the notes
    // saved before are still there, whole.
    void aFullDiskKeepsTheLastSavedNotes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        const Annotation a = highlightOn(m_article, QStringLiteral("s1-p1"), 0, 4);
        QCOMPARE(NotesFile::write(path, m_article, {a}), QString());
        const QByteArray saved = readFile(path);

        QList<Annotation> many;
        for (int i = 0; i < 400; ++i) {
            Annotation b = a;
            b.id = QString::number(i);
            b.note = QString(200, u'n');
            many << b;
        }
        struct rlimit limits = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limits), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const auto undo = [&] {
            ::setrlimit(RLIMIT_FSIZE, &limits);
            std::signal(SIGXFSZ, oldHandler);
        };
        const auto restore = qScopeGuard(undo);
        struct rlimit small = limits;
        small.rlim_cur = 16 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString error = NotesFile::write(path, m_article, many);
        undo();
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(path), saved);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("notes.json")});
    }

    void anUnreadableFileIsKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(writeFile(path, "garbage"));
        const QString aside = NotesFile::keepAside(path);
        QVERIFY(aside.startsWith(path + QStringLiteral(".unreadable-")));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(readFile(aside), QByteArray("garbage"));
    }

    void theIdentityIsTheArticlesNotItsText()
    {
        Article changed = m_article;
        changed.sections[1].blocks[0].text.zh = QStringLiteral("改过的文字");
        QCOMPARE(NotesFile::identity(changed), NotesFile::identity(m_article));
        Article other = m_article;
        other.meta.title.zh = QStringLiteral("另一篇");
        QVERIFY(NotesFile::identity(other) != NotesFile::identity(m_article));
        QVERIFY(NotesFile::pathFor(m_article).endsWith(
            QStringLiteral("/notes/") + NotesFile::identity(m_article) + QStringLiteral(".json")));
        QVERIFY(NotesFile::pathFor(m_article).startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestNotesFile)
#include "tst_notesfile.moc"
