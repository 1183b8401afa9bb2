#include "core/ChineseDictionary.h"
#include "core/WordLookup.h"

#include <QStandardPaths>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

namespace {

// A converter's words, written out by hand as a converter would give them.
PinyinWord han(qsizetype start, const QString &text, const QStringList &syllables)
{
    PinyinWord w;
    w.start = start;
    w.length = text.size();
    w.text = text;
    w.syllables = syllables;
    return w;
}

}  // namespace

// What the lookup card offers at a character: the converter's word first,
// the other dictionary words at that place, readings as the ruby has them.
class TestWordLookup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void choices_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QList<PinyinWord>>("words");
        QTest::addColumn<QStringList>("choices");
        QTest::addColumn<QStringList>("pinyin");

        const QString tokyo = u"东京奥运会开幕"_s;
        const QList<PinyinWord> segmented{han(0, u"东京"_s, {u"dong1"_s, u"jing1"_s}),
                                          han(2, u"奥运会"_s, {u"ao4"_s, u"yun4"_s, u"hui4"_s}),
                                          han(5, u"开幕"_s, {u"kai1"_s, u"mu4"_s})};
        QTest::newRow("the converter's word first")
            << tokyo << 3 << segmented << QStringList{u"奥运会"_s, u"奥运"_s, u"运"_s}
            << QStringList{u"àoyùnhuì"_s, u"àoyùn"_s, u"yùn"_s};
        // ICU's fragments: the converter says 奥运 | 会, the dictionary
        // offers the whole word too.
        const QList<PinyinWord> split{han(0, u"东京"_s, {u"dong1"_s, u"jing1"_s}),
                                      han(2, u"奥运"_s, {u"ao4"_s, u"yun4"_s}),
                                      han(4, u"会"_s, {u"hui4"_s})};
        QTest::newRow("a fragment, then longer")
            << tokyo << 4 << split << QStringList{u"会"_s, u"奥运会"_s}
            << QStringList{u"huì"_s, u"àoyùnhuì"_s};
        // Without a converter the dictionary's own reading, capital and all.
        QTest::newRow("no converter")
            << tokyo << 2 << QList<PinyinWord>{} << QStringList{u"奥运会"_s, u"奥运"_s, u"奥"_s}
            << QStringList{u"Àoyùnhuì"_s, u"Àoyùn"_s, u"Ào"_s};
        QTest::newRow("not Chinese")
            << u"Tokyo 2020"_s << 1 << QList<PinyinWord>{} << QStringList{} << QStringList{};
        QTest::newRow("punctuation")
            << u"光。"_s << 1 << QList<PinyinWord>{} << QStringList{} << QStringList{};
        // A character the reader's dictionary lacks is still offered, with
        // the converter's reading and no entries.
        QTest::newRow("not in the dictionary")
            << u"熊猫"_s << 0 << QList<PinyinWord>{han(0, u"熊猫"_s, {u"xiong2"_s, u"mao1"_s})}
            << QStringList{u"熊猫"_s} << QStringList{u"xióngmāo"_s};
    }
    void choices()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QList<PinyinWord>, words);
        QFETCH(QStringList, choices);
        QFETCH(QStringList, pinyin);
        ChineseDictionary dictionary;
        const WordLookup lookup(&dictionary);
        QStringList found;
        QStringList read;
        for (const LookupChoice &choice : lookup.at(text, position, words)) {
            found.append(choice.word.text);
            read.append(choice.pinyin);
            QCOMPARE(text.mid(choice.word.start, choice.word.length), choice.word.text);
            QVERIFY(choice.word.start <= position);
            QVERIFY(choice.word.start + choice.word.length > position);
        }
        QCOMPARE(found, choices);
        QCOMPARE(read, pinyin);
    }

    void entriesComeWithTheChoice()
    {
        ChineseDictionary dictionary;
        const WordLookup lookup(&dictionary);
        const QList<LookupChoice> choices = lookup.at(u"熊猫与光"_s, 3, {});
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices.first().entries.size(), 1);
        QCOMPARE(choices.first().entries.first().senses.first(), u"light; ray (CL:道[dao4])"_s);
        // Not in the subset: no entries, not a crash.
        QVERIFY(lookup.at(u"熊猫"_s, 0, {}).first().entries.isEmpty());
    }

    void theRubysReadingFirst()
    {
        ChineseDictionary dictionary;
        const WordLookup lookup(&dictionary);
        // CC-CEDICT lists 友誼 友谊 [You3 yi4] (a county) before [you3 yi4]
        // /companionship/fellowship/friendship/.
        const QList<LookupChoice> plain = lookup.at(u"友谊"_s, 0, {});
        QCOMPARE(plain.first().entries.first().pinyin, u"You3 yi4"_s);
        const QList<LookupChoice> read =
            lookup.at(u"友谊"_s, 0, {han(0, u"友谊"_s, {u"you3"_s, u"yi4"_s})});
        QCOMPARE(read.first().entries.size(), 2);
        QCOMPARE(read.first().entries.first().pinyin, u"you3 yi4"_s);
        QCOMPARE(read.first().entries.first().senses,
                 (QStringList{u"companionship"_s, u"fellowship"_s, u"friendship"_s}));
        // 會 会 [hui4] comes first in CC-CEDICT; read kuài, that one leads.
        const QList<LookupChoice> kuai = lookup.at(u"会"_s, 0, {han(0, u"会"_s, {u"kuai4"_s})});
        QCOMPARE(kuai.first().entries.first().pinyin, u"kuai4"_s);
        QCOMPARE(kuai.first().entries.last().pinyin, u"hui4"_s);
    }

    void sentenceAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("sentence");
        const QString two = u"延迟一年的东京奥运会将如期举办。今日恰逢国际奥林匹克日！"_s;
        QTest::newRow("first") << two << 5 << u"延迟一年的东京奥运会将如期举办。"_s;
        QTest::newRow("second") << two << 17 << u"今日恰逢国际奥林匹克日！"_s;
        QTest::newRow("on the mark") << two << 15 << u"延迟一年的东京奥运会将如期举办。"_s;
        QTest::newRow("closing quote")
            << u"他说：“希望是光。”然后走了。"_s << 4 << u"他说：“希望是光。”"_s;
        QTest::newRow("no mark") << u"希望有你"_s << 1 << u"希望有你"_s;
        QTest::newRow("line break") << u"第一行\n第二行"_s << 5 << u"第二行"_s;
        QTest::newRow("out of range") << u"光"_s << 3 << QString();
    }
    void sentenceAt()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, sentence);
        QCOMPARE(WordLookup::sentenceAt(text, position), sentence);
    }

    void meaningOnOneLine()
    {
        ChineseDictionary dictionary;
        const WordLookup lookup(&dictionary);
        // 希望 希望 [xi1 wang4] /to hope/a hope; a wish (CL:個|个[ge4])/
        QCOMPARE(WordLookup::meaning(lookup.at(u"希望"_s, 0, {}).first()),
                 u"to hope; a hope; a wish (CL:個|个[ge4])"_s);
        // 會 会 [hui4] /can; .../ and [kuai4] /(bound form) to reckon accounts/
        const QString hui = WordLookup::meaning(lookup.at(u"会"_s, 0, {}).first());
        QVERIFY2(hui.startsWith(u"huì: can; to have the skill"_s), qPrintable(hui));
        QVERIFY(hui.endsWith(u" | kuài: (bound form) to reckon accounts"_s));
    }

    void wordsWithACharacter()
    {
        ChineseDictionary dictionary;
        WordLookup lookup(&dictionary);
        lookup.setTexts({u"奥运会和奥运，奥运精神"_s, u"东京奥运会"_s, u"光"_s});
        // 奥运 three times and 奥运会 twice: the more frequent first.
        QCOMPARE(lookup.wordsWith(u"奥"_s), (QStringList{u"奥运"_s, u"奥运会"_s}));
        QCOMPARE(lookup.wordsWith(u"奥"_s, 1), QStringList{u"奥运"_s});
        QCOMPARE(lookup.wordsWith(u"京"_s), QStringList{u"东京"_s});
        QVERIFY(lookup.wordsWith(u"光"_s).isEmpty());
        QVERIFY(lookup.wordsWith(u"奥运"_s).isEmpty());
        lookup.setTexts({u"开幕"_s});
        QCOMPARE(lookup.wordsWith(u"开"_s), QStringList{u"开幕"_s});
        QVERIFY(lookup.wordsWith(u"奥"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWordLookup)
#include "tst_wordlookup.moc"
