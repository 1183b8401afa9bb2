#include "core/BundleSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hope::core;

namespace {

const QJsonObject kFields{
    {QStringLiteral("word"), QStringLiteral("hope")},
    {QStringLiteral("blank"), QStringLiteral("  ")},
    {QStringLiteral("number"), 7},
    {QStringLiteral("list"), QJsonArray{QStringLiteral("a"), QString(), 3}},
    {QStringLiteral("text"),
     QJsonObject{{QStringLiteral("zh"), QStringLiteral("希望")}, {QStringLiteral("en"), 1}}},
    {QStringLiteral("month"), QStringLiteral("2018-05")},
    {QStringLiteral("day"), QStringLiteral("2018-02-30")},
    {QStringLiteral("time"), QStringLiteral("00:12.500")},
    {QStringLiteral("notime"), QStringLiteral("12s")},
};

}  // namespace

class TestBundleSchema : public QObject
{
    Q_OBJECT

private slots:
    void string_reportsWhereAndWhy_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("allowEmpty");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("present") << "word" << false << "hope" << QStringList();
        QTest::newRow("missing") << "none" << false << ""
                                 << QStringList{QStringLiteral("s: f: missing string")};
        QTest::newRow("of another type")
            << "number" << false << ""
            << QStringList{QStringLiteral("s: f: expected a string, found a number")};
        QTest::newRow("blank, refused")
            << "blank" << false << "  " << QStringList{QStringLiteral("s: f: must not be empty")};
        QTest::newRow("blank, allowed") << "blank" << true << "  " << QStringList();
    }

    void string_reportsWhereAndWhy()
    {
        QFETCH(QString, key);
        QFETCH(bool, allowEmpty);
        QFETCH(QString, value);
        QFETCH(QStringList, errors);
        BundleSchema schema(QStringLiteral("s"));
        QCOMPARE(
            schema.string(kFields, key, QStringLiteral("f"),
                          allowEmpty ? BundleSchema::Empty::Allowed : BundleSchema::Empty::Refused),
            value);
        QCOMPARE(schema.errors(), errors);
    }

    void text_needsBothLanguages()
    {
        BundleSchema schema(QStringLiteral("s"));
        const LocalizedText t = schema.text(kFields, QStringLiteral("text"), QStringLiteral("t"));
        QCOMPARE(t.zh, QStringLiteral("希望"));
        QVERIFY(t.en.isEmpty());
        QCOMPARE(schema.errors(),
                 QStringList{QStringLiteral("s: t.en: expected a string, found a number")});
    }

    void strings_leaveOutWhatIsNotAString()
    {
        BundleSchema schema(QStringLiteral("s"));
        QCOMPARE(schema.strings(kFields, QStringLiteral("list"), QStringLiteral("l")),
                 QStringList{QStringLiteral("a")});
        QCOMPARE(schema.errors(),
                 (QStringList{QStringLiteral("s: l[1]: expected a non-empty string"),
                              QStringLiteral("s: l[2]: expected a non-empty string")}));
    }

    void array_isBounded()
    {
        BundleSchema schema(QStringLiteral("s"));
        QJsonArray out;
        QVERIFY(schema.array(kFields, QStringLiteral("list"), QStringLiteral("l"), 3, &out));
        QCOMPARE(out.size(), 3);
        QVERIFY(!schema.array(kFields, QStringLiteral("list"), QStringLiteral("l"), 2, &out));
        QVERIFY(out.isEmpty());
        QCOMPARE(schema.errors(),
                 QStringList{QStringLiteral("s: l: has 3 entries; the most allowed is 2")});
    }

    void datesAndTimes_areParsedOrReported()
    {
        BundleSchema schema(QStringLiteral("s"));
        QVERIFY(
            schema.partialDate(kFields, QStringLiteral("month"), QStringLiteral("m")).isValid());
        QVERIFY(!schema.partialDate(kFields, QStringLiteral("day"), QStringLiteral("d")).isValid());
        QCOMPARE(schema.time(kFields, QStringLiteral("time"), QStringLiteral("t")), 12500);
        QCOMPARE(schema.time(kFields, QStringLiteral("notime"), QStringLiteral("n")), -1);
        QCOMPARE(
            schema.errors(),
            (QStringList{QStringLiteral("s: d: \"2018-02-30\" is not a date of the form "
                                        "YYYY, YYYY-MM or YYYY-MM-DD"),
                         QStringLiteral("s: n: \"12s\" is not a time of the form mm:ss.mmm")}));
    }

    void longTexts_areRefused()
    {
        const QJsonObject o{
            {QStringLiteral("run"), QString(BundleSchema::kMaxUnbreakableRun + 1, u'a')},
            {QStringLiteral("long"), QString(BundleSchema::kMaxTextLength + 1, QChar(0x5e0c))}};
        BundleSchema schema(QStringLiteral("s"));
        QVERIFY(schema.string(o, QStringLiteral("run"), QStringLiteral("r")).isEmpty());
        QVERIFY(schema.string(o, QStringLiteral("long"), QStringLiteral("l")).isEmpty());
        QCOMPARE(schema.errors().size(), 2);
        QVERIFY(schema.errors().at(0).startsWith(u"s: r: has 501 characters in a row"));
        QVERIFY(schema.errors().at(1).startsWith(u"s: l: is 100001 characters long"));
    }

    void errors_pastTheCap_areCounted()
    {
        BundleSchema schema(QStringLiteral("s"));
        for (int i = 0; i < 250; ++i) schema.error(QStringLiteral("w"), QStringLiteral("p"));
        QCOMPARE(schema.errors().size(), BundleSchema::kMaxErrors);
        QCOMPARE(schema.omitted(), 250 - BundleSchema::kMaxErrors);
    }
};

QTEST_GUILESS_MAIN(TestBundleSchema)
#include "tst_bundleschema.moc"
