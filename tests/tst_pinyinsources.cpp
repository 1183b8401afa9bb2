#include "core/PinyinSources.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hope::core::PinyinSources;

namespace {

const QString kUnihan = QStringLiteral("/usr/share/unicode/Unihan_Readings.txt.bz2");

// A small Rime dictionary in the word list's own form (traditional
// spellings, weights on some lines), read with Debian's Unihan.
const char kWordList[] =
    "---\n"
    "name: test\n"
    "...\n"
    "長\tchang2\t90%\n"
    "長期\tchang2 qi2\n"
    "期待\tqi2 dai4\n"
    "常識\tchang2 shi4\n"
    "不好\tbu2 hao4\n"
    "不好\tbu4 hao3\n"
    "一樣\tyi2 yang4\n"
    "日子\tri4 zi5\n";

}  // namespace

class TestPinyinSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wordList = m_dir.filePath(QStringLiteral("words.dict.yaml"));
        QFile file(m_wordList);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(kWordList) > 0);
        file.close();
        const QString error = PinyinSources::read(m_wordList, kUnihan, &m_readings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Each word by its simplified spelling, as the mainland reads it.
    // Expected readings from the Xiandai Hanyu Cidian.
    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("reading");
        QTest::newRow("Taiwan's qí: qī") << QStringLiteral("长期") << QStringLiteral("chang2 qi1");
        QTest::newRow("and in another word")
            << QStringLiteral("期待") << QStringLiteral("qi1 dai4");
        QTest::newRow("shì: shí") << QStringLiteral("常识") << QStringLiteral("chang2 shi2");
        QTest::newRow("of two unweighted, the usual")
            << QStringLiteral("不好") << QStringLiteral("bu4 hao3");
        QTest::newRow("一 in its own tone")
            << QStringLiteral("一样") << QStringLiteral("yi1 yang4");
        QTest::newRow("a neutral tone kept") << QStringLiteral("日子") << QStringLiteral("ri4 zi5");
        QTest::newRow("traditional spelling too")
            << QStringLiteral("長期") << QStringLiteral("chang2 qi1");
    }

    void words()
    {
        QFETCH(QString, word);
        QFETCH(QString, reading);
        QCOMPARE(m_readings.words.value(word).join(u' '), reading);
    }

    void characters()
    {
        // Unihan's, the 2013 dictionary's where they differ; the word
        // list's single characters only where Unihan has none.
        QCOMPARE(m_readings.characters.value(U'长'), QStringLiteral("zhang3"));
        QCOMPARE(m_readings.characters.value(U'绩'), QStringLiteral("ji4"));
        QVERIFY(m_readings.characters.size() > 40000);
        QVERIFY(!m_readings.words.contains(QStringLiteral("长")));
    }

    void fields()
    {
        QCOMPARE(PinyinSources::hanCodePoints(u"希望"), (QList<uint>{0x5e0c, 0x671b}));
        QVERIFY(PinyinSources::hanCodePoints(u"希a").isEmpty());
        QVERIFY(PinyinSources::hanCodePoints(u"").isEmpty());
        QCOMPARE(PinyinSources::syllablesOf(u"xi1 wang4"),
                 (QStringList{QStringLiteral("xi1"), QStringLiteral("wang4")}));
        QVERIFY(PinyinSources::syllablesOf(u"xi1 WANG4").isEmpty());
        QVERIFY(PinyinSources::syllablesOf(u"xī").isEmpty());
    }

    // A missing file names itself and the package that installs it.
    void missing()
    {
        PinyinSources::Readings readings;
        const QString gone = m_dir.filePath(QStringLiteral("gone.yaml"));
        QString error = PinyinSources::read(gone, kUnihan, &readings);
        QVERIFY2(error.contains(gone) && error.contains(u"rime-data-terra-pinyin"),
                 qPrintable(error));
        error = PinyinSources::read(m_wordList, gone, &readings);
        QVERIFY2(error.contains(gone) && error.contains(u"unicode-data"), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    QString m_wordList;
    PinyinSources::Readings m_readings;
};

QTEST_GUILESS_MAIN(TestPinyinSources)
#include "tst_pinyinsources.moc"
