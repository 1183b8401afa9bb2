#include "core/ReaderPalette.h"
#include "ui/FindBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace hope::core;
using namespace hope::ui;

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    static QLineEdit *edit(FindBar &bar)
    {
        return bar.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    }
    static QLabel *status(FindBar &bar) { return bar.findChildren<QLabel *>().constLast(); }

    [[nodiscard]] static bool openBar(FindBar &bar)
    {
        bar.setColours(ReaderPalette::light());
        bar.resize(600, 40);
        bar.show();
        bar.open();
        if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == bar.window(); }))
            return false;
        return QTest::qWaitFor([&] { return edit(bar)->hasFocus(); });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typing_asksForTheFirstMatch()
    {
        FindBar bar;
        QVERIFY(openBar(bar));
        QSignalSpy asked(&bar, &FindBar::findRequested);
        QTest::keyClicks(edit(bar), QStringLiteral("Tok"));
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.last().at(0).toString(), QStringLiteral("Tok"));
        QCOMPARE(asked.last().at(1).toBool(), false);
    }

    // Enter goes on, Shift+Enter goes back, each exactly once: the field
    // and the bar must not both answer the one key.
    void enterAndShiftEnter_stepOnceEachWay_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("shift");
        QTest::newRow("Enter") << int(Qt::Key_Return) << false;
        QTest::newRow("Shift+Enter") << int(Qt::Key_Return) << true;
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << false;
        QTest::newRow("Shift+keypad Enter") << int(Qt::Key_Enter) << true;
    }

    void enterAndShiftEnter_stepOnceEachWay()
    {
        QFETCH(int, key);
        QFETCH(bool, shift);
        FindBar bar;
        QVERIFY(openBar(bar));
        QTest::keyClicks(edit(bar), QStringLiteral("Tokyo"));
        QSignalSpy asked(&bar, &FindBar::findRequested);
        QTest::keyClick(edit(bar), Qt::Key(key), shift ? Qt::ShiftModifier : Qt::NoModifier);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("Tokyo"));
        QCOMPARE(asked.first().at(1).toBool(), shift);
    }

    void theBar_countsTheMatches_andMarksAFieldWithNone()
    {
        FindBar bar;
        QVERIFY(openBar(bar));
        const QColor normal = edit(bar)->palette().color(QPalette::Base);
        QTest::keyClicks(edit(bar), QStringLiteral("Tokyo"));
        bar.setMatches(2, 12);
        QCOMPARE(status(bar)->text(), QStringLiteral("3 of 12"));
        QCOMPARE(edit(bar)->palette().color(QPalette::Base), normal);

        QTest::keyClicks(edit(bar), QStringLiteral("xyz"));
        bar.setMatches(-1, 0);
        QCOMPARE(status(bar)->text(), QStringLiteral("No matches"));
        QCOMPARE(edit(bar)->palette().color(QPalette::Base), ReaderPalette::light().findMissing);
        QVERIFY(normal != ReaderPalette::light().findMissing);

        // An empty field says nothing and is not marked.
        edit(bar)->clear();
        bar.setMatches(-1, 0);
        QCOMPARE(status(bar)->text(), QString());
        QCOMPARE(edit(bar)->palette().color(QPalette::Base), normal);
    }

    void escape_closes()
    {
        FindBar bar;
        QVERIFY(openBar(bar));
        QSignalSpy closed(&bar, &FindBar::closed);
        QTest::keyClick(edit(bar), Qt::Key_Escape);
        QCOMPARE(closed.size(), 1);
        QVERIFY(!bar.isVisible());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
