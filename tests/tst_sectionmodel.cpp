#include "TestArticle.h"
#include "core/ModelRoles.h"
#include "core/ReadingSession.h"
#include "core/SectionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;

class TestSectionModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void passesTheModelTester_throughResetAndLanguageChange()
    {
        SectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 5);
        model.setLanguage(Language::English);
        model.setArticle(Article());
        QCOMPARE(model.rowCount(), 0);
    }

    // Minutes at 300 Han characters (Chinese) or 230 words (English) a
    // minute, rounded, never under one: counted by hand from the bundle.
    // As the reader uses it: the session's article in the session's
    // language, followed through a change of each.
    void followsTheSession()
    {
        ReadingSession session;
        SectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.follow(&session);
        QCOMPARE(model.rowCount(), 0);
        session.setArticle(m_article);
        QCOMPARE(model.rowCount(), m_article.sections.size());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("导语"));
        session.setLanguage(Language::English);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Introduction"));
    }

    void entries_carryTheirReadingTime_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("zh");
        QTest::addColumn<int>("en");
        QTest::newRow("lead: 240 characters, 176 words") << 0 << 1 << 1;
        QTest::newRow("01: 405 characters, 295 words") << 1 << 1 << 1;
        QTest::newRow("02: 572 characters, 429 words") << 2 << 2 << 2;
        QTest::newRow("03: 730 characters, 457 words") << 3 << 2 << 2;
        QTest::newRow("closing: 134 characters, 104 words") << 4 << 1 << 1;
    }

    void entries_carryTheirReadingTime()
    {
        QFETCH(int, row);
        QFETCH(int, zh);
        QFETCH(int, en);
        SectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(ModelRoles::SectionReadingMinutesRole).toInt(), zh);
        QCOMPARE(index.data(ModelRoles::SectionReadingTimeRole).toString(),
                 QStringLiteral("%1 min").arg(zh));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(Language::English);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(index.data(ModelRoles::SectionReadingMinutesRole).toInt(), en);
    }

    void entries_areNamedInTheReadingLanguage_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("lead") << 0 << QStringLiteral("导语") << QStringLiteral("Introduction");
        QTest::newRow("01") << 1 << QStringLiteral("01  翘首期盼")
                            << QStringLiteral("01  Eagerly awaited");
        QTest::newRow("03") << 3 << QStringLiteral("03  数字奥运")
                            << QStringLiteral("03  The digital Olympics");
        QTest::newRow("closing") << 4 << QStringLiteral("结语") << QStringLiteral("Conclusion");
    }

    void entries_areNamedInTheReadingLanguage()
    {
        QFETCH(int, row);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        SectionModel model;
        model.setArticle(m_article);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data().toString(), zh);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(Language::English);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(index.data().toString(), en);
        QCOMPARE(index.data(ModelRoles::SectionIdRole).toString(), m_article.sections.at(row).id);
    }

    void roles_carryIdNumberAndHeading()
    {
        SectionModel model;
        model.setArticle(m_article);
        const QModelIndex part2 = model.index(2, 0);
        QCOMPARE(part2.data(ModelRoles::SectionNumberRole).toString(), QStringLiteral("02"));
        QCOMPARE(part2.data(ModelRoles::SectionHeadingRole).toString(),
                 m_article.sections.at(2).heading.zh);
        QCOMPARE(part2.data(Qt::ToolTipRole).toString(), m_article.sections.at(2).heading.zh);
    }
};

QTEST_GUILESS_MAIN(TestSectionModel)
#include "tst_sectionmodel.moc"
