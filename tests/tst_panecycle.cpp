#include "app/PaneCycle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace hope::app;

// F6 from pane to pane in layout order, passing over hidden panes; Tab
// through each pane's controls in the same order.
class TestPaneCycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void f6_cyclesInOrder_passingOverHiddenPanes_andTabFollowsTheSameOrder()
    {
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        // Made in another order than they are laid out, as in the reader.
        auto *right = new QWidget;
        auto *rightEdit = new QLineEdit(right);
        auto *rightButton = new QPushButton(QStringLiteral("r"), right);
        rightButton->move(0, 30);
        auto *left = new QLineEdit;
        auto *middle = new QLineEdit;
        layout->addWidget(left);
        layout->addWidget(middle);
        layout->addWidget(right);
        PaneCycle cycle(&window, {{left, left}, {middle, middle}, {right, rightEdit}});
        cycle.orderTabChain();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        left->setFocus();
        QTRY_VERIFY(left->hasFocus());
        QCOMPARE(cycle.currentPane(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(middle->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(rightEdit->hasFocus());
        QCOMPARE(cycle.currentPane(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(left->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(rightEdit->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ControlModifier);
        QTRY_VERIFY(left->hasFocus());
        // Tab: left, middle, then the right pane's two controls.
        QList<QWidget *> tabbed;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            tabbed << QApplication::focusWidget();
        }
        QCOMPARE(tabbed, (QList<QWidget *>{middle, rightEdit, rightButton, left}));
        // A hidden pane is passed over.
        middle->hide();
        left->setFocus();
        QTRY_VERIFY(left->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(rightEdit->hasFocus());
    }
};

QTEST_MAIN(TestPaneCycle)
#include "tst_panecycle.moc"
