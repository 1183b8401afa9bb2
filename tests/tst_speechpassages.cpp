#include "speech/SpeechPassages.h"

#include <QTest>

using namespace hope::speech;

Q_DECLARE_METATYPE(QList<SpeechPassage>)

namespace {

// The passages as the texts they cover, to read in a failure.
QStringList texts(const QString &text, const QList<SpeechPassage> &passages)
{
    QStringList out;
    for (const SpeechPassage &p : passages) out << text.mid(p.start, p.length);
    return out;
}

}  // namespace

class TestSpeechPassages : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << 40 << QStringList();
        QTest::newRow("short, one passage")
            << QStringLiteral("One. Two.") << 40 << QStringList{QStringLiteral("One. Two.")};
        QTest::newRow("sentences kept whole, as many as fit")
            << QStringLiteral("First one. Second one. Third one.") << 24
            << QStringList{QStringLiteral("First one. Second one. "), QStringLiteral("Third one.")};
        QTest::newRow("Chinese sentences")
            << QStringLiteral("一年等待。只为更好蓄力。坚定信念。") << 7
            << QStringList{QStringLiteral("一年等待。"), QStringLiteral("只为更好蓄力。"),
                           QStringLiteral("坚定信念。")};
        QTest::newRow("a long sentence cut after a comma")
            << QStringLiteral("Waiting a year, the better to gather strength.") << 20
            << QStringList{QStringLiteral("Waiting a year, "), QStringLiteral("the better to "),
                           QStringLiteral("gather strength.")};
        QTest::newRow("a long Chinese sentence cut after its comma")
            << QStringLiteral("即将奔赴赛场的运动员们，更是凝聚体育力量的集大成者。") << 16
            << QStringList{QStringLiteral("即将奔赴赛场的运动员们，"),
                           QStringLiteral("更是凝聚体育力量的集大成者。")};
        // Qt finds a word boundary between any two Han characters, so a
        // Chinese sentence with no pause in 400 characters is cut at the
        // limit (its pinyin then read per character at the cut).
        QTest::newRow("no pause or space in Chinese: at the limit")
            << QStringLiteral("运动员承受着最大压力而为了保持良好竞技状态") << 8
            << QStringList{QStringLiteral("运动员承受着最大"), QStringLiteral("压力而为了保持良"),
                           QStringLiteral("好竞技状态")};
        QTest::newRow("no pause or space in Latin letters: between words")
            << QStringLiteral("don't-stop-the-music") << 8
            << QStringList{QStringLiteral("don't-"), QStringLiteral("stop-the"),
                           QStringLiteral("-music")};
        QTest::newRow("one run of letters: anywhere, never inside a pair")
            << QStringLiteral("aaaaa\U0001F600bbb") << 6
            << QStringList{QStringLiteral("aaaaa"), QStringLiteral("\U0001F600bbb")};
    }

    void split()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(QStringList, expected);
        const QList<SpeechPassage> passages = SpeechPassages::split(text, maxChars);
        QCOMPARE(texts(text, passages), expected);
    }

    // Whatever the text, the passages cover it in order with nothing left
    // out or twice, and none is longer than asked.
    void split_coversTheTextInBoundedPieces_data()
    {
        QTest::addColumn<QString>("text");
        QString mixed;
        for (int i = 0; i < 300; ++i)
            mixed += i % 7 == 0 ? QStringLiteral("东京奥运会，") : QStringLiteral("word, and. ");
        QTest::newRow("mixed") << mixed;
        QTest::newRow("no breaks") << QString(5000, u'a');
        QTest::newRow("han only") << QString(5000, QChar(0x5e0c));
        QTest::newRow("newlines") << QStringLiteral("a\u2028b\nc. ").repeated(400);
    }

    void split_coversTheTextInBoundedPieces()
    {
        QFETCH(QString, text);
        const QList<SpeechPassage> passages = SpeechPassages::split(text, 100);
        qsizetype at = 0;
        for (const SpeechPassage &p : passages) {
            QCOMPARE(p.start, at);
            QVERIFY(p.length > 0);
            QVERIFY2(p.length <= 100, qPrintable(QString::number(p.length)));
            at += p.length;
        }
        QCOMPARE(at, text.size());
    }
};

QTEST_GUILESS_MAIN(TestSpeechPassages)
#include "tst_speechpassages.moc"
