#include "TestArticle.h"
#include "core/ChapterModel.h"
#include "core/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;

class TestChapterModel : public QObject
{
    Q_OBJECT

private:
    ClipInfo m_clip;

private slots:
    void initTestCase() { m_clip = embeddedArticle().clip; }

    void passesTheModelTester()
    {
        ChapterModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClip(m_clip);
        QCOMPARE(model.rowCount(), 7);
        model.setCurrentChapter(2);
        model.setCurrentChapter(3);
        model.setLanguage(Language::English);
        model.setClip(ClipInfo());
        QCOMPARE(model.rowCount(), 0);
    }

    void rows_showStartAndTitle_andTheCurrentOne()
    {
        ChapterModel model;
        model.setClip(m_clip);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("0:12  空场的和太鼓"));
        model.setLanguage(Language::English);
        QCOMPARE(model.index(2, 0).data().toString(),
                 QStringLiteral("0:12  Taiko in an empty venue"));
        QCOMPARE(model.index(2, 0).data(ModelRoles::ChapterStartRole).toLongLong(), 12000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentChapter(2);
        QVERIFY(model.index(2, 0).data(ModelRoles::ChapterCurrentRole).toBool());
        model.setCurrentChapter(4);
        QVERIFY(!model.index(2, 0).data(ModelRoles::ChapterCurrentRole).toBool());
        QCOMPARE(changed.size(), 3);
    }

    void chapterAt_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("chapter");
        QTest::newRow("start") << qint64(0) << 0;
        QTest::newRow("just before 0:05") << qint64(4999) << 0;
        QTest::newRow("at 0:05") << qint64(5000) << 1;
        QTest::newRow("last") << qint64(47000) << 6;
    }

    void chapterAt()
    {
        QFETCH(qint64, ms);
        QFETCH(int, chapter);
        QCOMPARE(m_clip.chapterAt(ms), chapter);
    }
};

QTEST_GUILESS_MAIN(TestChapterModel)
#include "tst_chaptermodel.moc"
