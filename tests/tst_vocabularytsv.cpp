#include "SpecialFiles.h"
#include "TestArticle.h"
#include "core/VocabularyTsv.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

// The vocabulary as Anki imports it: its header lines, one word a line,
// five fields that never spill into each other.
class TestVocabularyTsv final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anEmptyListIsTheHeaderOnly()
    {
        Article article;
        article.meta.title.zh = u"希望是光"_s;
        QCOMPARE(VocabularyTsv::toTsv(article, {}),
                 QByteArray("#separator:tab\n#html:false\n"
                            "#columns:Word\tPinyin\tMeaning\tSentence\tSource\n"));
    }

    void aWordALine()
    {
        Article article;
        article.meta.title.zh = u"希望是光"_s;
        article.meta.outlet.zh = u"贝壳号"_s;
        article.meta.date = QDate(2021, 6, 23);
        const QDateTime added(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
        const QList<VocabularyWord> words{
            {u"奥运会"_s, u"àoyùnhuì"_s, u"Olympic Games"_s, u"东京奥运会将如期举办。"_s,
             u"s1-p1"_s, added},
            {u"希望"_s, u"xīwàng"_s, u"to hope\ta hope\nwish"_s, u"line\r\none"_s, u"b"_s, added}};
        const QList<QByteArray> lines = VocabularyTsv::toTsv(article, words).split('\n');
        QCOMPARE(lines.size(), 6);  // Three header lines, two words, the last newline.
        QCOMPARE(QString::fromUtf8(lines.at(3)),
                 u"奥运会\tàoyùnhuì\tOlympic Games\t东京奥运会将如期举办。\t希望是光, 贝壳号, "
                 u"2021-06-23"_s);
        const QList<QByteArray> fields = lines.at(4).split('\t');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(QString::fromUtf8(fields.at(2)), u"to hope a hope wish"_s);
        QCOMPARE(QString::fromUtf8(fields.at(3)), u"line one"_s);
        QVERIFY(lines.at(5).isEmpty());
    }

    void savedSafely_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << u"fifo"_s;
        QTest::newRow("folder") << u"folder"_s;
    }
    void savedSafely()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"words.tsv"_s);
        QVERIFY(makeSpecialFile(kind, path) != 0);
        const QString error = VocabularyTsv::save(path, Article(), {});
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void savesAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"words.tsv"_s);
        QCOMPARE(VocabularyTsv::save(path, embeddedArticle(), {}), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("#separator:tab\n"));
    }
};

QTEST_GUILESS_MAIN(TestVocabularyTsv)
#include "tst_vocabularytsv.moc"
