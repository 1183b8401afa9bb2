#include "TestArticle.h"
#include "core/MilestoneModel.h"
#include "core/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;

class TestMilestoneModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void passesTheModelTester()
    {
        MilestoneModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        QCOMPARE(model.rowCount(), 12);
        model.setLanguage(Language::English);
        model.setVisibleParagraphs({QStringLiteral("s3-p4")});
        model.setVisibleParagraphs({});
        model.setArticle(Article());
        QCOMPARE(model.rowCount(), 0);
    }

    void rows_areInDateOrder_withTheirRoles()
    {
        MilestoneModel model;
        model.setArticle(m_article);
        QDate previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QDate d = model.index(row, 0).data(ModelRoles::MilestoneDateRole).toDate();
            QVERIFY(!previous.isValid() || previous <= d);
            previous = d;
        }
        const QModelIndex dc = model.index(model.rowOf(QStringLiteral("m-cloud-datacentre")), 0);
        QCOMPARE(dc.data(ModelRoles::MilestoneDateTextRole).toString(),
                 QStringLiteral("2018年5月"));
        QCOMPARE(dc.data(ModelRoles::MilestoneCategoryNameRole).toString(),
                 QStringLiteral("Cloud"));
        model.setLanguage(Language::English);
        QCOMPARE(
            dc.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("2018-05 · Beijing 2022 Winter Olympics cloud data centre unveiled"));
        QCOMPARE(dc.data(ModelRoles::MilestoneDateTextRole).toString(), QStringLiteral("May 2018"));
        QVERIFY(!dc.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }

    void visibleParagraphs_markTheirMilestones()
    {
        MilestoneModel model;
        model.setArticle(m_article);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVisibleParagraphs({QStringLiteral("s3-p3")});
        QStringList inView;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(ModelRoles::MilestoneInViewRole).toBool())
                inView << model.index(row, 0).data(ModelRoles::MilestoneIdRole).toString();
        // In date order: the film, dated only "2018", stands at the middle of its year.
        QCOMPARE(inView, (QStringList{QStringLiteral("m-pyeongchang-pavilion"),
                                      QStringLiteral("m-et-sports-brain"),
                                      QStringLiteral("m-pyeongchang-film")}));
        QCOMPARE(changed.size(), 3);
        model.setVisibleParagraphs({QStringLiteral("s3-p3")});
        QCOMPARE(changed.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMilestoneModel)
#include "tst_milestonemodel.moc"
