#include "core/JsonFileHeader.h"

#include <QTest>

using namespace hope::core;

// The checks a file the reader keeps starts with, in the order a reader of
// the message needs them: size, strict JSON, syntax, our format, version.
class TestJsonFileHeader final : public QObject
{
    Q_OBJECT

private slots:
    void open_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ours") << QByteArray(R"({"format": "hope-x", "version": 2, "a": 1})")
                              << QString();
        QTest::newRow("too large")
            << QByteArray(2 * 1024 * 1024 + 1, ' ') << QStringLiteral("larger than 2 MiB");
        QTest::newRow("key twice")
            << QByteArray(R"({"format": "hope-x", "format": "hope-x", "version": 2})")
            << QStringLiteral("line 1, column ");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not JSON (");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not ours");
        QTest::newRow("another format")
            << QByteArray(R"({"format": "hope-y", "version": 2})") << QStringLiteral("not ours");
        QTest::newRow("another version")
            << QByteArray(R"({"format": "hope-x", "version": 3})")
            << QStringLiteral("version 3 is not one this reader knows");
        QTest::newRow("version as text")
            << QByteArray(R"({"format": "hope-x", "version": "2"})")
            << QStringLiteral("version 2 is not one this reader knows");
    }
    void open()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        QString said;
        const std::optional<QJsonObject> root = JsonFileHeader::open(
            data, {QStringLiteral("hope-x"), 2, 2 * 1024 * 1024, QStringLiteral("not ours")},
            &said);
        QCOMPARE(root.has_value(), problem.isEmpty());
        if (root)
            QCOMPARE(root->value(QStringLiteral("a")).toInt(), 1);
        else
            QVERIFY2(said.startsWith(problem), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestJsonFileHeader)
#include "tst_jsonfileheader.moc"
