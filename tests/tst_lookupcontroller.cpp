#include "TestArticle.h"
#include "app/LookupController.h"
#include "core/PinyinConverter.h"
#include "core/ReadingSession.h"
#include "core/VocabularyModel.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"
#include "ui/LookupCard.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace hope::core;
using namespace hope::ui;
using hope::app::LookupController;
using namespace Qt::StringLiterals;

namespace {

Typography typography()
{
    Typography t;
    t.chinese = {EmbeddedFonts::serif(18, Language::Chinese),
                 EmbeddedFonts::serif(18, Language::Chinese)};
    t.english = {EmbeddedFonts::serif(18, Language::English),
                 EmbeddedFonts::serif(18, Language::English)};
    return t;
}

// A reader as the window composes it: the session, the text, the lookup.
struct Reader
{
    QWidget window;
    ReadingSession session;
    ArticleView *view = new ArticleView(&window);
    LookupController lookup{&session, view, &window};

    Reader()
    {
        view->setTypography(typography());
        view->follow(&session);
        window.resize(900, 700);
        view->resize(900, 700);
        session.setArticle(embeddedArticle());
        window.show();
    }
    [[nodiscard]] bool laidOut()
    {
        return QTest::qWaitForWindowExposed(&window) &&
               QTest::qWaitFor([this] { return view->verticalScrollBar()->maximum() > 3000; });
    }
    // The document position of a character of the first place these words
    // are, brought into view.
    [[nodiscard]] int positionOf(const QString &words, int character)
    {
        const QTextCursor found = view->document()->find(words);
        if (found.isNull())
            return -1;
        QTextCursor at(view->document());
        at.setPosition(found.selectionStart() + character);
        view->setTextCursor(at);
        view->ensureCursorVisible();
        return at.position();
    }
    // The middle of a character's glyph, in the viewport.
    [[nodiscard]] QPoint pointOf(int position) const
    {
        return view->textRect(position, 1).center();
    }
    [[nodiscard]] QRect globalRect(int position, int length) const
    {
        const QRect r = view->textRect(position, length);
        return {view->viewport()->mapToGlobal(r.topLeft()), r.size()};
    }
};

}  // namespace

