#include "core/MediaTime.h"

#include <QTest>

using namespace hope::core;

class TestMediaTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");  // -1: rejected
        QTest::newRow("mm:ss") << QStringLiteral("00:15") << qint64(15000);
        QTest::newRow("m:ss") << QStringLiteral("1:05") << qint64(65000);
        QTest::newRow("mm:ss.ttt") << QStringLiteral("00:05.200") << qint64(5200);
        QTest::newRow("one fraction digit") << QStringLiteral("00:05.2") << qint64(5200);
        QTest::newRow("hh:mm:ss.ttt") << QStringLiteral("01:02:03.004") << qint64(3723004);
        QTest::newRow("60 seconds") << QStringLiteral("00:60") << qint64(-1);
        QTest::newRow("one-digit seconds") << QStringLiteral("00:5.000") << qint64(-1);
        QTest::newRow("four fraction digits") << QStringLiteral("00:05.0000") << qint64(-1);
        QTest::newRow("minutes over 59 with hours") << QStringLiteral("1:60:00") << qint64(-1);
        QTest::newRow("minutes over 59 with zero hours")
            << QStringLiteral("00:99:00.000") << qint64(-1);
        QTest::newRow("99 minutes without hours") << QStringLiteral("99:00") << qint64(5940000);
        QTest::newRow("comma") << QStringLiteral("00:05,000") << qint64(-1);
        QTest::newRow("seconds only") << QStringLiteral("15") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-00:05") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(MediaTime::parse(text).value_or(-1), ms);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
        QTest::newRow("rounds down") << qint64(15999) << QStringLiteral("0:15");
        QTest::newRow("minutes") << qint64(754000) << QStringLiteral("12:34");
        QTest::newRow("hours") << qint64(3723000) << QStringLiteral("1:02:03");
        QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0:00");
    }

    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(MediaTime::format(ms), text);
    }

    void formatPrecise_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00.000");
        QTest::newRow("a frame at 25 fps") << qint64(12480) << QStringLiteral("0:12.480");
        QTest::newRow("pads milliseconds") << qint64(61005) << QStringLiteral("1:01.005");
        QTest::newRow("hours") << qint64(3723040) << QStringLiteral("1:02:03.040");
        QTest::newRow("negative clamps") << qint64(-40) << QStringLiteral("0:00.000");
    }

    void formatPrecise()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(MediaTime::formatPrecise(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestMediaTime)
#include "tst_mediatime.moc"
