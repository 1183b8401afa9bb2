#include "ChineseLead.h"
#include "speech/SpeechText.h"

#include <QTest>

using namespace hope::speech;

class TestSpeechText : public QObject
{
    Q_OBJECT

    // "start+length=spoken" for each segment, for compact comparisons.
    static QStringList describe(const SpeechText &t)
    {
        QStringList out;
        for (const SpeechSegment &s : t.segments)
            out << QStringLiteral("%1+%2=%3").arg(s.start).arg(s.length).arg(s.spoken);
        return out;
    }

private slots:
    void plain_isOneSegmentReadAsWritten()
    {
        const SpeechText t = SpeechText::plain(QStringLiteral("Hope lights us up."));
        QCOMPARE(describe(t), QStringList{QStringLiteral("0+18=Hope lights us up.")});
        QVERIFY(SpeechText::plain({}).segments.isEmpty());
    }

    void appendNonChinese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("full stop") << QStringLiteral("。") << QStringList{QStringLiteral("0+1=。")};
        QTest::newRow("comma and enumeration comma")
            << QStringLiteral(",、，")
            << QStringList{QStringLiteral("0+1=，"), QStringLiteral("1+1=，"),
                           QStringLiteral("2+1=，")};
        QTest::newRow("question, exclamation")
            << QStringLiteral("？！")
            << QStringList{QStringLiteral("0+1=？"), QStringLiteral("1+1=！")};
        QTest::newRow("quotes and brackets are not read")
            << QStringLiteral("「」“”《》（）") << QStringList{};
        QTest::newRow("spaces are dropped") << QStringLiteral("  ") << QStringList{};
        QTest::newRow("number as it is")
            << QStringLiteral("365") << QStringList{QStringLiteral("0+3=365")};
        QTest::newRow("year before 年 digit by digit")
            << QStringLiteral("2020年") << QStringList{QStringLiteral("0+4=er4 ling2 er4 ling2")};
        QTest::newRow("Latin as it is")
            << QStringLiteral("(Alibaba) 5G")
            << QStringList{QStringLiteral("1+7=Alibaba"), QStringLiteral("10+2=5G")};
    }

    void appendNonChinese()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, segments);
        SpeechText t;
        t.text = text;
        // A year is read as one only with its 年, which follows the run.
        t.appendNonChinese(0, text.endsWith(u'年') ? text.size() - 1 : text.size());
        QCOMPARE(describe(t), segments);
    }

    void fromPinyin_readsChineseWordsFromTheirSyllables()
    {
        const QString text = QStringLiteral("将在30天后。");
        const QList<LeadWord> words = {
            {0, 2, QStringLiteral("将在"), {QStringLiteral("jiang1"), QStringLiteral("zai4")}},
            {2, 2, QStringLiteral("30"), {}},
            {4, 2, QStringLiteral("天后"), {QStringLiteral("tian1"), QStringLiteral("hou4")}},
            {6, 1, QStringLiteral("。"), {}},
        };
        const SpeechText t = SpeechText::fromPinyin(text, words);
        QCOMPARE(t.text, text);
        QCOMPARE(describe(t),
                 (QStringList{QStringLiteral("0+2=jiang1 zai4"), QStringLiteral("2+2=30"),
                              QStringLiteral("4+2=tian1 hou4"), QStringLiteral("6+1=。")}));
    }

    void leadWords_readTheWholeLead()
    {
        const QString lead = QStringLiteral("延迟一年的东京奥运会,将在30天后如期举办。");
        const SpeechText t = SpeechText::fromPinyin(lead, leadWords(lead));
        QCOMPARE(describe(t).mid(0, 6),
                 (QStringList{QStringLiteral("0+2=yan2 chi2"), QStringLiteral("2+2=yi4 nian2"),
                              QStringLiteral("4+1=de5"), QStringLiteral("5+2=dong1 jing1"),
                              QStringLiteral("7+3=ao4 yun4 hui4"), QStringLiteral("10+1=，")}));
    }
};

QTEST_GUILESS_MAIN(TestSpeechText)
#include "tst_speechtext.moc"
