// The converter's words written by the Basic Rules of Hanyu Pinyin
// Orthography (GB/T 16159-2012). The expected lines are written by hand
// from the standard's rules and a dictionary (Xiandai Hanyu Cidian), not
// from the converter's output; each row names the rule it checks.
#include "core/PinyinConverter.h"
#include "core/PinyinOrthography.h"

#include <QStandardPaths>
#include <QTest>

using hope::core::PinyinConverter;
using hope::core::PinyinOrthography;
using hope::core::PinyinWord;

class TestPinyinOrthography : public QObject
{
    Q_OBJECT

    const PinyinConverter m_converter;

    QString written(const QString &text) const
    {
        return PinyinOrthography::line(PinyinOrthography::apply(m_converter.convert(text)));
    }

private slots:
    void initTestCase()
    {
        // The pinyin index is kept in the test's own cache folder.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_converter.load(), qPrintable(m_converter.error()));
    }

    void line_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        // 6.3: proper names capitalised, each word of a name.
        row("place", "东京", "Dōngjīng");
        row("place, apostrophe", "西安", "Xī'ān");
        row("place before a word", "北京的冬天", "Běijīng de dōngtiān");
        row("two places", "中国和韩国", "Zhōngguó hé Hánguó");
        row("name of several words", "国际奥委会", "Guójì Àowěihuì");
        row("name of three words", "国际奥林匹克日", "Guójì Àolínpǐkè Rì");
        row("event", "东京奥运会", "Dōngjīng Àoyùnhuì");
        row("event, apostrophe", "北京冬奥会", "Běijīng Dōng'àohuì");
        row("event with a year", "北京2022年冬奥会", "Běijīng 2022 nián Dōng'àohuì");
        row("brand", "阿里巴巴", "Ālǐbābā");
        row("company", "阿里巴巴集团", "Ālǐbābā Jítuán");
        row("brand, one word", "阿里云", "Ālǐyún");
        row("foreign name", "巴赫先生", "Bāhè xiānsheng");
        row("name starting a longer word", "奥林匹克精神", "Àolínpǐkè jīngshén");
        row("name inside a sentence", "我们去平昌", "Wǒmen qù Píngchāng");
        // 6.3.2: a person's surname and given name apart, both capitalised.
        row("person", "王霜", "Wáng Shuāng");
        row("person in one converter word", "郎平", "Láng Píng");
        row("person after a title", "钢琴家陈萨", "Gāngqínjiā Chén Sà");
        row("person, pen name", "流沙河的名篇", "Liú Shāhé de míngpiān");
        row("person then 的", "刘虹的训练", "Liú Hóng de xùnliàn");
        // 6.3.1: the first word of a sentence capitalised.
        row("sentence start", "希望是光", "Xīwàng shì guāng");
        row("second sentence", "希望是光。希望有你。", "Xīwàng shì guāng. Xīwàng yǒu nǐ.");
        row("after a question", "你在吗？我在。", "Nǐ zài ma? Wǒ zài.");
        row("after an exclamation", "加油！我们", "Jiāyóu! Wǒmen");
        row("digits start a sentence", "2020年，困难", "2020 nián, kùnnan");
        row("quoted sentence after a colon", "他说：「我们一起」", "Tā shuō: “Wǒmen yīqǐ”");
        row("quote inside a sentence", "主张为「希望」的短片", "Zhǔzhāng wéi “xīwàng” de duǎnpiàn");
        // Punctuation as Latin text writes it.
        row("enumeration comma", "团结、和平、友谊", "Tuánjié, hépíng, yǒuyì");
        row("semicolon", "希望是火；希望是灯", "Xīwàng shì huǒ; xīwàng shì dēng");
        row("ellipsis", "加油……我们", "Jiāyóu... wǒmen");
        row("dash", "光——希望", "Guāng—xīwàng");
        row("title marks", "《小星星》", "“Xiǎo xīngxing”");
        row("Latin text kept", "奥运圣火重燃，hope lights us up。",
            "Àoyùn shènghuǒ chóngrán, hope lights us up.");
        row("new lines and spaces", "「希望」\nhope  lights。", "“Xīwàng” hope lights.");
        row("no space before a full stop", "发布 。", "Fābù.");
        row("letters and digits", "4K、8K、5G", "4K, 8K, 5G");
        // 6.1.6: numeral and measure word apart.
        row("one year", "一年", "Yī nián");
        row("one year, inside", "延迟一年的", "Yánchí yī nián de");
        row("a lamp", "一盏明灯", "Yī zhǎn míngdēng");
        row("once and again", "一次又一次", "Yī cì yòu yī cì");
        row("two", "两个进球", "Liǎng gè jìnqiú");
        row("hundred years", "百年", "Bǎi nián");
        row("four years", "四年来", "Sì nián lái");
        row("a song", "一首歌", "Yī shǒu gē");
        row("a piece of", "一片黑暗", "Yī piàn hēi'àn");
        row("numerals together", "十二", "Shí'èr");
        row("not a measure word: together", "一起", "Yīqǐ");
        row("not a measure word: once", "一度", "Yīdù");
        row("not a numeral: almost", "几乎", "Jīhū");
        // 6.1.5.3: demonstratives and 每 apart.
        row("this kind", "这种希望", "Zhè zhǒng xīwàng");
        row("this session", "这届奥运会", "Zhè jiè Àoyùnhuì");
        row("every person", "每一个人", "Měi yī gè rén");
        row("each", "每位选手", "Měi wèi xuǎnshǒu");
        row("this one", "这一顶级赛事", "Zhè yī dǐngjí sàishì");
        row("this, a word", "这个周期", "Zhège zhōuqī");
        row("these, a word", "这些", "Zhèxiē");
        // 6.1.6.2: 第 and its numeral joined by a hyphen.
        row("ordinal", "第一", "Dì-yī");
        row("ordinal and measure word", "第一次", "Dì-yī cì");
        row("ordinal, two digits", "第十三", "Dì-shísān");
        // 6.1.8.3: the structural particle 的 apart.
        row("de after a pronoun", "我们的时代", "Wǒmen de shídài");
        row("de after a noun", "所有人的", "Suǒyǒu rén de");
        row("de after an adjective", "新的方式", "Xīn de fāngshì");
        row("de in a word: purpose", "目的", "Mùdì");
        // 6.1.1.4: 们 joined.
        row("men", "运动员们", "Yùndòngyuánmen");
        row("men, team members", "队员们", "Duìyuánmen");
        // 6.1.4.2: 着, 了, 过 joined to the verb; sentence-final 了 apart.
        row("zhe", "标志着", "Biāozhìzhe");
        row("zhe after a split word", "伴随着", "Bànsuízhe");
        row("le", "开启了新的", "Kāiqǐle xīn de");
        row("le before an object", "迎来了胜利", "Yíngláile shènglì");
        row("le, sentence-final", "他来了。", "Tā lái le.");
        row("guo", "经历过", "Jīnglìguo");
        // 6.2.6: four-character idioms hyphenated in the middle.
        row("idiom", "不谋而合", "Bùmóu-érhé");
        row("idiom in a sentence", "也显得恰如其分", "Yě xiǎnde qiàrú-qífèn");
        row("idiom after a split", "日复一日的坚持", "Rìfù-yīrì de jiānchí");
        row("idiom at a sentence start", "毫无疑问，", "Háowú-yíwèn,");
        row("reduplication", "实实在在的", "Shíshí-zàizài de");
        row("not a four-character idiom", "反其道而行之", "Fǎn qí dào ér xíng zhī");
        // Words of the standard the converter splits, and phrases the word
        // list keeps as one entry.
        row("athlete", "运动员", "Yùndòngyuán");
        row("graduate", "毕业生", "Bìyèshēng");
        row("consumer", "消费者", "Xiāofèizhě");
        row("epidemic", "疫情过后", "Yìqíng guòhòu");
        row("firm belief", "坚定信念", "Jiāndìng xìnniàn");
        row("she is at", "她在天台", "Tā zài tiāntái");
        row("all are", "都是", "Dōu shì");
        row("more", "更多人", "Gèng duō rén");
        row("partner", "合作伙伴", "Hézuò huǒbàn");
        row("the whole world", "全世界", "Quán shìjiè");
        row("key moment", "关键时刻", "Guānjiàn shíkè");
    }

    void line()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(written(text), expected);
    }

    // Every character in exactly one word, in order, whatever the rules
    // regroup; the syllables stay one per character.
    void wordsCoverTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("article sentence") << QStringLiteral(
            "中国女足名将王霜疫情中一度困守武汉，但她在天台、小区步道里依然练球。");
        QTest::newRow("measure words") << QStringLiteral("每一个人，这一顶级，第一次");
        QTest::newRow("idioms and particles") << QStringLiteral("日复一日地伴随着，不谋而合了。");
        QTest::newRow("no Chinese") << QStringLiteral("hope lights us up");
        QTest::newRow("empty") << QString();
    }

    void wordsCoverTheText()
    {
        QFETCH(QString, text);
        const QList<PinyinWord> words = PinyinOrthography::apply(m_converter.convert(text));
        qsizetype at = 0;
        for (const PinyinWord &w : words) {
            QCOMPARE(w.start, at);
            QCOMPARE(w.text, text.mid(w.start, w.length));
            if (w.isHan())
                QCOMPARE(w.syllables.size(), w.text.size());
            at += w.length;
        }
        QCOMPARE(at, text.size());
    }
};

QTEST_MAIN(TestPinyinOrthography)
#include "tst_pinyinorthography.moc"
