#include "core/WordBreaks.h"

#include <QTest>

using namespace hope::core;

namespace {
// A Chinese word as the converter gives it; its reading does not matter here.
PinyinWord han(qsizetype start, const QString &text)
{
    PinyinWord word{start, text.size(), text, {}, {}};
    for (qsizetype i = 0; i < text.size(); ++i) word.syllables << QStringLiteral("x1");
    return word;
}

PinyinWord other(qsizetype start, const QString &text)
{
    return {start, text.size(), text, {}, {}};
}

QList<PinyinWord> title()
{
    // 希望|是|光|，|希望|有|你
    return {han(0, QStringLiteral("希望")), han(2, QStringLiteral("是")),
            han(3, QStringLiteral("光")),   other(4, QStringLiteral("，")),
            han(5, QStringLiteral("希望")), han(7, QStringLiteral("有")),
            han(8, QStringLiteral("你"))};
}

QList<PinyinWord> tokyo()
{
    // 东京| 2020 |年|奥运会
    return {han(0, QStringLiteral("东京")), other(2, QStringLiteral(" 2020 ")),
            han(8, QStringLiteral("年")), han(9, QStringLiteral("奥运会"))};
}
}  // namespace

Q_DECLARE_METATYPE(QList<PinyinWord>)

// Where Ctrl+Arrow stops and which word a screen reader hears, row by row.
class TestWordBreaks : public QObject
{
    Q_OBJECT

private slots:
    void moves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<PinyinWord>>("words");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("previous");
        QTest::addColumn<int>("pieceStart");
        QTest::addColumn<int>("pieceEnd");
        const QString t = QStringLiteral("希望是光，希望有你");
        QTest::newRow("zh word start") << t << title() << 0 << 2 << -1 << 0 << 2;
        QTest::newRow("zh inside a word") << t << title() << 1 << 2 << 0 << 0 << 2;
        QTest::newRow("zh one-character word") << t << title() << 2 << 3 << 0 << 2 << 3;
        QTest::newRow("zh over the comma") << t << title() << 3 << 5 << 2 << 3 << 4;
        QTest::newRow("zh the comma itself") << t << title() << 4 << 5 << 3 << 4 << 5;
        QTest::newRow("zh back over the comma") << t << title() << 5 << 7 << 3 << 5 << 7;
        QTest::newRow("zh last word") << t << title() << 8 << -1 << 7 << 8 << 9;
        QTest::newRow("zh at the end") << t << title() << 9 << -1 << 8 << 8 << 9;
        const QString k = QStringLiteral("东京 2020 年奥运会");
        QTest::newRow("mixed to the number") << k << tokyo() << 0 << 3 << -1 << 0 << 2;
        QTest::newRow("mixed number to 年") << k << tokyo() << 3 << 8 << 0 << 3 << 7;
        QTest::newRow("mixed 年 to 奥运会") << k << tokyo() << 8 << 9 << 3 << 8 << 9;
        QTest::newRow("mixed inside 奥运会") << k << tokyo() << 10 << -1 << 9 << 9 << 12;
        const QString e = QStringLiteral("Hope lights us up.");
        QTest::newRow("en first word") << e << QList<PinyinWord>() << 0 << 5 << -1 << 0 << 4;
        QTest::newRow("en inside a word") << e << QList<PinyinWord>() << 7 << 12 << 5 << 5 << 11;
        QTest::newRow("en the space") << e << QList<PinyinWord>() << 4 << 5 << 0 << 4 << 5;
        QTest::newRow("en before the stop")
            << e << QList<PinyinWord>() << 16 << -1 << 15 << 15 << 17;
        QTest::newRow("en the stop") << e << QList<PinyinWord>() << 17 << -1 << 15 << 17 << 18;
        QTest::newRow("empty") << QString() << QList<PinyinWord>() << 0 << -1 << -1 << 0 << 0;
        // A word the converter gives that runs past the text is ignored.
        QTest::newRow("word out of range")
            << QStringLiteral("希望") << QList<PinyinWord>{han(1, QStringLiteral("望是"))} << 0 << 1
            << -1 << 0 << 1;
    }

    void moves()
    {
        QFETCH(QString, text);
        QFETCH(QList<PinyinWord>, words);
        QFETCH(int, position);
        QFETCH(int, next);
        QFETCH(int, previous);
        QFETCH(int, pieceStart);
        QFETCH(int, pieceEnd);
        const WordBreaks breaks(text, words);
        QCOMPARE(breaks.nextWordStart(position), next);
        QCOMPARE(breaks.previousWordStart(position), previous);
        const auto [start, end] = breaks.pieceAt(position);
        QCOMPARE(start, pieceStart);
        QCOMPARE(end, pieceEnd);
    }
};

QTEST_APPLESS_MAIN(TestWordBreaks)
#include "tst_wordbreaks.moc"
