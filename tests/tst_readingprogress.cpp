#include "core/ReadingProgress.h"

#include <QTest>

using namespace hope::core;

class TestReadingProgress : public QObject
{
    Q_OBJECT

private:
    // Two sections: the lead with paragraphs of 100 and 200 units and a
    // figure, a part with one of 300 (Chinese: one Han character a unit).
    static Article article()
    {
        const auto paragraph = [](const QString &id, int han, int words) {
            ArticleBlock b;
            b.id = id;
            b.text.zh = QString(han, QChar(0x5149));  // 光
            b.text.en = QStringList(words, QStringLiteral("word")).join(u' ');
            return b;
        };
        ArticleBlock figure;
        figure.kind = BlockKind::Figure;
        figure.id = QStringLiteral("fig");
        figure.text.zh = QString(50, QChar(0x5149));
        Article a;
        ArticleSection lead;
        lead.id = QStringLiteral("lead");
        lead.blocks = {paragraph(QStringLiteral("p1"), 100, 50), figure,
                       paragraph(QStringLiteral("p2"), 200, 100)};
        ArticleSection part;
        part.id = QStringLiteral("s1");
        part.blocks = {paragraph(QStringLiteral("p3"), 300, 150)};
        a.sections = {lead, part};
        return a;
    }

private slots:
    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<int>("units");
        QTest::newRow("Han characters") << QStringLiteral("希望是光。") << true << 4;
        QTest::newRow("Han and a Latin run")
            << QStringLiteral("重燃,hope lights us up。") << true << 6;
        QTest::newRow("Han and digits") << QStringLiteral("在30天后") << true << 4;
        QTest::newRow("English words")
            << QStringLiteral("The Tokyo Olympics, postponed.") << false << 4;
        QTest::newRow("an apostrophe inside a word")
            << QStringLiteral("Alibaba\u2019s partner's") << false << 2;
        QTest::newRow("a hyphenated word") << QStringLiteral("century-old Games") << false << 2;
        QTest::newRow("punctuation alone") << QStringLiteral(" — … ") << false << 0;
        QTest::newRow("empty") << QString() << true << 0;
    }

    void units()
    {
        QFETCH(QString, text);
        QFETCH(bool, chinese);
        QFETCH(int, units);
        QCOMPARE(ReadingProgress::units(text, chinese ? Language::Chinese : Language::English),
                 units);
    }

    void usualMinutes_data()
    {
        QTest::addColumn<int>("units");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<int>("minutes");
        QTest::newRow("300 characters") << 300 << true << 1;
        QTest::newRow("a few characters, still a minute") << 20 << true << 1;
        QTest::newRow("1000 characters") << 1000 << true << 3;
        QTest::newRow("2360 characters") << 2360 << true << 8;
        QTest::newRow("1461 words") << 1461 << false << 6;
        QTest::newRow("230 words") << 230 << false << 1;
        QTest::newRow("none") << 0 << false << 0;
    }

    void usualMinutes()
    {
        QFETCH(int, units);
        QFETCH(bool, chinese);
        QFETCH(int, minutes);
        QCOMPARE(
            ReadingProgress::usualMinutes(units, chinese ? Language::Chinese : Language::English),
            minutes);
    }

    void estimate_data()
    {
        QTest::addColumn<QString>("top");
        QTest::addColumn<qreal>("topFraction");
        QTest::addColumn<QString>("bottom");
        QTest::addColumn<qreal>("bottomFraction");
        QTest::addColumn<qreal>("scrolled");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("minutesLeft");
        // 600 units in all; 300 a minute.
        QTest::newRow("at the start")
            << QStringLiteral("_title") << 0.0 << QStringLiteral("p2") << 0.5 << 0.0 << 0 << 2;
        QTest::newRow("half through p2, a third scrolled")
            << QStringLiteral("p2") << 0.5 << QStringLiteral("p3") << 0.0 << 0.0 << 33 << 2;
        QTest::newRow("the part's heading")
            << QStringLiteral("s1") << 0.0 << QStringLiteral("p3") << 0.5 << 0.0 << 50 << 1;
        QTest::newRow("near the end, more of the screen counts")
            << QStringLiteral("p3") << 0.5 << QStringLiteral("p3") << 1.0 << 0.5 << 87 << 1;
        QTest::newRow("at the end, all of it")
            << QStringLiteral("p3") << 0.5 << QStringLiteral("p3") << 0.9 << 1.0 << 100 << 0;
        QTest::newRow("an unknown place reads as the start")
            << QStringLiteral("nope") << 0.5 << QStringLiteral("nope") << 0.5 << 0.0 << 0 << 2;
    }

    void estimate()
    {
        QFETCH(QString, top);
        QFETCH(qreal, topFraction);
        QFETCH(QString, bottom);
        QFETCH(qreal, bottomFraction);
        QFETCH(qreal, scrolled);
        QFETCH(int, percent);
        QFETCH(int, minutesLeft);
        ReadingProgress progress([] { return qint64(0); });
        progress.setArticle(article(), Language::Chinese);
        QCOMPARE(progress.total(), 600);
        QCOMPARE(progress.sectionUnits(0), 300);
        QCOMPARE(progress.sectionUnits(1), 300);
        const ReadingProgress::Estimate e =
            progress.estimate({{top, topFraction}, {bottom, bottomFraction}, scrolled});
        QCOMPARE(e.percent, percent);
        QCOMPARE(e.minutesLeft, minutesLeft);
        QVERIFY(!e.ownPace);
    }

    void english_countsWords()
    {
        ReadingProgress progress([] { return qint64(0); });
        progress.setArticle(article(), Language::English);
        QCOMPARE(progress.total(), 300);
        QCOMPARE(progress.pace().usualRate(), 230.0);
        const auto e = progress.estimate({{QStringLiteral("_title"), 0}, {}, 0.0});
        QCOMPARE(e.minutesLeft, 2);
    }

    // Read steadily for long enough and the time left follows the reader.
    void update_feedsTheReadersPace()
    {
        qint64 now = 0;
        ReadingProgress progress([&now] { return now; });
        progress.setArticle(article(), Language::Chinese);
        const auto at = [](const QString &id, qreal fraction) {
            return ViewSpan{{id, fraction}, {id, fraction}, 0.0};
        };
        // 150 characters a minute: p1 (100) and half of p2 in the first
        // minute, the rest of p2 in the second, half of p3 in the third.
        progress.update(at(QStringLiteral("p1"), 0.0));
        now = 60'000;
        progress.update(at(QStringLiteral("p2"), 0.25));
        now = 120'000;
        progress.update(at(QStringLiteral("p2"), 1.0));
        now = 180'000;
        const ReadingProgress::Estimate e = progress.update(at(QStringLiteral("p3"), 0.5));
        QVERIFY(e.ownPace);
        QCOMPARE(e.percent, 75);
        // 150 left at 150 a minute.
        QCOMPARE(e.minutesLeft, 1);
        QCOMPARE(progress.pace().unitsPerMinute(), 150.0);
    }
};

QTEST_GUILESS_MAIN(TestReadingProgress)
#include "tst_readingprogress.moc"
