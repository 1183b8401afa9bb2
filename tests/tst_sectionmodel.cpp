#include "TestArticle.h"
#include "core/ModelRoles.h"
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
