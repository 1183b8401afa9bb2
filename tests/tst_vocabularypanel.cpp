#include "core/ModelRoles.h"
#include "core/VocabularyModel.h"
#include "ui/VocabularyPanel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hope::core;
using namespace hope::ui;
using namespace Qt::StringLiterals;

namespace {

VocabularyWord word(const QString &text, const QString &block, const QString &sentence)
{
    return {text, u"pīnyīn"_s, u"meaning"_s, sentence, block, QDateTime::currentDateTimeUtc()};
}

}  // namespace

// View > Vocabulary: the list, its sentence, and the keys and buttons that
// go to a word's paragraph or remove it.
class TestVocabularyPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyListSaysHowToFillIt()
    {
        VocabularyModel model;
        VocabularyPanel panel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.emptyLabel()->isVisible());
        QVERIFY(!panel.list()->isVisible());
        QVERIFY(!panel.removeButton()->isEnabled());
        model.add(word(u"光"_s, u"b1"_s, u"希望是光。"_s));
        QTRY_VERIFY(panel.list()->isVisible());
        QVERIFY(!panel.emptyLabel()->isVisible());
    }

    void keysAndButtons()
    {
        VocabularyModel model;
        model.setWords({word(u"奥运会"_s, u"s1-p1"_s, u"<b>东京</b>奥运会。"_s),
                        word(u"希望"_s, u"s2-p3"_s, u"希望有你。"_s)});
        VocabularyPanel panel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy go(&panel, &VocabularyPanel::goToRequested);
        QSignalSpy remove(&panel, &VocabularyPanel::removeRequested);
        // The first row current, its sentence shown as the text it is.
        QCOMPARE(panel.list()->currentIndex().row(), 0);
        const QLabel *sentence = panel.findChild<QLabel *>(u"vocabularySentence"_s);
        QVERIFY(sentence);
        QCOMPARE(sentence->textFormat(), Qt::PlainText);
        QVERIFY(sentence->text().startsWith(u"<b>东京</b>奥运会。"_s));
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_Down);
        QCOMPARE(panel.list()->currentIndex().row(), 1);
        QVERIFY(sentence->text().startsWith(u"希望有你。"_s));
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QCOMPARE(go.size(), 1);
        QCOMPARE(go.first().first().toString(), u"s2-p3"_s);
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.first().first().toInt(), 1);
        // A click on a row's rectangle chooses it; the button goes there.
        const QRect first = panel.list()->visualRect(model.index(0));
        QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(panel.list()->currentIndex().row(), 0);
        QTest::mouseClick(panel.goButton(), Qt::LeftButton);
        QCOMPARE(go.size(), 2);
        QCOMPARE(go.last().first().toString(), u"s1-p1"_s);
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QCOMPARE(remove.last().first().toInt(), 0);
    }
};

QTEST_MAIN(TestVocabularyPanel)
#include "tst_vocabularypanel.moc"
