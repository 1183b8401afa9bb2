#include "core/Zhuyin.h"

#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

// Pinyin syllables against Taiwan's Ministry of Education table of Zhuyin
// and Hanyu Pinyin (國語注音符號與漢語拼音對照表), copied by hand: each kind
// of syllable the rules treat apart.
class TestZhuyin final : public QObject
{
    Q_OBJECT

private slots:
    void syllables_data()
    {
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QString>("zhuyin");
        QTest::newRow("initial and final, first tone") << u"zhong1"_s << u"ㄓㄨㄥ"_s;
        QTest::newRow("second tone") << u"ren2"_s << u"ㄖㄣˊ"_s;
        QTest::newRow("third tone") << u"wo3"_s << u"ㄨㄛˇ"_s;
        QTest::newRow("fourth tone") << u"shi4"_s << u"ㄕˋ"_s;
        QTest::newRow("neutral tone before") << u"de5"_s << u"˙ㄉㄜ"_s;
        QTest::newRow("neutral, no digit") << u"zhe"_s << u"˙ㄓㄜ"_s;
        QTest::newRow("zi alone") << u"zi3"_s << u"ㄗˇ"_s;
        QTest::newRow("ri alone") << u"ri4"_s << u"ㄖˋ"_s;
        QTest::newRow("ü as v") << u"lv4"_s << u"ㄌㄩˋ"_s;
        QTest::newRow("ü as u:") << u"nu:3"_s << u"ㄋㄩˇ"_s;
        QTest::newRow("ü as ü") << u"lüe4"_s << u"ㄌㄩㄝˋ"_s;
        QTest::newRow("ju is jü") << u"ju4"_s << u"ㄐㄩˋ"_s;
        QTest::newRow("que is qüe") << u"que4"_s << u"ㄑㄩㄝˋ"_s;
        QTest::newRow("xuan") << u"xuan3"_s << u"ㄒㄩㄢˇ"_s;
        QTest::newRow("jun") << u"jun1"_s << u"ㄐㄩㄣ"_s;
        QTest::newRow("xiong") << u"xiong2"_s << u"ㄒㄩㄥˊ"_s;
        QTest::newRow("iu is iou") << u"liu2"_s << u"ㄌㄧㄡˊ"_s;
        QTest::newRow("ui is uei") << u"gui4"_s << u"ㄍㄨㄟˋ"_s;
        QTest::newRow("un is uen") << u"dun4"_s << u"ㄉㄨㄣˋ"_s;
        QTest::newRow("y spelling") << u"yuan2"_s << u"ㄩㄢˊ"_s;
        QTest::newRow("yi") << u"yi1"_s << u"ㄧ"_s;
        QTest::newRow("ying") << u"ying1"_s << u"ㄧㄥ"_s;
        QTest::newRow("you") << u"you3"_s << u"ㄧㄡˇ"_s;
        QTest::newRow("yong") << u"yong3"_s << u"ㄩㄥˇ"_s;
        QTest::newRow("w spelling") << u"weng1"_s << u"ㄨㄥ"_s;
        QTest::newRow("er") << u"er2"_s << u"ㄦˊ"_s;
        QTest::newRow("capital") << u"Dong1"_s << u"ㄉㄨㄥ"_s;
        QTest::newRow("not a syllable") << u"xyz1"_s << QString();
        QTest::newRow("bad tone") << u"ma7"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("digits only") << u"4"_s << QString();
    }
    void syllables()
    {
        QFETCH(QString, pinyin);
        QFETCH(QString, zhuyin);
        QCOMPARE(Zhuyin::fromNumbered(pinyin), zhuyin);
    }

    void aWord_isItsSyllablesApart()
    {
        // 奥运会, as the converter reads it.
        QCOMPARE(Zhuyin::word({u"ao4"_s, u"yun4"_s, u"hui4"_s}), u"ㄠˋ ㄩㄣˋ ㄏㄨㄟˋ"_s);
        QCOMPARE(Zhuyin::word({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestZhuyin)
#include "tst_zhuyin.moc"
