#include "TestArticle.h"
#include "core/ModelRoles.h"
#include "core/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private:
    ClipInfo m_clip;

private slots:
    void initTestCase() { m_clip = embeddedArticle().clip; }

    void passesTheModelTester()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClip(m_clip);
        QCOMPARE(model.rowCount(), 7);
        model.setCurrentCue(2);
        model.setCurrentCue(3);
        model.setPaired(true);
        model.setLanguage(Language::English);
        QCOMPARE(model.currentCue(), -1);
        model.setCurrentCue(6);
        model.setCurrentCue(7);  // no such line: ignored
        QCOMPARE(model.currentCue(), 6);
        model.setClip(ClipInfo());
        QCOMPARE(model.rowCount(), 0);
    }

    // What the shipped captions say (resources/article/clip/*.vtt): the
    // Taiko line starts at 12.4 s and has two lines in English.
    void rows_lineAndTime_joinedAsTheLanguageJoins_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<bool>("paired");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("accessible");
        QTest::newRow("english")
            << true << false << QStringLiteral("0:12  Taiko drummers performing to an empty venue")
            << QStringLiteral("0:12 Taiko drummers performing to an empty venue");
        QTest::newRow("chinese") << false << false
                                 << QStringLiteral("0:12  有在空场演出的和太鼓演员")
                                 << QStringLiteral("0:12 有在空场演出的和太鼓演员");
        QTest::newRow("paired")
            << true << true
            << QStringLiteral(
                   "0:12  Taiko drummers performing to an empty venue\n有在空场演出的和太鼓演员")
            << QStringLiteral(
                   "0:12 Taiko drummers performing to an empty venue / 有在空场演出的和太鼓演员");
    }

    void rows_lineAndTime_joinedAsTheLanguageJoins()
    {
        QFETCH(bool, english);
        QFETCH(bool, paired);
        QFETCH(QString, display);
        QFETCH(QString, accessible);
        TranscriptModel model;
        model.setClip(m_clip);
        model.setLanguage(english ? Language::English : Language::Chinese);
        model.setPaired(paired);
        const QModelIndex taiko = model.index(2, 0);
        QCOMPARE(taiko.data().toString(), display);
        QCOMPARE(taiko.data(Qt::AccessibleTextRole).toString(), accessible);
        QCOMPARE(taiko.data(ModelRoles::CueStartRole).toLongLong(), 12400);
        QCOMPARE(taiko.data(ModelRoles::CueEndRole).toLongLong(), 18600);
        QCOMPARE(model.citation(2), accessible.section(QStringLiteral(" / "), 0, 0));
    }

    void current_isMarked_andOnlyItsRowsChange()
    {
        TranscriptModel model;
        model.setClip(m_clip);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentCue(2);
        QVERIFY(model.index(2, 0).data(ModelRoles::CueCurrentRole).toBool());
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
        model.setCurrentCue(4);
        QVERIFY(!model.index(2, 0).data(ModelRoles::CueCurrentRole).toBool());
        QVERIFY(!model.index(2, 0).data(Qt::FontRole).isValid());
        QCOMPARE(changed.size(), 3);  // 2; then 2 and 4
        model.setCurrentCue(4);
        QCOMPARE(changed.size(), 3);
    }
};

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
