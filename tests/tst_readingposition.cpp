#include "core/ReadingPosition.h"

#include <QTest>

using namespace hope::core;

class TestReadingPosition : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("blockId");
        QTest::addColumn<qreal>("fraction");
        QTest::newRow("block and fraction")
            << QStringLiteral("s2-p3@0.2500") << true << QStringLiteral("s2-p3") << 0.25;
        QTest::newRow("block only")
            << QStringLiteral("closing") << true << QStringLiteral("closing") << 0.0;
        QTest::newRow("title") << QStringLiteral("_title@0") << true << QStringLiteral("_title")
                               << 0.0;
        QTest::newRow("whole block") << QStringLiteral("a@1") << true << QStringLiteral("a") << 1.0;
        QTest::newRow("fraction over 1") << QStringLiteral("a@1.5") << false << QString() << 0.0;
        QTest::newRow("negative") << QStringLiteral("a@-0.5") << false << QString() << 0.0;
        QTest::newRow("nan") << QStringLiteral("a@nan") << false << QString() << 0.0;
        QTest::newRow("empty") << QString() << false << QString() << 0.0;
        QTest::newRow("garbage") << QStringLiteral("\x01\x02@@") << false << QString() << 0.0;
        QTest::newRow("path") << QStringLiteral("../x@0") << false << QString() << 0.0;
        QTest::newRow("too long") << QString(200, u'a') << false << QString() << 0.0;
    }

    void fromString()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, blockId);
        QFETCH(qreal, fraction);
        const auto p = ReadingPosition::fromString(text);
        QCOMPARE(p.has_value(), valid);
        if (valid) {
            QCOMPARE(p->blockId, blockId);
            QCOMPARE(p->fraction, fraction);
        }
    }

    void roundTrip()
    {
        const ReadingPosition p{QStringLiteral("s3-p7"), 0.375};
        QCOMPARE(ReadingPosition::fromString(p.toString()), std::optional(p));
    }
};

QTEST_GUILESS_MAIN(TestReadingPosition)
#include "tst_readingposition.moc"
