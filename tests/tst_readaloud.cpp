// Reading aloud as the reader sees it: the article view marks the sentence
// and lights each word in turn as the (silent, hand-clocked) voice reaches
// it, the bar offers its controls, and a click moves the voice.
#include "TestArticle.h"

#include "app/ReadAloud.h"
#include "core/ChineseSetting.h"
#include "core/ReaderPalette.h"
#include "speech/PcmOutput.h"
#include "speech/SilentPcmOutput.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"
#include "ui/ReadAloudBar.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

using namespace hope;
using namespace hope::core;

class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    qint64 m_now = 0;

    struct Reader
    {
        QWidget window;
        ui::ArticleView *view = new ui::ArticleView;
        std::unique_ptr<app::ReadAloud> readAloud;
    };

    bool make(Reader &r, Language language, const QString &notice = {})
    {
        Typography t;
        t.chinese = {ui::EmbeddedFonts::serif(18, Language::Chinese),
                     ui::EmbeddedFonts::serif(18, Language::Chinese)};
        t.english = {ui::EmbeddedFonts::serif(18, Language::English),
                     ui::EmbeddedFonts::serif(18, Language::English)};
        r.view->setTypography(t);
        r.readAloud = std::make_unique<app::ReadAloud>(r.view, nullptr);
        r.readAloud->setOutputFactory(
            [this, notice](QString *why) -> std::unique_ptr<speech::PcmOutput> {
                // Without a device there is no output: the controller reads
                // into silence on the real clock, and says why.
                *why = notice;
                if (!notice.isEmpty())
                    return nullptr;
                return std::make_unique<speech::SilentPcmOutput>([this] { return m_now; });
            });
        auto *layout = new QVBoxLayout(&r.window);
        layout->addWidget(r.readAloud->bar());
        layout->addWidget(r.view, 1);
        r.window.resize(900, 700);
        r.view->setArticle(m_article, language);
        r.readAloud->setArticle(m_article, language);
        // The test moves the clock on and lets the controller look.
        r.readAloud->controller()->setManualTicks(notice.isEmpty());
        r.window.show();
        return QTest::qWaitForWindowExposed(&r.window) &&
               QTest::qWaitFor([&] { return r.view->verticalScrollBar()->maximum() > 3000; });
    }

    // One step of our clock: once the paragraph is synthesised, the clock
    // moves on and the controller looks. False if synthesis never ends.
    bool step(Reader &r, qint64 ms)
    {
        speech::ReadAloudController *c = r.readAloud->controller();
        if (!QTest::qWaitFor([c] { return !c->isWaitingForSpeech(); }))
            return false;
        m_now += ms;
        c->tick();
        return true;
    }

    // The marks in the view: the sentence's text and the word's.
    static std::pair<QString, QString> marks(const ui::ArticleView &view)
    {
        const ReaderPalette colours = ReaderPalette::light();
        QString sentence;
        QString word;
        for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
            // In the source's characters: Chinese text shows a half-width
            // , : ; full-width.
            const QString text = ChineseSetting::sourceText(
                view.document(), s.cursor.selectionStart(), s.cursor.selectionEnd());
            if (s.format.background().color() == colours.speakingSentence)
                sentence = text;
            else if (s.format.background().color() == colours.speakingWord)
                word = text;
        }
        return {sentence, word};
    }

    QString paragraph(const QString &id, Language language) const
    {
        for (const ArticleSection &s : m_article.sections)
            for (const ArticleBlock &b : s.blocks)
                if (b.id == id)
                    return b.text.in(language);
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    void highlight_followsTheVoice_wordByWord_insideTheSentence()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        r.readAloud->readAction()->trigger();
        QVERIFY(r.readAloud->bar()->isVisible());
        const QString lead = paragraph(QStringLiteral("lead-1"), Language::English);
        QTRY_VERIFY(!marks(*r.view).second.isEmpty());
        // The first sentence of the paragraph at the top, as the bundle has it.
        const QString firstSentence = lead.left(lead.indexOf(u"days.") + 5);
        QCOMPARE(marks(*r.view).first, firstSentence);
        QStringList words;
        for (int i = 0; i < 1000 && words.size() < 8; ++i) {
            QVERIFY(step(r, 25));
            const auto [sentence, word] = marks(*r.view);
            if (!word.isEmpty() && (words.isEmpty() || words.last() != word))
                words << word;
            QVERIFY2(sentence.contains(word), qPrintable(sentence + QStringLiteral(" / ") + word));
        }
        QCOMPARE(words, QStringList({QStringLiteral("The"), QStringLiteral("Tokyo"),
                                     QStringLiteral("Olympics"), QStringLiteral("postponed"),
                                     QStringLiteral("by"), QStringLiteral("a"),
                                     QStringLiteral("year"), QStringLiteral("will")}));
        // Stopping takes the marks away.
        r.readAloud->readAction()->trigger();
        QCOMPARE(marks(*r.view), std::make_pair(QString(), QString()));
        QVERIFY(!r.readAloud->bar()->isVisible());
    }

    void chinese_sentenceAndWordAsSegmented()
    {
        Reader r;
        QVERIFY(make(r, Language::Chinese));
        r.readAloud->start();
        QTRY_VERIFY_WITH_TIMEOUT(!marks(*r.view).second.isEmpty(), 20000);
        // 延迟一年的东京奥运会,将在30天后如期举办。 is the first sentence.
        const QString lead = paragraph(QStringLiteral("lead-1"), Language::Chinese);
        QCOMPARE(marks(*r.view).first, lead.left(lead.indexOf(u'。') + 1));
        QCOMPARE(marks(*r.view).second, QStringLiteral("延迟"));
        QStringList words{marks(*r.view).second};
        for (int i = 0; i < 1000 && words.size() < 4; ++i) {
            QVERIFY(step(r, 25));
            const QString word = marks(*r.view).second;
            if (!word.isEmpty() && words.last() != word)
                words << word;
        }
        QCOMPARE(words, QStringList({QStringLiteral("延迟"), QStringLiteral("一年"),
                                     QStringLiteral("的"), QStringLiteral("东京")}));
    }

    void space_pausesOnlyWhileReading()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        r.view->setFocus();
        // Not reading: Space scrolls a page, as it always did.
        QCOMPARE(r.view->verticalScrollBar()->value(), 0);
        QTest::keyClick(r.view, Qt::Key_Space);
        QVERIFY(r.view->verticalScrollBar()->value() > 0);
        r.view->verticalScrollBar()->setValue(0);
        r.readAloud->start();
        QTRY_COMPARE(r.readAloud->controller()->state(),
                     speech::ReadAloudController::State::Playing);
        QTRY_VERIFY(!marks(*r.view).first.isEmpty());
        const int scrolled = r.view->verticalScrollBar()->value();
        QTest::keyClick(r.view, Qt::Key_Space);
        QCOMPARE(r.readAloud->controller()->state(), speech::ReadAloudController::State::Paused);
        QCOMPARE(r.view->verticalScrollBar()->value(), scrolled);
        QTest::keyClick(r.view, Qt::Key_Space);
        QCOMPARE(r.readAloud->controller()->state(), speech::ReadAloudController::State::Playing);
        // The bar's button does the same.
        QSignalSpy said(r.readAloud.get(), &app::ReadAloud::announcement);
        QTest::mouseClick(r.readAloud->bar()->pauseButton(), Qt::LeftButton);
        QCOMPARE(r.readAloud->controller()->state(), speech::ReadAloudController::State::Paused);
        // A listener hears where the voice went quiet, and nothing said over
        // it when it goes on.
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), QStringLiteral("Reading aloud paused"));
        QTest::keyClick(r.view, Qt::Key_Space);
        QCOMPARE(said.size(), 1);
        r.readAloud->stop();
        QCOMPARE(said.size(), 2);
        QCOMPARE(said.at(1).at(0).toString(), QStringLiteral("Reading aloud stopped"));
    }

    void clickingAParagraph_movesTheVoiceThere()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        r.readAloud->start();
        QTRY_VERIFY(!marks(*r.view).first.isEmpty());
        const QString second = paragraph(QStringLiteral("lead-2"), Language::English);
        const int at = r.view->document()->find(QStringLiteral("extraordinary")).selectionStart();
        QVERIFY(at > 0);
        QTextCursor c(r.view->document());
        c.setPosition(at + 2);
        const QPoint point = r.view->cursorRect(c).center();
        QTest::mouseClick(r.view->viewport(), Qt::LeftButton, {}, point);
        // The sentence that has the word clicked.
        QTRY_VERIFY(marks(*r.view).first.contains(u"extraordinary"));
        QVERIFY(second.contains(marks(*r.view).first));
    }

    void noSoundDevice_isSaid_andTheWordsStillMove()
    {
        Reader r;
        QVERIFY(make(r, Language::English, QStringLiteral("There is no sound device.")));
        QSignalSpy said(r.readAloud.get(), &app::ReadAloud::announcement);
        r.readAloud->start();
        QTRY_COMPARE(r.readAloud->bar()->message(), QStringLiteral("There is no sound device."));
        // Said, not only shown: a listener hears nothing else.
        QCOMPARE(said.size(), 1);
        QCOMPARE(said.at(0).at(0).toString(), QStringLiteral("There is no sound device."));
        QTRY_VERIFY(!marks(*r.view).second.isEmpty());
    }

    void view_followsTheSentence_intoTheBand()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        const QTextCursor found = r.view->document()->find(QStringLiteral("extraordinary"));
        const auto [id, offset] = r.view->placeOf(found.selectionStart());
        QCOMPARE(id, QStringLiteral("lead-2"));
        // Far below the view: it scrolls so the sentence is in view.
        r.view->verticalScrollBar()->setValue(r.view->verticalScrollBar()->maximum());
        r.readAloud->controller()->start(id, offset);
        QTRY_VERIFY(!marks(*r.view).first.isEmpty());
        QTRY_VERIFY([&] {
            const int top = r.view->cursorRect(found).top();
            return top > 0 && top < r.view->viewport()->height() * 0.85;
        }());
    }

    // Side by side: View > Read Aloud in Two Languages picks the half of
    // each pair that is read, and the marks land in that column.
    void sideBySide_readsTheChosenHalf_andClicksCrossOver()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        r.view->setReadingLayout(ReadingLayout::Parallel);
        QMenu menu;
        r.readAloud->addActions(&menu);
        QMenu *pairs = nullptr;
        for (QAction *a : menu.actions())
            if (a->menu())
                pairs = a->menu();
        QVERIFY(pairs);
        QVERIFY(!pairs->isEnabled());  // one language shown: nothing to choose
        r.readAloud->setShownLanguages({Language::Chinese, Language::English});
        QVERIFY(pairs->isEnabled());
        QCOMPARE(pairs->actions().size(), 3);
        QCOMPARE(r.readAloud->spokenLanguages(), QList{Language::Chinese});

        pairs->actions().at(1)->trigger();  // the English
        QCOMPARE(r.readAloud->spokenLanguages(), QList{Language::English});
        r.readAloud->start();
        QTRY_VERIFY(!marks(*r.view).first.isEmpty());
        QVERIFY2(
            paragraph(QStringLiteral("lead-1"), Language::English).contains(marks(*r.view).first),
            qPrintable(marks(*r.view).first));
        r.readAloud->stop();

        pairs->actions().at(2)->trigger();  // Chinese, then English
        QCOMPARE(r.readAloud->spokenLanguages(), (QList{Language::Chinese, Language::English}));
        r.readAloud->start();
        QTRY_VERIFY(!marks(*r.view).first.isEmpty());
        QVERIFY2(
            paragraph(QStringLiteral("lead-1"), Language::Chinese).contains(marks(*r.view).first),
            qPrintable(marks(*r.view).first));
        // A click in the English column of lead-2 takes the voice there, in
        // English.
        const int at = r.view->document()->find(QStringLiteral("extraordinary")).selectionStart();
        QVERIFY(at > 0);
        QTextCursor c(r.view->document());
        c.setPosition(at + 2);
        r.view->setTextCursor(c);  // scrolls it into view
        const QPoint point = r.view->cursorRect(c).center();
        QVERIFY(r.view->viewport()->rect().contains(point));
        QTest::mouseClick(r.view->viewport(), Qt::LeftButton, {}, point);
        QTRY_VERIFY(marks(*r.view).first.contains(u"extraordinary"));
        r.readAloud->stop();
    }

    // Changing the layout while the voice reads re-typesets the text under
    // the marks (in a real window this once crashed in Qt's layout): the
    // voice goes on and its marks land in the new text.
    void layoutChange_whileReading_marksTheNewText()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        r.readAloud->start();
        QTRY_VERIFY(!marks(*r.view).second.isEmpty());
        for (const ReadingLayout layout :
             {ReadingLayout::Parallel, ReadingLayout::Interleaved, ReadingLayout::English}) {
            r.view->setReadingLayout(layout);
            QVERIFY(r.view->extraSelections().isEmpty() || !marks(*r.view).first.isEmpty());
            QTRY_VERIFY(!marks(*r.view).second.isEmpty());
            QVERIFY2(paragraph(QStringLiteral("lead-1"), Language::English)
                         .contains(marks(*r.view).first),
                     qPrintable(marks(*r.view).first));
        }
        r.readAloud->stop();
    }

    void selection_isWhereReadingStarts()
    {
        Reader r;
        QVERIFY(make(r, Language::English));
        // Select a word in lead-2's second sentence: reading starts with it.
        QTextCursor found = r.view->document()->find(QStringLiteral("extraordinary"));
        QVERIFY(!found.isNull());
        r.view->setTextCursor(found);
        r.readAloud->start();
        QTRY_VERIFY(!marks(*r.view).first.isEmpty());
        QVERIFY2(marks(*r.view).first.startsWith(u"That these extraordinary"),
                 qPrintable(marks(*r.view).first));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
