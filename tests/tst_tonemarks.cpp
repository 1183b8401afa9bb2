#include "core/ToneMarks.h"

#include <QTest>

using hope::core::ToneMarks;

class TestToneMarks : public QObject
{
    Q_OBJECT

private slots:
    void syllable_data()
    {
        QTest::addColumn<QString>("numbered");
        QTest::addColumn<QString>("marked");
        const auto row = [](const char *name, const char16_t *numbered, const char16_t *marked) {
            QTest::newRow(name) << QString::fromUtf16(numbered) << QString::fromUtf16(marked);
        };
        row("tone 1", u"ma1", u"mā");
        row("tone 2", u"ma2", u"má");
        row("tone 3", u"ma3", u"mǎ");
        row("tone 4", u"ma4", u"mà");
        row("neutral, 5", u"ma5", u"ma");
        row("neutral, no digit", u"ma", u"ma");
        row("a before any other vowel", u"hao3", u"hǎo");
        row("a after i", u"xian1", u"xiān");
        row("a after u", u"zhuang4", u"zhuàng");
        row("e before i", u"wei4", u"wèi");
        row("e after i", u"xie4", u"xiè");
        row("e alone", u"er2", u"ér");
        row("ou marks o", u"gou3", u"gǒu");
        row("iu marks u, the last vowel", u"liu2", u"liú");
        row("ui marks i", u"gui4", u"guì");
        row("uo marks o (last vowel)", u"guo2", u"guó");
        row("io marks o", u"xiong2", u"xióng");
        row("i alone", u"yi1", u"yī");
        row("u alone", u"shu3", u"shǔ");
        row("v is ü", u"lv4", u"lǜ");
        row("v after n", u"nv3", u"nǚ");
        row("u: is ü", u"lu:4", u"lǜ");
        row("üe marks e", u"lve4", u"lüè");
        row("ü neutral", u"lv5", u"lü");
        row("jue keeps u", u"jue2", u"jué");
        row("ng without a vowel", u"ng2", u"ńg");
        row("m without a vowel", u"m2", u"ḿ");
        row("hng marks n", u"hng4", u"hǹg");
        row("not a syllable", u"abc!", u"abc!");
        row("not a tone", u"ma7", u"ma7");
        row("empty", u"", u"");
    }

    void syllable()
    {
        QFETCH(QString, numbered);
        QFETCH(QString, marked);
        QCOMPARE(ToneMarks::syllable(numbered), marked);
    }

    void toneMarked_data()
    {
        QTest::addColumn<QString>("numbered");
        QTest::addColumn<QString>("marked");
        const auto row = [](const char *name, const char16_t *numbered, const char16_t *marked) {
            QTest::newRow(name) << QString::fromUtf16(numbered) << QString::fromUtf16(marked);
        };
        row("two syllables", u"xi1 wang4", u"xīwàng");
        row("one", u"guang1", u"guāng");
        row("apostrophe before a", u"xi1 an1", u"xī'ān");
        row("apostrophe before e", u"tian1 e2", u"tiān'é");
        row("apostrophe before o", u"dong1 ou1", u"dōng'ōu");
        row("none at the start", u"ao4 yun4 hui4", u"àoyùnhuì");
        row("none before other vowels", u"ying1 te4 er3", u"yīngtè'ěr");
        row("neutral tone", u"li4 liang5", u"lìliang");
        row("extra spaces", u" xi1  wang4 ", u"xīwàng");
        row("empty", u"", u"");
    }

    void toneMarked()
    {
        QFETCH(QString, numbered);
        QFETCH(QString, marked);
        QCOMPARE(ToneMarks::toneMarked(numbered), marked);
    }

    void toNumbered_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("numbered");
        const auto row = [](const char *name, const char16_t *marked, const char16_t *numbered) {
            QTest::newRow(name) << QString::fromUtf16(marked) << QString::fromUtf16(numbered);
        };
        row("tone 1", u"zhōng", u"zhong1");
        row("tone 2", u"xíng", u"xing2");
        row("tone 3", u"hǎo", u"hao3");
        row("tone 4", u"wèi", u"wei4");
        row("neutral", u"de", u"de5");
        row("ü with a tone", u"lǜ", u"lv4");
        row("ü without one", u"lü", u"lv5");
        row("ng", u"ńg", u"ng2");
        row("decomposed marks", u"zho\u0304ng", u"zhong1");
        row("capital", u"Ā", u"a1");
        row("two tones", u"ǎá", u"");
        row("not pinyin", u"x1", u"");
        row("empty", u"", u"");
    }

    void toNumbered()
    {
        QFETCH(QString, marked);
        QFETCH(QString, numbered);
        QCOMPARE(ToneMarks::toNumbered(marked), numbered);
    }

    // Marked and back, for every syllable shape above.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("numbered");
        for (const char *s : {"ma1", "hao3", "xie4", "gou3", "liu2", "gui4", "lv4", "lve4", "ng2",
                              "er2", "zhuang4", "de5"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void roundTrip()
    {
        QFETCH(QString, numbered);
        QCOMPARE(ToneMarks::toNumbered(ToneMarks::syllable(numbered)), numbered);
    }

    void isNumberedSyllable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("syllable");
        QTest::newRow("plain") << QStringLiteral("xing2") << true;
        QTest::newRow("neutral") << QStringLiteral("de5") << true;
        QTest::newRow("v") << QStringLiteral("lv4") << true;
        QTest::newRow("u:") << QStringLiteral("lu:4") << true;
        QTest::newRow("no tone") << QStringLiteral("xing") << false;
        QTest::newRow("tone 0") << QStringLiteral("xing0") << false;
        QTest::newRow("capital") << QStringLiteral("Xing2") << false;
        QTest::newRow("colon alone") << QStringLiteral("l:4") << false;
        QTest::newRow("digit only") << QStringLiteral("4") << false;
        QTest::newRow("too long") << QStringLiteral("abcdefghi1") << false;
    }

    void isNumberedSyllable()
    {
        QFETCH(QString, text);
        QFETCH(bool, syllable);
        QCOMPARE(ToneMarks::isNumberedSyllable(text), syllable);
    }
};

QTEST_GUILESS_MAIN(TestToneMarks)
#include "tst_tonemarks.moc"
