// The spoken tones of 一 and 不, on the converter's words of real text.
// The expected syllables are written by hand from the rules every textbook
// of Putonghua gives (and the Xiandai Hanyu Cidian's notes on 一 and 不),
// not from the code.
#include "core/PinyinConverter.h"
#include "core/ToneSandhi.h"

#include <QStandardPaths>
#include <QTest>

using hope::core::PinyinConverter;
using hope::core::PinyinWord;
using hope::core::ToneSandhi;

class TestToneSandhi : public QObject
{
    Q_OBJECT

    const PinyinConverter m_converter;

    static QString syllables(const QList<PinyinWord> &words)
    {
        QStringList out;
        for (const PinyinWord &w : words) out += w.syllables;
        return out.join(u' ');
    }

private slots:
    void initTestCase()
    {
        // The pinyin index is kept in the test's own cache folder.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_converter.load(), qPrintable(m_converter.error()));
    }

    void spoken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        // 不: bú before a fourth tone, else bù.
        row("bu before fourth", "不断", "bu2 duan4");
        row("bu before fourth, two words", "他不是", "ta1 bu2 shi4");
        row("bu before third", "不想", "bu4 xiang3");
        row("bu before second", "不同", "bu4 tong2");
        row("bu before first", "不知", "bu4 zhi1");
        row("bu at the end", "要不", "yao4 bu4");
        // 一: yí before a fourth tone, yì before the others.
        row("yi before fourth", "一度", "yi2 du4");
        row("yi before fourth: a measure word", "一次又一次", "yi2 ci4 you4 yi2 ci4");
        row("yi before ge", "一个人", "yi2 ge4 ren2");
        row("yi before first", "一天", "yi4 tian1");
        row("yi before second", "一年", "yi4 nian2");
        row("yi before third", "一起", "yi4 qi3");
        row("yi in an idiom", "日复一日", "ri4 fu4 yi2 ri4");
        row("demonstrative and yi", "这一顶级", "zhe4 yi4 ding3 ji2");
        // A hundred, a thousand, ten thousand: multipliers, not digits.
        row("a hundred", "一百年", "yi4 bai3 nian2");
        row("a thousand", "一千", "yi4 qian1");
        row("ten thousand", "一万", "yi2 wan4");
        row("every one", "每一步", "mei3 yi2 bu4");
        // 一 counted: yī.
        row("ordinal", "第一", "di4 yi1");
        row("ordinal before a measure word", "第一次", "di4 yi1 ci4");
        row("after a numeral", "十一", "shi2 yi1");
        row("after a hundred", "一百一", "yi4 bai3 yi1");
        row("before a numeral", "一二三", "yi1 er4 san1");
        row("at a word's end", "统一", "tong3 yi1");
        row("at a word's end, before more", "唯一的", "wei2 yi1 de5");
        row("alone before punctuation", "一。", "yi1");
        row("before digits", "一2", "yi1");
        // Nothing else changes.
        row("no yi or bu", "希望是光", "xi1 wang4 shi4 guang1");
    }

    void spoken()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<PinyinWord> words = m_converter.convert(text);
        const QList<PinyinWord> spoken = ToneSandhi::spoken(words);
        QCOMPARE(syllables(spoken), expected);
        // Only the syllables change; the words stay where they were.
        QCOMPARE(spoken.size(), words.size());
        for (qsizetype i = 0; i < words.size(); ++i) {
            QCOMPARE(spoken.at(i).start, words.at(i).start);
            QCOMPARE(spoken.at(i).text, words.at(i).text);
        }
    }

    // A changed word is spelled from its new syllables.
    void marked_followsTheSyllables()
    {
        const QList<PinyinWord> spoken =
            ToneSandhi::spoken(m_converter.convert(QStringLiteral("不断")));
        QCOMPARE(spoken.size(), 1);
        QCOMPARE(spoken.first().marked, QStringLiteral("búduàn"));
    }
};

QTEST_MAIN(TestToneSandhi)
#include "tst_tonesandhi.moc"
