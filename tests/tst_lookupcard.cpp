#include "core/ChineseDictionary.h"
#include "ui/LookupCard.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include "ui/StrokeView.h"

using namespace hope::core;
using namespace hope::ui;
using namespace Qt::StringLiterals;

namespace {

// A choice as WordLookup gives it, its entries CC-CEDICT's own lines.
LookupChoice choice(qsizetype start, const QString &word, const QString &pinyin,
                    const QStringList &lines)
{
    LookupChoice c;
    c.word = {start, word.size(), word};
    c.pinyin = pinyin;
    for (const QString &line : lines) c.entries.append(*ChineseDictionary::parseLine(line));
    return c;
}

QList<LookupChoice> olympics()
{
    const QString games = u"奧運會 奥运会 [Ao4 yun4 hui4] /Olympic Games; the Olympics/"_s;
    return {choice(2, u"奥运会"_s, u"àoyùnhuì"_s, {games}),
            choice(2, u"奥运"_s, u"àoyùn"_s, {u"奧運 奥运 [Ao4 yun4] /Olympic Games/"_s}),
            choice(3, u"运"_s, u"yùn"_s, {u"運 运 [yun4] /to move/to transport/fortune/"_s})};
}

}  // namespace

// The card itself: what it says for each choice, choosing by mouse and
// key, where it goes, and what a screen reader is given.
class TestLookupCard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saysTheChosenWord()
    {
        LookupCard card;
        card.setChoices(olympics(), {{u"运"_s, {u"奥运"_s, u"运动员"_s}}});
        QCOMPARE(card.choiceButtons().size(), 3);
        QCOMPARE(card.chosen(), 0);
        QVERIFY(card.text().startsWith(u"奥运会 (Traditional: 奧運會)\nàoyùnhuì\n"_s));
        QVERIFY(card.text().contains(u"Olympic Games; the Olympics"_s));
        QVERIFY(!card.text().contains(u"In this article"_s));
        card.choose(2);
        QCOMPARE(card.text(),
                 u"运 (Traditional: 運)\nyùn\n1. to move\n2. to transport\n"
                 u"3. fortune\nIn this article: 奥运, 运动员"_s);
        const QAccessibleInterface *face = QAccessible::queryAccessibleInterface(&card);
        QVERIFY(face);
        QCOMPARE(face->role(), QAccessible::Dialog);
        QCOMPARE(face->text(QAccessible::Name), u"Dictionary: 运"_s);
        // The senses have the keys and say all of the card, once.
        const QLabel *senses = card.findChild<QLabel *>(u"lookupSenses"_s);
        QVERIFY(senses);
        QCOMPARE(senses->accessibleName(), QString(card.text()).replace(u'\n', u", "_s));
        QVERIFY(face->text(QAccessible::Description).isEmpty());
    }

    // A single character's card shows its strokes and draws them on request;
    // a word's does not.
    void strokesForACharacter()
    {
        LookupCard card;
        card.setChoices(olympics(), {});
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QVERIFY(!card.strokeView()->isVisible());
        QVERIFY(!card.strokesButton()->isVisible());
        card.choose(2);  // 运
        QVERIFY(card.strokeView()->isVisible());
        QCOMPARE(card.strokeView()->strokeCount(), 7);
        QTest::mouseClick(card.strokesButton(), Qt::LeftButton);
        QVERIFY(card.strokeView()->isAnimating());
        card.choose(0);
        QVERIFY(!card.strokeView()->isVisible());
    }

    void notInTheDictionary()
    {
        LookupCard card;
        card.setChoices({choice(0, u"熊猫"_s, u"xióngmāo"_s, {})}, {});
        QVERIFY(card.text().contains(u"Not in the reader's dictionary."_s));
        // One word: nothing to choose between.
        QVERIFY(card.choiceButtons().first()->isHidden() ||
                !card.choiceButtons().first()->parentWidget()->isVisibleTo(&card));
    }

    void bundleTextIsText()
    {
        LookupCard card;
        card.setChoices(
            {choice(0, u"<b>光</b>"_s, u"guāng"_s, {u"光 光 [guang1] /<img src=x> light/"_s})}, {});
        for (const QLabel *label : card.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(card.text().contains(u"<img src=x> light"_s));
        QVERIFY(card.text().startsWith(u"<b>光</b>"_s));
    }

    void chosenByClickAndKeys()
    {
        LookupCard card;
        card.setChoices(olympics(), {});
        card.showFor(QRect(300, 300, 60, 20), LookupCard::Mode::Keyboard);
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QSignalSpy chosen(&card, &LookupCard::chosenChanged);
        QTest::mouseClick(card.choiceButtons().at(1), Qt::LeftButton);
        QCOMPARE(card.chosen(), 1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<DictionaryWord>().text, u"奥运"_s);
        QTest::keyClick(&card, Qt::Key_Right);
        QCOMPARE(card.chosen(), 2);
        QTest::keyClick(&card, Qt::Key_Right);  // Stays at the last.
        QCOMPARE(card.chosen(), 2);
        QSignalSpy closed(&card, &LookupCard::closed);
        QTest::keyClick(&card, Qt::Key_Escape);
        QVERIFY(!card.isVisible());
        QCOMPARE(closed.size(), 1);
    }

    void besideTheWordsOnScreen_data()
    {
        QTest::addColumn<QRect>("words");
        QTest::newRow("top left") << QRect(10, 10, 40, 20);
        QTest::newRow("bottom right") << QRect(700, 560, 40, 20);
    }
    void besideTheWordsOnScreen()
    {
        QFETCH(QRect, words);
        LookupCard card;
        card.setChoices(olympics(), {});
        card.showFor(words, LookupCard::Mode::Pointer);
        QVERIFY(card.isVisible());
        QVERIFY(!card.geometry().intersects(words));
        QVERIFY(card.screen()->availableGeometry().contains(card.geometry()));
    }
};

QTEST_MAIN(TestLookupCard)
#include "tst_lookupcard.moc"
