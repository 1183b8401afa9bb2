#include "core/BundleArticleReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hope::core;

namespace {

QJsonObject text(const QString &zh, const QString &en)
{
    return QJsonObject{{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

QJsonObject paragraph(const QString &id, const QString &en)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("paragraph")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("text"), text(QStringLiteral("中文") + en, en)}};
}

QJsonObject section(const QString &id, const QJsonArray &blocks)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("number"), QString()},
                       {QStringLiteral("label"), text(QStringLiteral("标签"), QStringLiteral("L"))},
                       {QStringLiteral("heading"), text(QString(), QString())},
                       {QStringLiteral("blocks"), blocks}};
}

QJsonObject milestone(const QString &id, const QString &date, const QJsonArray &paragraphs)
{
    const QJsonObject t = text(QStringLiteral("事"), QStringLiteral("Event"));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("date"), date},
                       {QStringLiteral("category"), QStringLiteral("games")},
                       {QStringLiteral("label"), t},
                       {QStringLiteral("title"), t},
                       {QStringLiteral("description"), t},
                       {QStringLiteral("paragraphs"), paragraphs}};
}

}  // namespace

class TestBundleArticleReader : public QObject
{
    Q_OBJECT

private slots:
    void sections_shareOneBlockScope()
    {
        const QJsonObject root{{QStringLiteral("sections"),
                                QJsonArray{section(u"a"_qs, {paragraph(u"p1"_qs, u"One"_qs)}),
                                           section(u"b"_qs, {paragraph(u"p1"_qs, u"Two"_qs)})}}};
        BundleSchema schema(QStringLiteral("s"));
        const QList<ArticleSection> sections = BundleArticleReader(schema).sections(root);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.at(1).blocks.first().text.en, u"Two"_qs);
        QCOMPARE(schema.errors(),
                 QStringList{u"s: sections[1].blocks[0].id: duplicate block id \"p1\""_qs});
    }

    void sectionWithoutParagraph_isEmpty()
    {
        const QJsonObject figure{{QStringLiteral("type"), QStringLiteral("figure")},
                                 {QStringLiteral("id"), QStringLiteral("f")},
                                 {QStringLiteral("alt"), text(QString(), QString())}};
        const QJsonObject root{
            {QStringLiteral("sections"), QJsonArray{section(u"a"_qs, {figure})}}};
        BundleSchema schema(QStringLiteral("s"));
        (void)BundleArticleReader(schema).sections(root);
        QCOMPARE(
            schema.errors(),
            QStringList{u"s: sections[0].blocks: section \"a\" is empty: it has no paragraph"_qs});
    }

    void milestones_areInDateOrder_andLinkToParagraphs()
    {
        Article article;
        article.sections << ArticleSection{
            u"a"_qs,
            {},
            {},
            {},
            {ArticleBlock{BlockKind::Paragraph, u"p"_qs, {u"2018年5月"_qs, u"May 2018"_qs}}}};
        QJsonObject later = milestone(u"later"_qs, u"2020"_qs, {u"p"_qs});
        later[QStringLiteral("mentions")] = QJsonObject{{u"zh"_qs, QJsonArray{u"2018年5月"_qs}},
                                                        {u"en"_qs, QJsonArray{u"June"_qs}}};
        const QJsonObject root{
            {QStringLiteral("milestones"),
             QJsonArray{later, milestone(u"earlier"_qs, u"2018-05"_qs, {u"p"_qs, u"gone"_qs})}}};
        BundleSchema schema(QStringLiteral("s"));
        const QList<Milestone> ms = BundleArticleReader(schema).milestones(root, article);
        QCOMPARE(ms.size(), 2);
        QCOMPARE(ms.first().id, u"earlier"_qs);
        QCOMPARE(schema.errors(),
                 (QStringList{u"s: milestones[0].mentions.en: \"June\" is in none of its "
                              "paragraphs"_qs,
                              u"s: milestones[1].paragraphs: links to \"gone\", which is not a "
                              "paragraph of the article"_qs}));
    }

    void milestoneDateBasis_isChecked_data()
    {
        QTest::addColumn<QJsonValue>("basis");  // undefined: no dateBasis at all
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("noteEn");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<bool>("by");  // only a latest day is known
        const QString at = u"s: milestones[0].dateBasis"_qs;
        const QJsonObject note = text(u"推断"_qs, u"Worked out"_qs);
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString() << QString()
                                << QString() << QStringList() << false;
        QTest::newRow("stated, bare")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"stated"_qs}}) << u"stated"_qs << QString()
            << QString() << QStringList() << false;
        QTest::newRow("stated with a note")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"stated"_qs}, {u"note"_qs, note}})
            << u"stated"_qs << u"Worked out"_qs << QString() << QStringList() << false;
        QTest::newRow("derived with its note")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"derived"_qs}, {u"note"_qs, note}})
            << u"derived"_qs << u"Worked out"_qs << QString() << QStringList() << false;
        QTest::newRow("derived without saying how")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"derived"_qs}}) << u"derived"_qs << QString()
            << QString() << QStringList{at + u".note: missing object"_qs} << false;
        QTest::newRow("outside with note and source")
            << QJsonValue(QJsonObject{
                   {u"kind"_qs, u"outside"_qs}, {u"note"_qs, note}, {u"source"_qs, u"IOC"_qs}})
            << u"outside"_qs << u"Worked out"_qs << u"IOC"_qs << QStringList() << false;
        QTest::newRow("outside without a source")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"outside"_qs}, {u"note"_qs, note}})
            << u"outside"_qs << u"Worked out"_qs << QString()
            << QStringList{at + u".source: missing string"_qs} << false;
        QTest::newRow("unknown kind")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"guessed"_qs}}) << QString() << QString()
            << QString()
            << QStringList{at +
                           u".kind: unknown kind \"guessed\" (expected stated, derived "
                           "or outside)"_qs}
            << false;
        QTest::newRow("not an object")
            << QJsonValue(u"stated"_qs) << QString() << QString() << QString()
            << QStringList{at + u": expected an object, found a string"_qs} << false;
        QTest::newRow("by a day, with its note")
            << QJsonValue(QJsonObject{
                   {u"kind"_qs, u"derived"_qs}, {u"bound"_qs, u"by"_qs}, {u"note"_qs, note}})
            << u"derived"_qs << u"Worked out"_qs << QString() << QStringList() << true;
        QTest::newRow("stated, by a day, with no note")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"stated"_qs}, {u"bound"_qs, u"by"_qs}})
            << u"stated"_qs << QString() << QString()
            << QStringList{at + u".note: missing object"_qs} << true;
        QTest::newRow("at, said outright")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"stated"_qs}, {u"bound"_qs, u"at"_qs}})
            << u"stated"_qs << QString() << QString() << QStringList() << false;
        QTest::newRow("unknown bound")
            << QJsonValue(QJsonObject{{u"kind"_qs, u"stated"_qs}, {u"bound"_qs, u"after"_qs}})
            << u"stated"_qs << QString() << QString()
            << QStringList{at + u".bound: unknown bound \"after\" (expected at or by)"_qs} << false;
        QTest::newRow("derived with a source")
            << QJsonValue(QJsonObject{
                   {u"kind"_qs, u"derived"_qs}, {u"note"_qs, note}, {u"source"_qs, u"IOC"_qs}})
            << u"derived"_qs << u"Worked out"_qs << u"IOC"_qs << QStringList() << false;
    }

    void milestoneDateBasis_isChecked()
    {
        QFETCH(QJsonValue, basis);
        QFETCH(QString, kind);
        QFETCH(QString, noteEn);
        QFETCH(QString, source);
        QFETCH(QStringList, errors);
        QFETCH(bool, by);
        Article article;
        article.sections << ArticleSection{
            u"a"_qs,
            {},
            {},
            {},
            {ArticleBlock{BlockKind::Paragraph, u"p"_qs, {u"事"_qs, u"E"_qs}}}};
        QJsonObject m = milestone(u"m"_qs, u"2020"_qs, {u"p"_qs});
        if (!basis.isUndefined())
            m[QStringLiteral("dateBasis")] = basis;
        BundleSchema schema(QStringLiteral("s"));
        const QList<Milestone> ms = BundleArticleReader(schema).milestones(
            QJsonObject{{QStringLiteral("milestones"), QJsonArray{m}}}, article);
        QCOMPARE(schema.errors(), errors);
        QCOMPARE(ms.size(), 1);
        QCOMPARE(DateBasisKinds::code(ms.first().basis.kind), kind);
        QCOMPARE(ms.first().basis.note.en, noteEn);
        QCOMPARE(ms.first().basis.source, source);
        QCOMPARE(ms.first().basis.bound == DateBound::By, by);
    }

    void milestones_standInOrder_aLatestDayBeforeWhatHappenedOnIt()
    {
        Article article;
        article.sections << ArticleSection{
            u"a"_qs,
            {},
            {},
            {},
            {ArticleBlock{BlockKind::Paragraph, u"p"_qs, {u"事"_qs, u"E"_qs}}}};
        const QJsonObject by{{u"kind"_qs, u"derived"_qs},
                             {u"bound"_qs, u"by"_qs},
                             {u"note"_qs, text(u"推断"_qs, u"Worked out"_qs)}};
        // The month's middle is the 15th: a thing known only to have
        // happened by the 23rd stands at the 23rd, before the film that
        // came out that day, and after the month.
        QJsonObject onTheDay = milestone(u"on"_qs, u"2021-06-23"_qs, {u"p"_qs});
        QJsonObject byTheDay = milestone(u"by"_qs, u"2021-06-23"_qs, {u"p"_qs});
        byTheDay[u"dateBasis"_qs] = by;
        QJsonObject month = milestone(u"month"_qs, u"2021-06"_qs, {u"p"_qs});
        QJsonObject year = milestone(u"year"_qs, u"2021"_qs, {u"p"_qs});
        BundleSchema schema(QStringLiteral("s"));
        const QList<Milestone> ms = BundleArticleReader(schema).milestones(
            QJsonObject{{u"milestones"_qs, QJsonArray{onTheDay, year, byTheDay, month}}}, article);
        QVERIFY2(schema.errors().isEmpty(), qPrintable(schema.errors().join(u'\n')));
        QStringList order;
        for (const Milestone &m : ms) order << m.id;
        QCOMPARE(order, (QStringList{u"month"_qs, u"by"_qs, u"on"_qs, u"year"_qs}));
        QCOMPARE(ms.at(1).markerDate(), QDate(2021, 6, 23));
        QCOMPARE(ms.at(0).markerDate(), QDate(2021, 6, 15));
    }

    void eras_sayHowTheirDatesWereFound()
    {
        BundleSchema schema(QStringLiteral("s"));
        BundleArticleReader reader(schema);
        const QJsonObject era{
            {u"id"_qs, u"e"_qs},
            {u"label"_qs, text(u"时代"_qs, u"Era"_qs)},
            {u"start"_qs, u"2017-01"_qs},
            {u"end"_qs, u"2028-12"_qs},
            {u"dateBasis"_qs, QJsonObject{{u"kind"_qs, u"derived"_qs},
                                          {u"note"_qs, text(u"推断"_qs, u"Twelve years"_qs)}}}};
        const QList<Era> eras = reader.eras(QJsonObject{{u"eras"_qs, QJsonArray{era}}});
        QVERIFY2(schema.errors().isEmpty(), qPrintable(schema.errors().join(u'\n')));
        QCOMPARE(eras.size(), 1);
        QCOMPARE(eras.first().basis.kind, DateBasisKind::Derived);
        QCOMPARE(eras.first().basis.note.en, u"Twelve years"_qs);
        QJsonObject unsaid = era;
        unsaid[u"dateBasis"_qs] = QJsonObject{{u"kind"_qs, u"derived"_qs}};
        QCOMPARE(reader.eras(QJsonObject{{u"eras"_qs, QJsonArray{unsaid}}}).size(), 1);
        QCOMPARE(schema.errors(), QStringList{u"s: eras[0].dateBasis.note: missing object"_qs});
    }

    void eras_areOptional_andEndAfterTheyStart()
    {
        BundleSchema schema(QStringLiteral("s"));
        BundleArticleReader reader(schema);
        QVERIFY(reader.eras(QJsonObject()).isEmpty());
        QVERIFY(schema.errors().isEmpty());
        const QJsonObject era{{u"id"_qs, u"e"_qs},
                              {u"label"_qs, text(u"时代"_qs, u"Era"_qs)},
                              {u"start"_qs, u"2020"_qs},
                              {u"end"_qs, u"2019-12"_qs}};
        QCOMPARE(reader.eras(QJsonObject{{u"eras"_qs, QJsonArray{era}}}).size(), 1);
        QCOMPARE(schema.errors(), QStringList{u"s: eras[0].end: ends before it starts"_qs});
    }
};

QTEST_GUILESS_MAIN(TestBundleArticleReader)
#include "tst_bundlearticlereader.moc"
