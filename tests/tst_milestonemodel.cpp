#include "TestArticle.h"
#include "core/MilestoneModel.h"
#include "core/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;

// First and last row of each dataChanged.
using Runs = QList<QPair<int, int>>;

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
            QStringLiteral("May 2018, Beijing 2022 Winter Olympics cloud data centre unveiled"));
        QCOMPARE(dc.data(ModelRoles::MilestoneDateTextRole).toString(), QStringLiteral("May 2018"));
        QVERIFY(!dc.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }

    void visibleParagraphs_markTheirMilestones()
    {
        MilestoneModel model;
        model.setArticle(m_article);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVisibleParagraphs({QStringLiteral("s3-p3"), QStringLiteral("s3-p7")});
        QStringList inView;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(ModelRoles::MilestoneInViewRole).toBool())
                inView << model.index(row, 0).data(ModelRoles::MilestoneIdRole).toString();
        // In date order: the film, out by the Games' opening on 9 February,
        // stands before the pavilion and the brain, of that February.
        QCOMPARE(inView,
                 (QStringList{
                     QStringLiteral("m-pyeongchang-film"), QStringLiteral("m-pyeongchang-pavilion"),
                     QStringLiteral("m-et-sports-brain"), QStringLiteral("m-tokyo-interactive"),
                     QStringLiteral("m-beijing-opening")}));
        // Three runs (2018's, the Tokyo site, Beijing; others stand
        // between): one signal each, for the in-view role only.
        QCOMPARE(changed.size(), 3);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.at(2).value<QList<int>>(), QList<int>{ModelRoles::MilestoneInViewRole});
        model.setVisibleParagraphs({QStringLiteral("s3-p7"), QStringLiteral("s3-p3")});
        QCOMPARE(changed.size(), 3);
    }

    // Scrolling calls this on every step: each run of rows that changed is
    // said once, rows that did not are not, and nothing at all when the
    // set is the same.
    void visibleParagraphs_emitOneSignalPerChangedRun_data()
    {
        QTest::addColumn<QList<int>>("before");
        QTest::addColumn<QList<int>>("after");
        QTest::addColumn<Runs>("runs");

        QTest::newRow("nothing to nothing") << QList<int>{} << QList<int>{} << Runs{};
        QTest::newRow("same set") << QList<int>{1, 2} << QList<int>{1, 2} << Runs{};
        QTest::newRow("one row") << QList<int>{} << QList<int>{4} << Runs{{4, 4}};
        QTest::newRow("a run") << QList<int>{} << QList<int>{3, 4, 5} << Runs{{3, 5}};
        QTest::newRow("two runs") << QList<int>{} << QList<int>{0, 1, 6} << Runs{{0, 1}, {6, 6}};
        QTest::newRow("moved on by one")
            << QList<int>{2, 3} << QList<int>{3, 4} << Runs{{2, 2}, {4, 4}};
        QTest::newRow("in and out side by side") << QList<int>{2} << QList<int>{3} << Runs{{2, 3}};
        QTest::newRow("last row") << QList<int>{} << QList<int>{11} << Runs{{11, 11}};
        QTest::newRow("all out") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << QList<int>{}
                                 << Runs{{0, 11}};
    }

    void visibleParagraphs_emitOneSignalPerChangedRun()
    {
        QFETCH(QList<int>, before);
        QFETCH(QList<int>, after);
        QFETCH(Runs, runs);
        // One made-up paragraph per milestone, so any set of rows can be
        // put in view.
        Article article = m_article;
        for (int i = 0; i < article.milestones.size(); ++i)
            article.milestones[i].paragraphIds = {QStringLiteral("p%1").arg(i)};
        MilestoneModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(article);
        const auto paragraphs = [&model](const QList<int> &rows) {
            QStringList ids;
            for (const int row : rows) ids << model.milestone(row).paragraphIds;
            return ids;
        };
        model.setVisibleParagraphs(paragraphs(before));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVisibleParagraphs(paragraphs(after));
        Runs got;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            got << qMakePair(signal.at(0).toModelIndex().row(), signal.at(1).toModelIndex().row());
            QCOMPARE(signal.at(2).value<QList<int>>(), QList<int>{ModelRoles::MilestoneInViewRole});
        }
        QCOMPARE(got, runs);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(ModelRoles::MilestoneInViewRole).toBool(),
                     after.contains(row));
    }

    // The language changes words, not dates: views that lay out by date
    // can tell from the roles.
    void language_changesTextRolesOnly()
    {
        MilestoneModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(Language::Chinese);
        QCOMPARE(changed.size(), 0);
        model.setLanguage(Language::English);
        QCOMPARE(changed.size(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(ModelRoles::MilestoneLabelRole));
        QVERIFY(roles.contains(ModelRoles::MilestoneTitleRole));
        QVERIFY(!roles.contains(ModelRoles::MilestoneDateRole));
        QVERIFY(!roles.contains(ModelRoles::MilestoneInViewRole));
    }
};

QTEST_GUILESS_MAIN(TestMilestoneModel)
#include "tst_milestonemodel.moc"
