#include "core/RecentBundles.h"
#include "ui/RecentMenu.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope;

class TestRecentMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsTheBundles_disablesTheGone_andOpensByKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString here = dir.filePath(QStringLiteral("R&D notes.json"));
        const QString gone = dir.filePath(QStringLiteral("gone.json"));
        {
            QFile f(here);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        core::RecentBundles model;
        model.add(gone);
        model.add(here);
        ui::RecentMenu menu;
        menu.setModel(&model);
        QSignalSpy open(&menu, &ui::RecentMenu::openRequested);

        menu.popup(QPoint(100, 100));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        const QList<QAction *> actions = menu.actions();
        // Two bundles, a separator, Remove Missing, Clear List.
        QCOMPARE(actions.size(), 5);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("&1  R&&D notes.json"));
        QVERIFY(actions.at(0)->isEnabled());
        QVERIFY(!actions.at(1)->isEnabled());
        QVERIFY2(actions.at(1)->toolTip().contains(QStringLiteral("not found")),
                 qPrintable(actions.at(1)->toolTip()));
        QVERIFY(actions.at(3)->isEnabled());  // something is missing

        // The number opens it, as a menu's mnemonic does.
        QTest::keyClick(&menu, Qt::Key_1);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), here);

        // Remove Missing, then the list shows what is left.
        actions.at(3)->trigger();
        QCOMPARE(model.rowCount(), 1);
        actions.at(4)->trigger();
        QCOMPARE(model.rowCount(), 0);
        menu.popup(QPoint(100, 100));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        QCOMPARE(menu.actions().size(), 1);
        QVERIFY(!menu.actions().first()->isEnabled());
        menu.close();
    }
};

QTEST_MAIN(TestRecentMenu)
#include "tst_recentmenu.moc"
