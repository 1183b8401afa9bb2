#include "SpecialFiles.h"
#include "TestArticle.h"
#include "core/VocabularyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

namespace {

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

VocabularyWord olympics()
{
    return {u"奥运会"_s,
            u"àoyùnhuì"_s,
            u"Olympic Games; the Olympics"_s,
            u"延迟一年的东京奥运会将如期举办。"_s,
            u"s1-p1"_s,
            QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC)};
}

}  // namespace

// The words kept on disk: the documented format, read whole or not at
// all, written safely and never through a link.
class TestVocabularyFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    void readsTheDocumentedFormat()
    {
        const QByteArray json = R"({"format": "hope-reader-vocabulary", "version": 1,
            "article": {"title": "希望是光", "date": "2021-06-23"},
            "words": [{"word": "奥运会", "pinyin": "àoyùnhuì",
                       "meaning": "Olympic Games; the Olympics",
                       "sentence": "延迟一年的东京奥运会将如期举办。", "block": "s1-p1",
                       "added": "2026-12-07T08:00:00Z"}]})";
        const VocabularyFile::Read read = VocabularyFile::fromJson(json, u"v.json"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.words.size(), 1);
        const VocabularyWord &w = read.words.first();
        QCOMPARE(w.word, u"奥运会"_s);
        QCOMPARE(w.pinyin, u"àoyùnhuì"_s);
        QCOMPARE(w.meaning, u"Olympic Games; the Olympics"_s);
        QCOMPARE(w.sentence, u"延迟一年的东京奥运会将如期举办。"_s);
        QCOMPARE(w.blockId, u"s1-p1"_s);
        QCOMPARE(w.added, QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC));
    }

    void roundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/v.json"_s);
        VocabularyWord second = olympics();
        second.word = u"希望"_s;
        second.meaning = u"to hope\t\"quoted\"\n<b>"_s;
        QCOMPARE(VocabularyFile::write(path, m_article, {olympics(), second}), QString());
        const VocabularyFile::Read read = VocabularyFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.words.size(), 2);
        QCOMPARE(read.words.at(1).meaning, u"to hope\t\"quoted\"\n<b>"_s);
        QCOMPARE(read.words.at(0).added, olympics().added);
    }

    void refusesWhatIsNotVocabulary_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray word =
            R"({"word": "光", "pinyin": "", "meaning": "", "sentence": "", "block": "b",
                "added": "2026-12-07T08:00:00Z"})";
        const auto file = [](const QByteArray &words) {
            return QByteArray(R"({"format": "hope-reader-vocabulary", "version": 1, "words": )") +
                   words + '}';
        };
        QTest::newRow("not JSON") << QByteArray("{\"format\":") << u"not JSON"_s;
        QTest::newRow("notes") << QByteArray(R"({"format": "hope-reader-notes", "version": 1})")
                               << u"not a Hope Reader vocabulary file"_s;
        QTest::newRow("version 2")
            << QByteArray(R"({"format": "hope-reader-vocabulary", "version": 2, "words": []})")
            << u"version 2"_s;
        QTest::newRow("no words") << QByteArray(
                                         R"({"format": "hope-reader-vocabulary", "version": 1})")
                                  << u"no list of words"_s;
        QTest::newRow("word not an object") << file("[1]") << u"words[0]: not an object"_s;
        QTest::newRow("word a number")
            << file("[" + QByteArray(word).replace("\"光\"", "7") + "]") << u"words[0]: \"word\""_s;
        QTest::newRow("empty word")
            << file("[" + QByteArray(word).replace("光", " ") + "]") << u"\"word\" is empty"_s;
        QTest::newRow("bad date")
            << file("[" + QByteArray(word).replace("2026-12-07T08:00:00Z", "tomorrow") + "]")
            << u"\"added\""_s;
        QTest::newRow("one good, one bad")
            << file("[" + word + ", " + QByteArray(word).replace("\"b\"", "null") + "]")
            << u"words[1]: \"block\""_s;
        QTest::newRow("huge field")
            << file("[" +
                    QByteArray(word).replace("\"pinyin\": \"\"",
                                             "\"pinyin\": \"" + QByteArray(5000, 'a') + '"') +
                    "]")
            << u"\"pinyin\" must be text"_s;
        QTest::newRow("duplicate key")
            << QByteArray(
                   R"({"format": "hope-reader-vocabulary", "format": "x", "version": 1, "words": []})")
            << u"line 1"_s;
    }
    void refusesWhatIsNotVocabulary()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const VocabularyFile::Read read = VocabularyFile::fromJson(json, u"mine.json"_s);
        QVERIFY(!read.ok());
        QVERIFY(read.words.isEmpty());
        QVERIFY2(read.error.startsWith(u"mine.json: "_s), qPrintable(read.error));
        QVERIFY2(read.error.contains(problem), qPrintable(read.error));
    }

    void tooManyWordsAreRefused()
    {
        QList<VocabularyWord> many(VocabularyFile::kMaxWords + 1, olympics());
        const VocabularyFile::Read read =
            VocabularyFile::fromJson(VocabularyFile::toJson(m_article, many), u"v"_s);
        QVERIFY(!read.ok());
        QVERIFY(read.error.contains(u"more than 5000 words"_s));
    }

    void noFileIsAnEmptyList()
    {
        QTemporaryDir dir;
        const VocabularyFile::Read read = VocabularyFile::read(dir.filePath(u"none.json"_s));
        QVERIFY(read.ok());
        QVERIFY(read.words.isEmpty());
    }

    void aLinkIsNeitherReadNorWrittenThrough()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"elsewhere.json"_s);
        QVERIFY(writeFile(target, "precious"));
        const QString link = dir.filePath(u"v.json"_s);
        QVERIFY(QFile::link(target, link));
        const VocabularyFile::Read read = VocabularyFile::read(link);
        QVERIFY(!read.ok());
        QVERIFY(read.error.contains(link));
        QVERIFY(!VocabularyFile::write(link, m_article, {olympics()}).isEmpty());
        QCOMPARE(readFile(target), QByteArray("precious"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void aFifoOrAFolderIsRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << u"fifo"_s;
        QTest::newRow("folder") << u"folder"_s;
    }
    void aFifoOrAFolderIsRefusedWithoutBlocking()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.json"_s);
        QVERIFY(makeSpecialFile(kind, path) != 0);
        QVERIFY(!VocabularyFile::read(path).ok());
        QVERIFY(!VocabularyFile::write(path, m_article, {olympics()}).isEmpty());
    }

    void theFileIsTheArticles()
    {
        const QString path = VocabularyFile::pathFor(m_article);
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.contains(u"/vocabulary/"_s));
        QVERIFY(path.endsWith(u".json"_s));
        Article edited = m_article;
        edited.sections.first().blocks.first().text.zh += u"改"_s;
        QCOMPARE(VocabularyFile::pathFor(edited), path);
        edited.meta.title.zh += u"二"_s;
        QVERIFY(VocabularyFile::pathFor(edited) != path);
    }

private:
    Article m_article;
};

QTEST_GUILESS_MAIN(TestVocabularyFile)
#include "tst_vocabularyfile.moc"
