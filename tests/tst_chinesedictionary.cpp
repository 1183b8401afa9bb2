#include "SpecialFiles.h"

#include "core/ChineseDictionary.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

// The compiled subset against CC-CEDICT's own lines (quoted from
// cc-cedict.org's file, not from what this code reads), the longest-match
// choices, and files that are not a dictionary.
class TestChineseDictionary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void entriesAreCcCedicts_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QStringList>("senses");
        // 奧運會 奥运会 [Ao4 yun4 hui4] /Olympic Games; the Olympics (abbr. ...)/
        QTest::newRow("奥运会") << u"奥运会"_s << 0 << u"奧運會"_s << u"Ao4 yun4 hui4"_s
                                << QStringList{
                                       u"Olympic Games; the Olympics (abbr. for "
                                       u"奧林匹克運動會|奥林匹克运动会[Ao4 lin2 pi3 ke4 "
                                       u"Yun4 dong4 hui4])"_s};
        // 希望 希望 [xi1 wang4] /to hope/a hope; a wish (CL:個|个[ge4])/
        QTest::newRow("希望") << u"希望"_s << 0 << u"希望"_s << u"xi1 wang4"_s
                              << QStringList{u"to hope"_s, u"a hope; a wish (CL:個|个[ge4])"_s};
        // 會 会 [hui4] /.../ and 會 会 [kuai4] /(bound form) to reckon accounts/
        QTest::newRow("会, second reading") << u"会"_s << 1 << u"會"_s << u"kuai4"_s
                                            << QStringList{u"(bound form) to reckon accounts"_s};
        // 運 运 [yun4] /to move/to transport/to use/to apply/fortune/luck/fate/
        QTest::newRow("运") << u"运"_s << 0 << u"運"_s << u"yun4"_s
                            << QStringList{u"to move"_s,  u"to transport"_s, u"to use"_s,
                                           u"to apply"_s, u"fortune"_s,      u"luck"_s,
                                           u"fate"_s};
        // 奧 奥 [Ao4] (Austria, Olympics) before 奧 奥 [ao4] /obscure/mysterious/
        QTest::newRow("奥, lower case second")
            << u"奥"_s << 1 << u"奧"_s << u"ao4"_s << QStringList{u"obscure"_s, u"mysterious"_s};
    }
    void entriesAreCcCedicts()
    {
        QFETCH(QString, word);
        QFETCH(int, index);
        QFETCH(QString, traditional);
        QFETCH(QString, pinyin);
        QFETCH(QStringList, senses);
        ChineseDictionary dictionary;
        QVERIFY2(dictionary.load(), qPrintable(dictionary.error()));
        const QList<DictionaryEntry> entries = dictionary.entries(word);
        QVERIFY(entries.size() > index);
        QCOMPARE(entries.at(index).simplified, word);
        QCOMPARE(entries.at(index).traditional, traditional);
        QCOMPARE(entries.at(index).pinyin, pinyin);
        QCOMPARE(entries.at(index).senses, senses);
    }

    void subsetCoversTheArticleOnly()
    {
        ChineseDictionary dictionary;
        QVERIFY(dictionary.load());
        // The article's words are in; a word it never uses is not.
        QVERIFY(dictionary.contains(u"东京"_s));
        QVERIFY(dictionary.contains(u"阿里巴巴"_s));
        QVERIFY(!dictionary.contains(u"熊猫"_s));
        QVERIFY(dictionary.entryCount() > 1000);
        QVERIFY(dictionary.entryCount() < 5000);
    }

    void wordsAtAPlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("运 in 奥运会")
            << u"东京奥运会开幕"_s << 3 << QStringList{u"奥运会"_s, u"奥运"_s, u"运"_s}
            << QList<int>{2, 2, 3};
        QTest::newRow("first character")
            << u"希望是光"_s << 0 << QStringList{u"希望"_s, u"希"_s} << QList<int>{0, 0};
        QTest::newRow("last character")
            << u"希望是光"_s << 3 << QStringList{u"光"_s} << QList<int>{3};
        QTest::newRow("Latin") << u"ab奥运"_s << 0 << QStringList{} << QList<int>{};
        QTest::newRow("out of range") << u"奥运"_s << 2 << QStringList{} << QList<int>{};
        QTest::newRow("negative") << u"奥运"_s << -1 << QStringList{} << QList<int>{};
    }
    void wordsAtAPlace()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QStringList, words);
        QFETCH(QList<int>, starts);
        ChineseDictionary dictionary;
        QStringList found;
        QList<int> at;
        for (const DictionaryWord &word : dictionary.wordsAt(text, position)) {
            found.append(word.text);
            at.append(int(word.start));
            QCOMPARE(word.length, word.text.size());
        }
        QCOMPARE(found, words);
        QCOMPARE(at, starts);
    }

    void wordsInAText()
    {
        ChineseDictionary dictionary;
        QStringList found;
        for (const DictionaryWord &word : dictionary.wordsIn(u"奥运会"_s)) found.append(word.text);
        QCOMPARE(found, (QStringList{u"奥运"_s, u"奥运会"_s}));
    }

    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("simplified");
        QTest::addColumn<int>("senses");
        QTest::newRow("entry") << u"中國 中国 [Zhong1 guo2] /China/"_s << true << u"中国"_s << 1;
        QTest::newRow("two senses") << u"光 光 [guang1] /light/bright/"_s << true << u"光"_s << 2;
        QTest::newRow("trailing CR") << u"光 光 [guang1] /light/\r"_s << true << u"光"_s << 1;
        QTest::newRow("comment") << u"# 光 光 [guang1] /light/"_s << false << QString() << 0;
        QTest::newRow("blank") << u"   "_s << false << QString() << 0;
        QTest::newRow("no pinyin") << u"光 光 /light/"_s << false << QString() << 0;
        QTest::newRow("no senses") << u"光 光 [guang1] //"_s << false << QString() << 0;
        QTest::newRow("not closed") << u"光 光 [guang1] /light"_s << false << QString() << 0;
        QTest::newRow("one form") << u"光 [guang1] /light/"_s << false << QString() << 0;
        QTest::newRow("empty pinyin") << u"光 光 [] /light/"_s << false << QString() << 0;
        QTest::newRow("huge headword")
            << u"%1 %1 [x] /y/"_s.arg(QString(100, u'光')) << false << QString() << 0;
    }
    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        QFETCH(QString, simplified);
        QFETCH(int, senses);
        const std::optional<DictionaryEntry> entry = ChineseDictionary::parseLine(line);
        QCOMPARE(entry.has_value(), valid);
        if (valid) {
            QCOMPARE(entry->simplified, simplified);
            QCOMPARE(entry->senses.size(), senses);
        }
    }

    void badFilesAreErrorsNamingThem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << u"missing"_s;
        QTest::newRow("folder") << u"folder"_s;
        QTest::newRow("fifo") << u"fifo"_s;
        QTest::newRow("no entries") << u"garbage"_s;
        QTest::newRow("too large") << u"large"_s;
    }
    void badFilesAreErrorsNamingThem()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cedict.u8"_s);
        if (kind == u"fifo" || kind == u"folder") {
            QVERIFY(makeSpecialFile(kind, path) != 0);
        } else if (kind != u"missing") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == u"garbage")
                file.write("\x00\xff not a dictionary\n# only a comment\n", 36);
            else
                QVERIFY(file.resize(ChineseDictionary::kMaxBytes + 1));
        }
        ChineseDictionary dictionary(path);
        QVERIFY(!dictionary.load());  // A FIFO would hang here if it were opened.
        QVERIFY2(dictionary.error().contains(path), qPrintable(dictionary.error()));
        QVERIFY(dictionary.entries(u"光"_s).isEmpty());
        QVERIFY(dictionary.wordsAt(u"光"_s, 0).isEmpty());
        QVERIFY(!dictionary.load());  // Not retried.
    }
};

QTEST_GUILESS_MAIN(TestChineseDictionary)
#include "tst_chinesedictionary.moc"