// The card a reader gets on a Chinese word: from the pointer resting or
// clicking, and from the keyboard at the caret.
class TestLookupController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingIsReadBeforeTheFirstLookup()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        QVERIFY(!reader.lookup.dictionary().isLoaded());
        QVERIFY(!reader.lookup.card()->isVisible());
    }

    void restingPointerShowsTheCardBesideTheWord()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        const int position = reader.positionOf(u"东京奥运会"_s, 3);  // 运
        QVERIFY(position > 0);
        const QPoint at = reader.pointOf(position);
        // What Qt sends when the pointer has rested there a moment.
        QHelpEvent rest(QEvent::ToolTip, at, reader.view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(reader.view->viewport(), &rest);
        LookupCard *card = reader.lookup.card();
        QTRY_VERIFY(card->isVisible());
        QVERIFY(reader.lookup.dictionary().isLoaded());
        QCOMPARE(card->mode(), LookupCard::Mode::Pointer);
        QStringList words;
        for (const QToolButton *button : card->choiceButtons()) words.append(button->text());
        QVERIFY2(
            words.contains(u"奥运会"_s) && words.contains(u"奥运"_s) && words.contains(u"运"_s),
            qPrintable(words.join(u' ')));
        // It never covers the word looked up.
        QVERIFY(!card->geometry().intersects(reader.globalRect(position, 1)));
        // The keys stay with the text.
        QVERIFY(!card->isActiveWindow());
        // The pointer moving away takes it away.
        QTest::mouseMove(reader.view->viewport(), QPoint(5, 5));
        QTRY_VERIFY(!card->isVisible());
    }

    void clickShowsTheWordsSenses()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        const int position = reader.positionOf(u"友谊"_s, 0);
        QVERIFY(position > 0);
        QTest::mouseClick(reader.view->viewport(), Qt::LeftButton, {}, reader.pointOf(position));
        LookupCard *card = reader.lookup.card();
        QTRY_VERIFY(card->isVisible());
        // 友誼 友谊 [you3 yi4] /companionship/fellowship/friendship/
        QVERIFY2(card->text().contains(u"friendship"_s), qPrintable(card->text()));
        QVERIFY(card->text().contains(u"友誼"_s));
        QVERIFY(!card->geometry().intersects(reader.globalRect(position, 2)));
    }

    void keyboardCardHasTheKeys()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        reader.view->setFocus();
        const int position = reader.positionOf(u"东京奥运会"_s, 2);  // 奥
        QVERIFY(position > 0);
        reader.lookup.lookUpAction()->trigger();
        LookupCard *card = reader.lookup.card();
        QTRY_VERIFY(card->isVisible());
        QCOMPARE(card->mode(), LookupCard::Mode::Keyboard);
        QTRY_VERIFY(QApplication::focusWidget() && card->isAncestorOf(QApplication::focusWidget()));
        const QString first = card->choices().at(card->chosen()).word.text;
        QSignalSpy chosen(card, &LookupCard::chosenChanged);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(card->chosen(), 1);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(card->choices().at(1).word.text != first);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(card->chosen(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!card->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(reader.view));
    }

    void aCharacterListsTheArticlesWordsWithIt()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        const int position = reader.positionOf(u"友谊"_s, 1);  // 谊
        reader.lookup.lookUp(position, LookupCard::Mode::Pointer);
        LookupCard *card = reader.lookup.card();
        QTRY_VERIFY(card->isVisible());
        // Choose the character alone: the article's words that hold it.
        const auto buttons = card->choiceButtons();
        const auto single = std::find_if(buttons.cbegin(), buttons.cend(),
                                         [](const QToolButton *b) { return b->text() == u"谊"; });
        QVERIFY(single != buttons.cend());
        QTest::mouseClick(*single, Qt::LeftButton);
        QVERIFY(card->choices().at(card->chosen()).word.text == u"谊");
        QVERIFY2(card->text().contains(u"In this article: 友谊"_s), qPrintable(card->text()));
    }

    // Shown in Traditional characters, a word is looked up by the Simplified
    // behind it and the card names both; its choices and the article's
    // words with a character are as the reader sees them.
    void traditionalWordsAreShownAsSeenAndLookedUpAsPublished()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        QString error;
        QVERIFY2(reader.session.setScript(ChineseScript::TraditionalTaiwan, &error),
                 qPrintable(error));
        QTRY_VERIFY(reader.view->toPlainText().contains(u"友誼"_s));
        const int position = reader.positionOf(u"友誼"_s, 0);
        QVERIFY(position > 0);
        QTest::mouseClick(reader.view->viewport(), Qt::LeftButton, {}, reader.pointOf(position));
        LookupCard *card = reader.lookup.card();
        QTRY_VERIFY(card->isVisible());
        // 友誼 友谊 [you3 yi4] /companionship/fellowship/friendship/
        QVERIFY2(card->text().contains(u"friendship"_s), qPrintable(card->text()));
        QVERIFY2(card->text().contains(u"友誼 (Simplified: 友谊)"_s), qPrintable(card->text()));
        QCOMPARE(card->choices().at(card->chosen()).word.text, u"友谊"_s);
        QCOMPARE(card->choiceButtons().first()->text(), u"友誼"_s);
        QCOMPARE(card->accessibleName(), u"Dictionary: 友誼"_s);

        QVERIFY(reader.lookup.lookUp(reader.positionOf(u"友誼"_s, 1), LookupCard::Mode::Pointer));
        QTRY_VERIFY(card->isVisible());
        const auto buttons = card->choiceButtons();
        const auto single = std::find_if(buttons.cbegin(), buttons.cend(),
                                         [](const QToolButton *b) { return b->text() == u"誼"; });
        QVERIFY(single != buttons.cend());
        QTest::mouseClick(*single, Qt::LeftButton);
        QVERIFY2(card->text().contains(u"In this article: 友誼"_s), qPrintable(card->text()));
    }

    // The converter takes some time to load: the first card shows the
    // dictionary's words at once, and the ruby's word and reading as soon
    // as the converter is there.
    void theCardTakesTheRubysWordOnceLoaded()
    {
        Reader reader;
        auto converter = std::make_shared<PinyinConverter>();
        reader.lookup.setConverter(converter);
        QVERIFY(reader.laidOut());
        const int position = reader.positionOf(u"东京奥运会"_s, 4);  // 会
        QVERIFY(position > 0);
        QVERIFY(reader.lookup.lookUp(position, LookupCard::Mode::Pointer));
        LookupCard *card = reader.lookup.card();
        QVERIFY(card->isVisible());
        // The first load on a machine reads the packages and makes the
        // pinyin index: seconds under the sanitizers. What is tested is that
        // the card follows the converter once loaded, not how soon.
        QTRY_VERIFY_WITH_TIMEOUT(converter->isLoaded(), 120000);
        QVERIFY2(converter->error().isEmpty(), qPrintable(converter->error()));
        // What the ruby shows over that character.
        const auto context = reader.view->wordContextAt(position);
        QVERIFY(context);
        PinyinWord ruby;
        for (const PinyinWord &word : converter->convert(context->text)) {
            if (context->offset >= word.start && context->offset < word.start + word.length)
                ruby = word;
        }
        QVERIFY(ruby.isHan());
        QTRY_COMPARE(card->choices().first().word.text, ruby.text);
        QCOMPARE(card->choices().first().pinyin, ruby.marked);
        QVERIFY(card->isVisible());
    }

    // "Add to Vocabulary" keeps the chosen word with its reading, meaning,
    // sentence and paragraph; the card then says it is kept.
    void theCardKeepsAWord()
    {
        Reader reader;
        VocabularyModel vocabulary;
        reader.lookup.setVocabulary(&vocabulary);
        QVERIFY(reader.laidOut());
        const int position = reader.positionOf(u"友谊"_s, 0);
        QVERIFY(position > 0);
        QVERIFY(reader.lookup.lookUp(position, LookupCard::Mode::Keyboard));
        LookupCard *card = reader.lookup.card();
        QTRY_VERIFY(card->isVisible());
        QVERIFY(card->keepButton()->isEnabled());
        QTest::mouseClick(card->keepButton(), Qt::LeftButton);
        QCOMPARE(vocabulary.rowCount(), 1);
        const VocabularyWord &kept = vocabulary.words().first();
        QCOMPARE(kept.word, u"友谊"_s);
        // 友誼 友谊 [You3 yi4] and [you3 yi4] /companionship/fellowship/friendship/
        QVERIFY2(kept.meaning.contains(u"companionship; fellowship; friendship"_s),
                 qPrintable(kept.meaning));
        QVERIFY(kept.sentence.contains(u"友谊"_s));
        QVERIFY(kept.sentence.endsWith(u"。"_s) || kept.sentence.endsWith(u"！"_s));
        QCOMPARE(kept.blockId, reader.view->placeOf(position).first);
        QVERIFY(!kept.blockId.isEmpty());
        QVERIFY(!card->keepButton()->isEnabled());
        // Looked up again, the card knows.
        card->hide();
        QVERIFY(reader.lookup.lookUp(position + 1, LookupCard::Mode::Pointer));
        QCOMPARE(card->choices().at(card->chosen()).word.text, u"友谊"_s);
        QVERIFY(!card->keepButton()->isEnabled());
    }

    void notChineseIsSaid()
    {
        Reader reader;
        QVERIFY(reader.laidOut());
        QSignalSpy message(&reader.lookup, &LookupController::message);
        const int position = reader.positionOf(u"30"_s, 1);  // Between 3 and 0.
        QVERIFY(position > 0);
        reader.lookup.lookUpAction()->trigger();
        QCOMPARE(message.size(), 1);
        QVERIFY(!reader.lookup.card()->isVisible());
        // Nor does a rest over Latin open anything.
        const QPoint at = reader.pointOf(position);
        QHelpEvent rest(QEvent::ToolTip, at, reader.view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(reader.view->viewport(), &rest);
        QVERIFY(!reader.lookup.card()->isVisible());
    }
};

QTEST_MAIN(TestLookupController)
#include "tst_lookupcontroller.moc"
