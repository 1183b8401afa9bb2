#include "core/PartialDate.h"

#include <QTest>

using namespace hope::core;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        using P = PartialDate::Precision;
        QTest::newRow("year") << QStringLiteral("2019") << true << int(P::Year) << QDate(2019, 1, 1)
                              << QDate(2019, 12, 31);
        QTest::newRow("month") << QStringLiteral("2018-02") << true << int(P::Month)
                               << QDate(2018, 2, 1) << QDate(2018, 2, 28);
        QTest::newRow("leap month") << QStringLiteral("2020-02") << true << int(P::Month)
                                    << QDate(2020, 2, 1) << QDate(2020, 2, 29);
        QTest::newRow("day") << QStringLiteral("2021-06-23") << true << int(P::Day)
                             << QDate(2021, 6, 23) << QDate(2021, 6, 23);
        QTest::newRow("no such day")
            << QStringLiteral("2021-02-30") << false << 0 << QDate() << QDate();
        QTest::newRow("month 13") << QStringLiteral("2021-13") << false << 0 << QDate() << QDate();
        QTest::newRow("month 0") << QStringLiteral("2021-00") << false << 0 << QDate() << QDate();
        QTest::newRow("short year") << QStringLiteral("21") << false << 0 << QDate() << QDate();
        QTest::newRow("slashes") << QStringLiteral("2021/06/23") << false << 0 << QDate()
                                 << QDate();
        QTest::newRow("trailing text")
            << QStringLiteral("2021-06-23T00:00") << false << 0 << QDate() << QDate();
        QTest::newRow("empty") << QString() << false << 0 << QDate() << QDate();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, precision);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto d = PartialDate::parse(text);
        QCOMPARE(d.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(int(d->precision()), precision);
        QCOMPARE(d->first(), first);
        QCOMPARE(d->last(), last);
        QCOMPARE(d->toString(), text);
        QVERIFY(d->middle() >= first && d->middle() <= last);
    }

    void display_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("year") << QStringLiteral("2019") << QStringLiteral("2019年")
                              << QStringLiteral("2019");
        QTest::newRow("month") << QStringLiteral("2018-05") << QStringLiteral("2018年5月")
                               << QStringLiteral("May 2018");
        QTest::newRow("day") << QStringLiteral("2022-02-04") << QStringLiteral("2022年2月4日")
                             << QStringLiteral("4 February 2022");
    }

    void display()
    {
        QFETCH(QString, text);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const auto d = PartialDate::parse(text);
        QVERIFY(d);
        QCOMPARE(d->toDisplayString(Language::Chinese), zh);
        QCOMPARE(d->toDisplayString(Language::English), en);
    }

    void ordering_putsCoarserDatesByTheirStart()
    {
        const auto year = *PartialDate::parse(QStringLiteral("2019"));
        const auto july = *PartialDate::parse(QStringLiteral("2019-07"));
        const auto dec = *PartialDate::parse(QStringLiteral("2018-12"));
        QVERIFY(dec < year);
        QVERIFY(year < july);
        QVERIFY(!(july < year));
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
