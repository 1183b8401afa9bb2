#include "core/BundleIdList.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hope::core;

namespace {

QJsonObject entry(const QJsonValue &id)
{
    QJsonObject o;
    if (!id.isUndefined())
        o[QStringLiteral("id")] = id;
    return o;
}

QJsonObject listOf(const QJsonArray &entries)
{
    return QJsonObject{{QStringLiteral("things"), entries}};
}

}  // namespace

class TestBundleIdList : public QObject
{
    Q_OBJECT

private slots:
    void ids_areCheckedOnce_data()
    {
        QTest::addColumn<QJsonArray>("entries");
        QTest::addColumn<QStringList>("read");
        QTest::addColumn<QStringList>("errors");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("good") << QJsonArray{entry(u"a"_qs), entry(u"b-2"_qs)}
                              << QStringList{u"a"_qs, u"b-2"_qs} << QStringList();
        QTest::newRow("two missing, no duplicate")
            << QJsonArray{entry(none), entry(none)} << QStringList{QString(), QString()}
            << QStringList{u"s: l[0].id: missing string"_qs, u"s: l[1].id: missing string"_qs};
        QTest::newRow("two empty, no duplicate")
            << QJsonArray{entry(u""_qs), entry(u""_qs)} << QStringList{QString(), QString()}
            << QStringList{u"s: l[0].id: must not be empty"_qs,
                           u"s: l[1].id: must not be empty"_qs};
        QTest::newRow("duplicate")
            << QJsonArray{entry(u"a"_qs), entry(u"a"_qs)} << QStringList{u"a"_qs, u"a"_qs}
            << QStringList{u"s: l[1].id: duplicate thing id \"a\""_qs};
        QTest::newRow("malformed, reported once even when repeated")
            << QJsonArray{entry(u"A"_qs), entry(u"A"_qs)} << QStringList{u"A"_qs, u"A"_qs}
            << QStringList{
                   u"s: l[0].id: \"A\" is not a valid id (lower-case letters, digits, '-')"_qs,
                   u"s: l[1].id: \"A\" is not a valid id (lower-case letters, digits, '-')"_qs};
        QTest::newRow("not an object")
            << QJsonArray{3, entry(u"a"_qs)} << QStringList{u"a"_qs}
            << QStringList{u"s: l[0]: expected an object, found a number"_qs};
    }

    void ids_areCheckedOnce()
    {
        QFETCH(QJsonArray, entries);
        QFETCH(QStringList, read);
        QFETCH(QStringList, errors);
        BundleSchema schema(QStringLiteral("s"));
        BundleIdList list(schema, QStringLiteral("thing"), 10);
        QStringList seen;
        QVERIFY(list.read(
            listOf(entries), QStringLiteral("things"), QStringLiteral("l"),
            [&](const QJsonObject &, const QString &, const QString &id) { seen << id; }));
        QCOMPARE(seen, read);
        QCOMPARE(schema.errors(), errors);
    }

    void scope_spansEveryRead()
    {
        BundleSchema schema(QStringLiteral("s"));
        BundleIdList list(schema, QStringLiteral("block"), 10);
        const auto ignore = [](const QJsonObject &, const QString &, const QString &) {
        };
        list.read(listOf({entry(u"a"_qs)}), QStringLiteral("things"), QStringLiteral("x"), ignore);
        list.read(listOf({entry(u"a"_qs)}), QStringLiteral("things"), QStringLiteral("y"), ignore);
        QCOMPARE(schema.errors(), QStringList{u"s: y[0].id: duplicate block id \"a\""_qs});
        QCOMPARE(list.entryCount(), 2);
    }

    void tooLongAList_isRefusedWhole()
    {
        BundleSchema schema(QStringLiteral("s"));
        BundleIdList list(schema, QStringLiteral("thing"), 1);
        int calls = 0;
        QVERIFY(!list.read(
            listOf({entry(u"a"_qs), entry(u"b"_qs)}), QStringLiteral("things"), QStringLiteral("l"),
            [&](const QJsonObject &, const QString &, const QString &) { ++calls; }));
        QCOMPARE(calls, 0);
        QCOMPARE(schema.errors(), QStringList{u"s: l: has 2 entries; the most allowed is 1"_qs});
    }

    void isValidId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters, digits, dash") << "s1-p1" << true;
        QTest::newRow("digit first") << "2021" << true;
        QTest::newRow("dash first") << "-a" << false;
        QTest::newRow("capital") << "Part" << false;
        QTest::newRow("trailing newline") << "part\n" << false;
        QTest::newRow("path") << "../etc" << false;
        QTest::newRow("empty") << "" << false;
    }

    void isValidId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(BundleIdList::isValidId(id), valid);
    }

    void resolveBlocks_reportsWhatIsNotThere()
    {
        Article article;
        ArticleSection section;
        section.blocks << ArticleBlock{BlockKind::Paragraph, u"p"_qs, {}}
                       << ArticleBlock{BlockKind::Figure, u"f"_qs, {}};
        article.sections << section;
        BundleSchema schema(QStringLiteral("s"));
        const auto found = BundleIdList::resolveBlocks(schema, article, {u"p"_qs, u"f"_qs, u"q"_qs},
                                                       BlockKind::Paragraph, u"x"_qs);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->id, u"p"_qs);
        QCOMPARE(
            schema.errors(),
            (QStringList{u"s: x: links to \"f\", which is not a paragraph of the article"_qs,
                         u"s: x: links to \"q\", which is not a paragraph of the article"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestBundleIdList)
#include "tst_bundleidlist.moc"
