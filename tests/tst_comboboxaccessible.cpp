#include "ui/ComboBoxAccessible.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace hope::ui;

// A combo box as a screen reader meets it: named by its purpose, its entry
// as its value and text (Qt's own interface on Linux named it by its entry).
class TestComboBoxAccessible : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ComboBoxAccessible::install();
    }

    void namedByPurpose_entryAsValue_data()
    {
        QTest::addColumn<bool>("byLabel");
        QTest::newRow("named by its label") << true;
        QTest::newRow("named by its accessible name") << false;
    }

    void namedByPurpose_entryAsValue()
    {
        QFETCH(bool, byLabel);
        QWidget window;
        auto *label = new QLabel(QStringLiteral("&Speed:"));
        auto *box = new QComboBox;
        if (byLabel)
            label->setBuddy(box);
        else
            box->setAccessibleName(QStringLiteral("Speed"));
        box->addItem(QStringLiteral("1×"), 1.0);
        box->addItem(QStringLiteral("1.5×"), 1.5);
        box->addItem(QStringLiteral("Slow"));
        box->setItemData(0, QStringLiteral("1 times"), Qt::AccessibleTextRole);
        box->setItemData(1, QStringLiteral("1.5 times"), Qt::AccessibleTextRole);
        auto *row = new QHBoxLayout(&window);
        row->addWidget(label);
        row->addWidget(box);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::ComboBox);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Speed"));
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("1 times"));
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY(text);
        QCOMPARE(text->text(0, text->characterCount()), QStringLiteral("1 times"));
        // The keys change the entry; the value follows.
        box->setFocus();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), 1);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Speed"));
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("1.5 times"));
        QCOMPARE(text->text(0, -1), QStringLiteral("1.5 times"));
        // An entry with no accessible text is read by its words.
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("Slow"));
        QCOMPARE(text->characterCount(), 4);
        QCOMPARE(text->text(1, 3), QStringLiteral("lo"));
        // Its action opens the list.
        QAccessibleActionInterface *actions = iface->actionInterface();
        QVERIFY(actions);
        QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::showMenuAction()));
        actions->doAction(QAccessibleActionInterface::showMenuAction());
        QTRY_VERIFY(box->view()->isVisible());
        box->hidePopup();
    }
};

QTEST_MAIN(TestComboBoxAccessible)
#include "tst_comboboxaccessible.moc"
