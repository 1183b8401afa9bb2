#include "core/ModelRoles.h"
#include "core/RecentBundles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;

class TestRecentBundles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write("{}");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newestFirst_eachOnce_tenAtMost()
    {
        RecentBundles model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &RecentBundles::pathsChanged);
        for (int i = 1; i <= 12; ++i) model.add(file(QStringLiteral("b%1.json").arg(i)));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(changed.size(), 12);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b12.json"));
        QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("b3.json"));
        // Opened again: back to the top, not twice.
        model.add(file(QStringLiteral("b5.json")));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b5.json"));
        QCOMPARE(model.paths().count(QDir::cleanPath(m_dir.filePath(QStringLiteral("b5.json")))),
                 1);
        QCOMPARE(model.index(0, 0).data(ModelRoles::RecentPathRole).toString(),
                 QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("b5.json"))));
        // A relative path is made absolute as it was opened.
        QVERIFY(QDir::isAbsolutePath(model.paths().first()));
    }

    void missingFiles_areFlagged_andRemovable()
    {
        RecentBundles model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString kept = file(QStringLiteral("kept.json"));
        const QString gone = file(QStringLiteral("gone.json"));
        model.add(gone);
        model.add(kept);
        QVERIFY(!model.hasMissing());
        QVERIFY(QFile::remove(gone));
        QVERIFY(model.hasMissing());
        QCOMPARE(model.index(0, 0).data(ModelRoles::RecentExistsRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(ModelRoles::RecentExistsRole).toBool(), false);
        model.removeMissing();
        QCOMPARE(model.paths(), QStringList{QDir::cleanPath(kept)});
        model.removeRow(0);
        QCOMPARE(model.rowCount(), 0);
        model.add(kept);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // What comes back from a settings file may be anything.
    void setPaths_leavesOutWhatIsNoPath()
    {
        RecentBundles model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList remembered{QStringLiteral("/a/one.json"),
                               QStringLiteral("relative.json"),
                               QString(),
                               QStringLiteral("/a/one.json"),
                               QStringLiteral("/a/../a/one.json"),
                               QStringLiteral("/bad/\u0007bell.json"),
                               QStringLiteral("/bad/\u202Ereversed.json"),
                               QStringLiteral("/") + QString(5000, u'x')};
        for (int i = 0; i < 15; ++i) remembered << QStringLiteral("/many/%1.json").arg(i);
        model.setPaths(remembered);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.paths().first(), QStringLiteral("/a/one.json"));
        QCOMPARE(model.paths().at(1), QStringLiteral("/many/0.json"));
        QCOMPARE(model.paths().last(), QStringLiteral("/many/8.json"));
    }
};

QTEST_GUILESS_MAIN(TestRecentBundles)
#include "tst_recentbundles.moc"
