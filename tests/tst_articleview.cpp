#include "Contrast.h"
#include "SectionProbe.h"
#include "TestArticle.h"
#include "core/ChineseSetting.h"
#include "core/PinyinConverter.h"
#include "core/ReaderPalette.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include "core/ReadingSession.h"

#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextLayout>

#include <cmath>
#include <optional>

using namespace hope::core;
using namespace hope::ui;

Q_DECLARE_METATYPE(ReadingLayout)

class TestArticleView : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    // As the main window sets it: each language in its own face.
    static Typography typography()
    {
        Typography t;
        t.chinese = {EmbeddedFonts::serif(18, Language::Chinese),
                     EmbeddedFonts::serif(18, Language::Chinese)};
        t.english = {EmbeddedFonts::serif(18, Language::English),
                     EmbeddedFonts::serif(18, Language::English)};
        return t;
    }

    // How wide the character at a document position is drawn, in ems of
    // its own size, measured in the view's own laid-out document.
    static qreal advanceAt(const ArticleView &view, int position)
    {
        QTextCursor after(view.document());
        after.setPosition(position + 1);
        const int pixelSize = after.charFormat().font().pixelSize();
        const QTextBlock block = view.document()->findBlock(position);
        // Asking for the block's rectangle lays the document out up to it.
        view.document()->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const int at = position - block.position();
        const QTextLine line = layout ? layout->lineForTextPosition(at) : QTextLine();
        if (!line.isValid() || line.textStart() + line.textLength() <= at)
            return -1;
        return pixelSize > 0 ? (line.cursorToX(at + 1) - line.cursorToX(at)) / pixelSize : -1;
    }

    // False if the view never showed or never laid the article out:
    // callers QVERIFY it.
    [[nodiscard]] bool makeView(ArticleView &view, Language language = Language::Chinese,
                                std::optional<ReadingLayout> layout = std::nullopt)
    {
        view.setTypography(typography());
        view.resize(800, 600);
        view.setArticle(m_article, language);
        if (layout)
            view.setReadingLayout(*layout);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        return QTest::qWaitFor([&] { return view.verticalScrollBar()->maximum() > 3000; });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    // Copying all of it gives every paragraph exactly as the bundle has it,
    // whatever forms the Chinese setting shows.
    void text_showsEveryParagraphAndNoFigureTitle()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        view.selectAll();
        view.copy();
        const QString text = QGuiApplication::clipboard()->text();
        for (const ArticleSection &s : m_article.sections)
            for (const ArticleBlock &b : s.blocks)
                if (b.kind == BlockKind::Paragraph)
                    QVERIFY2(text.contains(b.text.zh), qPrintable(b.id));
        // The title appears once, in the title block; never again as a figure.
        QCOMPARE(text.count(m_article.meta.title.zh), 1);
        QVERIFY(text.contains(u"图 1") || text.contains(u"Figure 1"));
    }

    void markup_isShownLiterally()
    {
        Article a = m_article;
        const QString markup = QStringLiteral(
            "<img src=\"file:///etc/hostname\"><a "
            "href=\"file:/x\">link</a><script>x()</script><b>b</b>");
        a.sections[0].blocks[0].text.zh = markup;
        ArticleView view;
        view.setArticle(a, Language::Chinese);
        QVERIFY(view.toPlainText().contains(markup));
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                // The only links are those the reader makes to milestones.
                if (f.isAnchor())
                    QVERIFY2(f.anchorHref().startsWith(u"milestone:") ||
                                 f.anchorHref().startsWith(u"chapter:"),
                             qPrintable(f.anchorHref()));
                // The only pictures are the clip's stills, named by the reader.
                if (f.isImageFormat())
                    QVERIFY(f.toImageFormat().name().startsWith(u"still:"));
            }
        }
    }

    void playThisScene_andFigureStills_askForTheirChapter()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        QSignalSpy asked(&view, &ArticleView::chapterLinkActivated);
        // The link after the paragraph about the film's scenes.
        view.goTo({QStringLiteral("s2-p3"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p3"));
        const QTextCursor link = view.document()->find(
            QStringLiteral("▶ Play this scene"),
            view.document()->find(QStringLiteral("we sink together into that darkness")));
        QVERIFY(!link.isNull());
        QTextCursor inside(view.document());
        inside.setPosition(link.selectionStart() + 3);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.cursorRect(inside).center());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.takeFirst().at(0).toString(), QStringLiteral("ch-darkness"));
        // A figure's still plays the scene it shows.
        view.goTo({QStringLiteral("fig-3"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("fig-3"));
        QTextCursor image(view.document());
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat() &&
                    it.fragment().charFormat().toImageFormat().name() == u"still:ch-five-lights")
                    image.setPosition(it.fragment().position());
            }
        }
        QVERIFY(image.position() > 0);
        const QRect r = view.cursorRect(image);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, r.topLeft() + QPoint(40, 20));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.takeFirst().at(0).toString(), QStringLiteral("ch-five-lights"));
        // The scene playing is marked in the text.
        view.setPlayingBlocks({QStringLiteral("s2-p3")});
        QCOMPARE(view.extraSelections().size(), 1);
        view.setPlayingBlocks({});
        QVERIFY(view.extraSelections().isEmpty());
    }

    void scrolling_acrossEachBoundary_selectsTheSection_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        for (const ReadingLayout l : kReadingLayouts)
            QTest::newRow(qPrintable(readingLayoutName(l))) << l;
    }
    void scrolling_acrossEachBoundary_selectsTheSection()
    {
        QFETCH(ReadingLayout, layout);
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, layout));
        QCOMPARE(view.shownLayout(), layout);
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(view.currentSection(), 0);
        QCOMPARE(view.sectionCount(), int(m_article.sections.size()));
        for (int i = 1; i < view.sectionCount(); ++i) {
            // The heading's top as laid out: a pixel and more below the top
            // of the view, the section before is read; at or above it, this one.
            const qreal heading = SectionProbe::top(view, SectionProbe::start(m_article, view, i));
            QVERIFY2(heading > 0, qPrintable(QString::number(i)));
            if (std::ceil(heading) >= bar->maximum())
                continue;  // Reached only at the very end; covered below.
            bar->setValue(int(std::floor(heading)) - 1);
            QCOMPARE(view.currentSection(), i - 1);
            bar->setValue(int(std::ceil(heading)));
            QCOMPARE(view.currentSection(), i);
        }
        bar->setValue(bar->maximum());
        QCOMPARE(view.currentSection(), view.sectionCount() - 1);
        bar->setValue(0);
        QCOMPARE(view.currentSection(), 0);
    }

    // F7's caret browsing: the arrows move a caret by line, Ctrl+Right by
    // word; without it they scroll and leave the caret alone.
    void caretBrowsing_arrowsMoveTheCaret()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        view.setFocus();
        const int start = view.textCursor().position();
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.textCursor().position(), start);
        view.setCaretBrowsing(true);
        QTest::keyClick(&view, Qt::Key_Down);
        const int afterLine = view.textCursor().position();
        QVERIFY(afterLine > start);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
        const int afterWord = view.textCursor().position();
        // The title's second line starts with a word; one word on is short.
        QVERIFY(afterWord > afterLine);
        QVERIFY(afterWord - afterLine < 20);
        view.setCaretBrowsing(false);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.textCursor().position(), afterWord);
    }

    // In Chinese, which has no spaces, Ctrl+Right and Ctrl+Left stop at the
    // pinyin converter's words, and a screen reader's word is the same word:
    // Qt's own move ran 27 characters to the comma while the accessible word
    // was one character.
    void caretBrowsing_chineseWordsAreTheReadersWords()
    {
        ArticleView view;
        view.setPinyinConverter(std::make_shared<PinyinConverter>());
        QVERIFY(makeView(view, Language::Chinese));
        view.setFocus();
        view.setCaretBrowsing(true);
        // The title: 希望|是|光|，|希望|有|你|：|阿里巴巴 …
        QVERIFY(view.document()->firstBlock().text().startsWith(u"希望是光，希望有你："));
        QTextCursor start(view.document());
        view.setTextCursor(start);
        QList<int> stops;
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
            stops << view.textCursor().position();
        }
        QCOMPARE(stops, (QList<int>{2, 3, 5, 7, 8, 10}));
        // The name (a word or two, as the converter has it), not the clause.
        QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
        const int afterName = view.textCursor().position();
        QVERIFY2(afterName > 10 && afterName <= 14, qPrintable(QString::number(afterName)));
        QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(view.textCursor().position(), 10);
        QTest::keyClick(&view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("你："));
        QAccessibleTextInterface *text =
            QAccessible::queryAccessibleInterface(&view)->textInterface();
        int wordStart = -1;
        int wordEnd = -1;
        QCOMPARE(text->textAtOffset(1, QAccessible::WordBoundary, &wordStart, &wordEnd),
                 QStringLiteral("希望"));
        // The word the caret passed over is the word a screen reader says.
        QCOMPARE(text->textAtOffset(10, QAccessible::WordBoundary, &wordStart, &wordEnd),
                 view.document()->firstBlock().text().mid(10, afterName - 10));
        text->textAfterOffset(10, QAccessible::WordBoundary, &wordStart, &wordEnd);
        QCOMPARE(wordStart, afterName);
    }

    // The caret starts at the top of the text, and a new size keeps it in
    // its paragraph: the builder's insertions left it at the end of the
    // editor's note, where Orca began to read at start.
    void caret_startsAtTheTop_andKeepsItsPlace()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        QCOMPARE(view.textCursor().position(), 0);
        const QString paragraph =
            m_article.sections.at(2).blocks.first().text.in(Language::English);
        const QTextCursor found = view.document()->find(paragraph.left(30));
        QVERIFY(!found.isNull());
        QTextCursor at(view.document());
        at.setPosition(found.selectionStart() + 12);
        view.setTextCursor(at);
        Typography bigger = view.typography();
        bigger.english.body.setPixelSize(bigger.english.body.pixelSize() + 6);
        view.setTypography(bigger);
        QVERIFY(view.textCursor().block().text().startsWith(paragraph.left(30)));
        QCOMPARE(view.textCursor().positionInBlock(), 12);
    }

    // A jump puts the caret where the view went, and leaves the view there.
    void moveCaretTo_putsTheCaretAtTheParagraph()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        const QString id = m_article.sections.at(2).blocks.first().id;
        view.goTo({id, 0.0});
        const int scroll = view.verticalScrollBar()->value();
        view.moveCaretTo(id);
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        const QString paragraph =
            m_article.sections.at(2).blocks.first().text.in(Language::English);
        QVERIFY(paragraph.startsWith(view.textCursor().block().text().left(20)));
        QCOMPARE(view.textCursor().positionInBlock(), 0);
    }

    // Tab from link to link gives the focus to each link object of the
    // document: a screen reader says its own words and "link", and what it
    // does (from the bundle's data) as its description; its press action
    // does what a click does.
    void tab_toEachLink_focusesTheLinkObject()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QAccessibleInterface *document = QAccessible::queryAccessibleInterface(&view);
        QVERIFY2(document->childCount() > 10, qPrintable(QString::number(document->childCount())));
        // The focus event itself reaches a screen reader only through the
        // platform's bridge (none offscreen): the AT-SPI stage hears it.
        int links = 0;
        QStringList descriptions;
        for (int i = 0; i < 40 && view.hasFocus(); ++i) {
            QTest::keyClick(&view, Qt::Key_Tab);
            if (!view.hasFocus())
                break;
            if (!view.textCursor().hasSelection())
                break;  // Past the last link; the view alone has no next stop.
            QAccessibleInterface *link = document->focusChild();
            QVERIFY(link && link->isValid());
            ++links;
            QCOMPARE(link->role(), QAccessible::Link);
            QVERIFY(link->state().focused);
            QCOMPARE(document->child(document->indexOfChild(link)), link);
            // Its words are the words Tab selected (a still: what it shows).
            const QString selected = view.textCursor()
                                         .selectedText()
                                         .remove(QChar::ObjectReplacementCharacter)
                                         .simplified();
            auto *hyperlink = link->hyperlinkInterface();
            QVERIFY(hyperlink);
            QCOMPARE(hyperlink->startIndex(), view.textCursor().selectionStart());
            QCOMPARE(hyperlink->endIndex(), view.textCursor().selectionEnd());
            if (!selected.isEmpty())
                QCOMPARE(link->text(QAccessible::Name), selected);
            const QString description = link->text(QAccessible::Description).isEmpty()
                                            ? link->text(QAccessible::Name)
                                            : link->text(QAccessible::Description);
            descriptions << description;
            QVERIFY2(description.startsWith(u"Read about the milestone: ") ||
                         description.startsWith(u"Play the scene: "),
                     qPrintable(description));
            QVERIFY(view.viewport()->rect().contains(
                view.viewport()->mapFromGlobal(link->rect().center())));
        }
        QVERIFY(links > 10);
        QVERIFY(descriptions.contains(
            QStringLiteral("Read about the milestone: January 2017, Olympic partnership signed")));
        QVERIFY(descriptions.contains(QStringLiteral("Play the scene: Title card")));
        // A figure's still says what it plays and what the picture is.
        const auto still =
            std::find_if(descriptions.cbegin(), descriptions.cend(),
                         [](const QString &t) { return t.contains(u". Picture: "); });
        QVERIFY(still != descriptions.cend());
        QVERIFY2(still->endsWith(u"like the Olympic rings lighting up again."), qPrintable(*still));
        // Pressing the first date link chooses its milestone, as a click does.
        QSignalSpy chosen(&view, &ArticleView::milestoneLinkActivated);
        QAccessibleInterface *first = document->child(0);
        QVERIFY(first->actionInterface());
        QVERIFY(first->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        first->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(chosen.size(), 1);
    }

    // The link Tab reached has a box of the ring's colour and width round
    // it (Qt's own mark is a 1-px dotted line, 1.9:1 in places).
    void focusedLink_hasTheRingsBox()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QVERIFY(!view.focusedLinkRect().isValid());
        QTest::keyClick(&view, Qt::Key_Tab);
        const QRect link = view.focusedLinkRect();
        QVERIFY(link.isValid());
        QVERIFY(view.viewport()->rect().contains(link));
        const QImage image =
            view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb ring = typography().colours.focusRing.rgb();
        // Solid at the middle of each side, two pixels deep.
        const auto ringAt = [&](int x, int y) {
            for (int dx = -2; dx <= 2; ++dx)
                for (int dy = -2; dy <= 2; ++dy)
                    if (image.valid(x + dx, y + dy) &&
                        (image.pixel(x + dx, y + dy) & 0xffffff) == (ring & 0xffffff))
                        return true;
            return false;
        };
        const QPoint c = link.center();
        QVERIFY2(ringAt(link.left() - 3, c.y()), "no ring at the left");
        QVERIFY2(ringAt(link.right() + 3, c.y()), "no ring at the right");
        QVERIFY2(ringAt(c.x(), link.top() - 1), "no ring above");
        QVERIFY2(ringAt(c.x(), link.bottom() + 1), "no ring below");
        // Gone with the focus.
        view.clearFocus();
        QTRY_VERIFY(!view.focusedLinkRect().isValid());
    }

    // The ring round the focused text: 2 pixels of ReaderPalette's focus
    // colour, at least 3:1 against the paper (WCAG 2 non-text contrast).
    void focusRing_showsWithContrast()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        const QColor ring = ReaderPalette::light().focusRing;
        const QColor paper = typography().colours.paper;
        QVERIFY2(contrast::ratio(ring, paper) >= 3.0, qPrintable(ring.name() + paper.name()));
        view.clearFocus();
        QTRY_VERIFY(!view.hasFocus());
        const QImage unfocused = view.viewport()->grab().toImage();
        QVERIFY(unfocused.pixelColor(0, 100) != ring);
        view.activateWindow();
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
        QTRY_COMPARE(view.viewport()->grab().toImage().pixelColor(0, 100), ring);
        const QImage focused = view.viewport()->grab().toImage();
        QCOMPARE(focused.pixelColor(1, 100), ring);
        QCOMPARE(focused.pixelColor(100, 1), ring);
        QCOMPARE(focused.pixelColor(focused.width() - 2, 100), ring);
    }

    void keys_scrollAndFollowTheSection()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        view.setFocus();
        QScrollBar *bar = view.verticalScrollBar();
        QSignalSpy changed(&view, &ArticleView::currentSectionChanged);
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.currentSection(), view.sectionCount() - 1);
        QVERIFY(!changed.isEmpty());
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(bar->value(), 0);
        QCOMPARE(view.currentSection(), 0);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QTRY_VERIFY(bar->value() > 0);
        const int afterPage = bar->value();
        QTest::keyClick(&view, Qt::Key_Down);
        QTRY_VERIFY(bar->value() > afterPage);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QTRY_VERIFY(bar->value() < afterPage);
        // Space reads on, as in every reader; Shift+Space goes back.
        const int beforeSpace = bar->value();
        QTest::keyClick(&view, Qt::Key_Space);
        QTRY_VERIFY(bar->value() > beforeSpace);
        QTest::keyClick(&view, Qt::Key_Space, Qt::ShiftModifier);
        QTRY_COMPARE(bar->value(), beforeSpace);
    }

    void wheel_scrollsAndFollowsTheSection()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        QScrollBar *bar = view.verticalScrollBar();
        const QPoint at = view.viewport()->rect().center();
        for (int i = 0; i < 40 && view.currentSection() < 1; ++i) {
            QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(view.viewport(), &wheel);
        }
        QVERIFY(bar->value() > 0);
        QCOMPARE(view.currentSection(), 1);
    }

    void scrollToSection_bringsTheHeadingToTheTop_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        for (const ReadingLayout l : kReadingLayouts)
            QTest::newRow(qPrintable(readingLayoutName(l))) << l;
    }
    void scrollToSection_bringsTheHeadingToTheTop()
    {
        QFETCH(ReadingLayout, layout);
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, layout));
        QCOMPARE(view.sectionCount(), int(m_article.sections.size()));
        for (int i : {3, 1, 4, 0, 2}) {
            view.scrollToSection(i);
            QTRY_COMPARE(SectionProbe::notAtTheTop(m_article, view, i), QString());
            QCOMPARE(view.currentSection(), i);
        }
    }

    // A saved place the article does not have opens it at its start.
    void anUnknownPlace_beforeShowing_opensAtTheStart()
    {
        ArticleView view;
        view.setTypography(typography());
        view.resize(800, 600);
        view.setArticle(m_article, Language::Chinese);
        view.goTo({QStringLiteral("no-such-block"), 0.4});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > 3000);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QCOMPARE(view.readingPosition().blockId, QStringLiteral("_title"));
        // And once shown, an unknown place leaves the reader where they are.
        view.goTo({QStringLiteral("s2-p4"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
        const int here = view.verticalScrollBar()->value();
        view.goTo({QStringLiteral("nowhere"), 0.0});
        QCOMPARE(view.verticalScrollBar()->value(), here);
    }

    void languageSwitch_keepsTheParagraph()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        view.goTo({QStringLiteral("s2-p4"), 0.5});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
        view.setLanguage(Language::English);
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
        QVERIFY(view.toPlainText().contains(u"Everyone with hope in their heart"));
        QVERIFY(std::abs(view.readingPosition().fraction - 0.5) < 0.05);
        QCOMPARE(view.currentSection(), 2);
        view.setLanguage(Language::Chinese);
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
    }

    // Traditional characters shown where the Simplified were, at the same
    // place; what is looked up (and given pinyin) is the Simplified behind
    // them; a search in either script finds the text shown.
    void traditional_keepsThePlace_readsThePublishedText_andFindsEitherScript()
    {
        ReadingSession session;
        ArticleView view;
        view.setTypography(typography());
        view.resize(800, 600);
        view.follow(&session);
        session.setArticle(m_article);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(QTest::qWaitFor([&] { return view.verticalScrollBar()->maximum() > 3000; }));
        view.goTo({QStringLiteral("s2-p4"), 0.5});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
        const int published = int(view.toPlainText().count(u"奥运"));
        QVERIFY(published > 10);

        QString error;
        QVERIFY2(session.setScript(ChineseScript::TraditionalTaiwan, &error), qPrintable(error));
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
        QVERIFY(std::abs(view.readingPosition().fraction - 0.5) < 0.05);
        const QString shown = view.toPlainText();
        QCOMPARE(shown.count(u"奥运"), 0);
        QCOMPARE(int(shown.count(u"奧運")), published);
        QVERIFY(shown.contains(u"東京"));
        // The reader's own words in the text too (a byline's 发布于, as
        // Taiwan says it; this test has no translation to show them).
        QVERIFY(view.typography().chineseWords);
        QCOMPARE(view.typography().chineseWords(QStringLiteral("%1 · 发布于 %2")),
                 QStringLiteral("%1 · 釋出於 %2"));

        // The word at a Traditional character is read from the Simplified.
        const int at = int(shown.indexOf(u"奧運會"));
        QVERIFY(at > 0);
        const auto context = view.wordContextAt(at);
        QVERIFY(context.has_value());
        QCOMPARE(context->text.mid(context->offset, 3), QStringLiteral("奥运会"));
        QCOMPARE(view.document()->findBlock(at).text().mid(context->offset, 3),
                 QStringLiteral("奧運會"));

        // Typed in Simplified or in Traditional, the same matches.
        QVERIFY(view.findText(QStringLiteral("奥运"), false));
        QCOMPARE(view.findCount(), published);
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("奧運"));
        QVERIFY(view.findText(QStringLiteral("奧運"), false));
        QCOMPARE(view.findCount(), published);

        // Back as published, where the find left the reader.
        const QString found = view.readingPosition().blockId;
        QVERIFY(session.setScript(ChineseScript::Simplified));
        QVERIFY(!view.typography().chineseWords);
        QCOMPARE(int(view.toPlainText().count(u"奥运")), published);
        QTRY_COMPARE(view.readingPosition().blockId, found);
    }

    // The CJK face drew ’ a full em wide: "Alibaba’ s". English is set in
    // a Latin face, Chinese keeps its full-width quotes, and a language
    // switch typesets again with the other face.
    void englishApostrophe_hasNoFullWidthGap_andChineseQuotesStayFullWidth()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        const QTextCursor quote = view.document()->find(QStringLiteral("\u201c\u4f53\u80b2"));
        QVERIFY(!quote.isNull());
        QVERIFY(advanceAt(view, quote.selectionStart()) > 0.9);

        view.setLanguage(Language::English);
        const QTextCursor word = view.document()->find(QStringLiteral("Alibaba\u2019s"));
        QVERIFY(!word.isNull());
        const int apostrophe = word.selectionStart() + 7;
        QCOMPARE(view.document()->characterAt(apostrophe), QChar(u'\u2019'));
        const qreal width = advanceAt(view, apostrophe);
        QVERIFY2(width > 0 && width < 0.5, qPrintable(QString::number(width)));
        QTextCursor at(view.document());
        at.setPosition(apostrophe + 1);
        QCOMPARE(at.charFormat().fontFamilies().toStringList().value(0),
                 QStringLiteral("Hope Serif"));

        view.setLanguage(Language::Chinese);
        const QTextCursor again = view.document()->find(QStringLiteral("\u201c\u4f53\u80b2"));
        QVERIFY(advanceAt(view, again.selectionStart()) > 0.9);
    }

    // A reader types straight quotes and three dots; the text has curly
    // ones and an ellipsis.
    void find_matchesTypographicVariants()
    {
        Article a = m_article;
        a.sections[0].blocks[0].text.en =
            QStringLiteral("Wait\u2026 and see \u201cthe light\u201d.");
        ArticleView view;
        view.setTypography(typography());
        view.resize(800, 600);
        view.setArticle(a, Language::English);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(view.findText(QStringLiteral("Alibaba's"), false));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("Alibaba\u2019s"));
        // Found again, it moves on to the next one.
        const int first = view.textCursor().selectionStart();
        QVERIFY(view.findText(QStringLiteral("alibaba's"), false));
        QVERIFY(view.textCursor().selectionStart() != first);

        QVERIFY(view.findText(QStringLiteral("wait..."), false));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("Wait\u2026"));
        QVERIFY(view.findText(QStringLiteral("\"the light\""), false));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("\u201cthe light\u201d"));
        // Everything else stays literal: regular expression syntax is text.
        QVERIFY(!view.findText(QStringLiteral("Wa.t"), false));
        QVERIFY(!view.findText(QStringLiteral("(see"), false));
    }

    // Find starts from what is on screen, not from where an old search left
    // the text cursor; marks every match; brings the one selected to the
    // middle of the view.
    void find_startsOnScreen_marksEveryMatch_andCentresTheSelectedOne()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English));
        const QString tokyo = QStringLiteral("Tokyo");
        const int count = int(view.toPlainText().count(tokyo, Qt::CaseInsensitive));
        QVERIFY(count >= 6);
        const int firstTokyo = view.document()->find(tokyo).selectionStart();

        // An old search that went on to the last match, in part 3.
        QVERIFY(view.findText(tokyo, false));
        for (int i = 1; i < count; ++i) QVERIFY(view.findText(tokyo, false));
        QCOMPARE(view.findIndex(), count - 1);
        QVERIFY(view.verticalScrollBar()->value() > 0);
        view.clearFind();
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        // The match in the first paragraph, on screen.
        QVERIFY(view.findText(tokyo, false));
        QCOMPARE(view.findIndex(), 0);
        QCOMPARE(view.findCount(), count);
        QCOMPARE(view.textCursor().selectionStart(), firstTokyo);
        QCOMPARE(view.verticalScrollBar()->value(), 0);

        // Every match is marked; the one selected stands out.
        const ReaderPalette colours = typography().colours;
        int marked = 0;
        int selected = 0;
        for (const QTextEdit::ExtraSelection &s : view.extraSelections()) {
            if (s.format.background().color() == colours.findMatch)
                ++marked;
            if (s.format.background().color() == colours.accent) {
                ++selected;
                QCOMPARE(s.cursor.selectionStart(), firstTokyo);
            }
        }
        QCOMPARE(marked, count - 1);
        QCOMPARE(selected, 1);

        // A match far down lands in the middle of the view.
        while (view.findIndex() < count - 2) QVERIFY(view.findText(tokyo, false));
        const QRect at = view.cursorRect(view.textCursor());
        const int middle = view.viewport()->height() / 2;
        QVERIFY2(std::abs(at.center().y() - middle) <= at.height(),
                 qPrintable(QStringLiteral("%1 against %2").arg(at.center().y()).arg(middle)));

        // Scrolled away from it, the next step starts from the screen again;
        // Shift goes back from the screen's bottom, round to the last.
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(view.findText(tokyo, false));
        QCOMPARE(view.findIndex(), 0);
        QVERIFY(view.findText(tokyo, true));
        QCOMPARE(view.findIndex(), count - 1);

        QVERIFY(!view.findText(QStringLiteral("Osaka"), false));
        QCOMPARE(view.findCount(), 0);
        QCOMPARE(view.findIndex(), -1);
    }

    // Chinese text shows full-width , : ; and binds last characters with
    // a word joiner; copying gives the bundle's own characters.
    void copying_givesTheSourcesCharacters()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        // "延迟一年的东京奥运会,将在30天后" as the bundle has it; shown as
        // "...奥运会，将在30天后".
        const QTextCursor shown = view.document()->find(QStringLiteral("奥运会，将在"));
        QVERIFY(!shown.isNull());
        QVERIFY(view.document()->find(QStringLiteral("奥运会,将在")).isNull());
        view.setTextCursor(shown);
        view.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("奥运会,将在"));
        // The first paragraph's end: "一盏明灯", bound as 明 + joiner + 灯.
        const QTextCursor end = view.document()->find(QStringLiteral("一盏明\u2060灯"));
        QVERIFY(!end.isNull());
        view.setTextCursor(end);
        view.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("一盏明灯"));
        // Find looks through both.
        QVERIFY(view.findText(QStringLiteral("会,将"), false));
        QCOMPARE(view.textCursor().selectedText(), QStringLiteral("会，将"));
        QVERIFY(view.findText(QStringLiteral("明灯"), false));
        QCOMPARE(view.textCursor().selectionStart(), end.selectionStart() + 2);
    }

    void resize_keepsTheParagraph_andTheMeasure()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        view.goTo({QStringLiteral("s3-p4"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s3-p4"));
        view.resize(1600, 900);
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s3-p4"));
        // The line stays a comfortable measure on a wide window.
        const qreal width = view.document()->textWidth();
        const auto root = view.document()->rootFrame()->frameFormat();
        const qreal measure = width - root.leftMargin() - root.rightMargin();
        QVERIFY2(measure <= 40 * 18 && measure >= 34 * 18, qPrintable(QString::number(measure)));
    }

    void layoutSwitch_keepsTheParagraphInPlace()
    {
        ArticleView view;
        QVERIFY(makeView(view));
        view.goTo({QStringLiteral("s2-p4"), 0.5});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
        for (const ReadingLayout layout :
             {ReadingLayout::Parallel, ReadingLayout::Interleaved, ReadingLayout::English,
              ReadingLayout::Parallel, ReadingLayout::Chinese}) {
            const QString name = readingLayoutName(layout);
            view.setReadingLayout(layout);
            QCOMPARE(view.shownLayout(), layout);
            QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p4"));
            QVERIFY2(std::abs(view.readingPosition().fraction - 0.5) < 0.05, qPrintable(name));
            QCOMPARE(view.currentSection(), 2);
            // The paragraph's own text is across the top of the view, in
            // each language shown.
            const ArticleBlock &p = m_article.sections.at(2).blocks.at(3);
            QCOMPARE(p.id, QStringLiteral("s2-p4"));
            // (Interleaved, the pair: its Chinese, then its English.)
            const qreal top = view.verticalScrollBar()->value();
            QRectF pair;
            for (const Language language : languagesOf(layout)) {
                const QTextBlock block = view.document()->find(p.text.in(language).left(6)).block();
                QVERIFY2(block.isValid(), qPrintable(name));
                pair |= view.document()->documentLayout()->blockBoundingRect(block);
            }
            QVERIFY2(pair.top() <= top + 1 && pair.bottom() > top, qPrintable(name));
        }
    }

    void parallel_inANarrowView_isInterleaved_andSaysSo()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, ReadingLayout::Parallel));
        QCOMPARE(view.shownLayout(), ReadingLayout::Parallel);
        view.goTo({QStringLiteral("s3-p2"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s3-p2"));
        QSignalSpy shown(&view, &ArticleView::shownLayoutChanged);
        view.resize(560, 600);
        QTRY_COMPARE(view.shownLayout(), ReadingLayout::Interleaved);
        QCOMPARE(view.readingLayout(), ReadingLayout::Parallel);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<ReadingLayout>(), ReadingLayout::Interleaved);
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s3-p2"));
        view.resize(900, 600);
        QTRY_COMPARE(view.shownLayout(), ReadingLayout::Parallel);
        QCOMPARE(shown.size(), 2);
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s3-p2"));
    }

    void parallel_columnsStayAComfortableMeasure()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, ReadingLayout::Parallel));
        for (const int width : {700, 1400}) {
            view.resize(width, 600);
            QTRY_COMPARE(view.viewport()->width() > width - 30, true);
            // Measured on a paragraph's laid-out lines: Chinese 15 to 30
            // characters a line, English 40 to 80.
            const QList<int> blocks = view.blocksOf(QStringLiteral("s1-p1"));
            QCOMPARE(blocks.size(), 2);
            const QTextBlock zh = view.document()->findBlockByNumber(blocks.at(0));
            const QTextBlock en = view.document()->findBlockByNumber(blocks.at(1));
            view.document()->documentLayout()->blockBoundingRect(en);
            const QTextLine zhLine = zh.layout()->lineAt(1);
            const QTextLine enLine = en.layout()->lineAt(1);
            QVERIFY(zhLine.isValid() && enLine.isValid());
            QVERIFY2(zhLine.textLength() >= 15 && zhLine.textLength() <= 30,
                     qPrintable(QString::number(zhLine.textLength())));
            QVERIFY2(enLine.textLength() >= 40 && enLine.textLength() <= 80,
                     qPrintable(QString::number(enLine.textLength())));
            // Side by side: the same top, the Chinese on the left.
            const QRectF zhRect = view.document()->documentLayout()->blockBoundingRect(zh);
            const QRectF enRect = view.document()->documentLayout()->blockBoundingRect(en);
            QVERIFY(std::abs(zhRect.top() - enRect.top()) < 1.0);
            QVERIFY(zhRect.right() < enRect.left());
        }
    }

    void hoverOrClick_marksThePair()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, ReadingLayout::Parallel));
        view.goTo({QStringLiteral("s1-p2"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s1-p2"));
        const QList<int> pair = view.blocksOf(QStringLiteral("s1-p2"));
        QCOMPARE(pair.size(), 2);
        const auto centreOf = [&view](int number) {
            QTextCursor c(view.document()->findBlockByNumber(number));
            c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 6);
            return view.cursorRect(c).center();
        };
        QTest::mouseMove(view.viewport(), centreOf(pair.at(0)));
        QTRY_COMPARE(view.markedBlock(), pair.at(1));
        const auto tinted = [&view](int number) {
            for (const QTextEdit::ExtraSelection &s : view.extraSelections())
                if (s.cursor.block().blockNumber() == number)
                    return true;
            return false;
        };
        QVERIFY(tinted(pair.at(1)));
        QVERIFY(!tinted(pair.at(0)));
        QTest::mouseMove(view.viewport(), centreOf(pair.at(1)));
        QTRY_COMPARE(view.markedBlock(), pair.at(0));
        // A click keeps the mark when the pointer leaves.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, centreOf(pair.at(1)));
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(&view, &leave);
        QCOMPARE(view.markedBlock(), pair.at(0));
        // One language alone has no pairs to mark.
        view.setReadingLayout(ReadingLayout::Chinese);
        QTest::mouseMove(view.viewport(), view.viewport()->rect().center());
        QCOMPARE(view.markedBlock(), -1);
    }

    void bilingual_flashAndSceneTint_markBothLanguages()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, ReadingLayout::Interleaved));
        view.flashBlocks({QStringLiteral("s3-p4"), QStringLiteral("s3-p5")});
        QList<int> tinted;
        for (const QTextEdit::ExtraSelection &s : view.extraSelections())
            tinted << s.cursor.block().blockNumber();
        std::sort(tinted.begin(), tinted.end());
        const QList<int> expected =
            view.blocksOf(QStringLiteral("s3-p4")) + view.blocksOf(QStringLiteral("s3-p5"));
        QCOMPARE(tinted, expected);
        // And they are the paragraphs, in each language.
        QVERIFY(view.document()
                    ->findBlockByNumber(expected.at(1))
                    .text()
                    .startsWith(m_article.sections.at(3).blocks.at(3).text.en.left(20)));
    }

    void bilingual_findsBothLanguages_andListsEachPlaceOnce()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::English, ReadingLayout::Parallel));
        QVERIFY(view.findText(QStringLiteral("Everyone with hope"), false));
        QVERIFY(view.findText(QStringLiteral("心中有希望"), false) ||
                view.findText(QStringLiteral("希望"), false));
        QCOMPARE(view.language(), Language::Chinese);
        view.setReadingLayout(ReadingLayout::Interleaved);
        view.goTo({QStringLiteral("s2-p1"), 0.0});
        QTRY_COMPARE(view.readingPosition().blockId, QStringLiteral("s2-p1"));
        const QStringList visible = view.visibleBlockIds();
        QVERIFY(visible.contains(QStringLiteral("s2-p1")));
        QCOMPARE(QSet<QString>(visible.cbegin(), visible.cend()).size(), visible.size());
    }

    void matchCounts_areCountedPerLanguage()
    {
        Article a = m_article;
        a.sections[1].blocks[0].text.zh += QStringLiteral("斑马。");
        a.sections[1].blocks[0].text.en += QStringLiteral(" A zebra, and another Zebra.");
        ArticleView view;
        view.setTypography(typography());
        view.resize(800, 600);
        view.setArticle(a, Language::Chinese);
        view.setReadingLayout(ReadingLayout::Parallel);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.matchCounts(QStringLiteral("zebra")).english, 2);
        QCOMPARE(view.matchCounts(QStringLiteral("zebra")).chinese, 0);
        QCOMPARE(view.matchCounts(QStringLiteral("斑马")).chinese, 1);
        QCOMPARE(view.matchCounts(QStringLiteral("斑马")).english, 0);
        view.setReadingLayout(ReadingLayout::Interleaved);
        QCOMPARE(view.matchCounts(QStringLiteral("zebra")).english, 2);
        QCOMPARE(view.matchCounts(QStringLiteral("斑马")).chinese, 1);
        view.setReadingLayout(ReadingLayout::English);
        QCOMPARE(view.matchCounts(QStringLiteral("zebra")).english, 2);
        QCOMPARE(view.matchCounts(QStringLiteral("斑马")).chinese, 0);
    }

    void readAloudMarks_areInTheBlockOfTheLanguageRead()
    {
        ArticleView view;
        QVERIFY(makeView(view, Language::Chinese, ReadingLayout::Parallel));
        const ArticleBlock &p = m_article.sections.at(1).blocks.at(0);
        const QList<int> pair = view.blocksOf(p.id);
        QCOMPARE(pair.size(), 2);
        const auto sentence = [&view] {
            for (const QTextEdit::ExtraSelection &s : view.extraSelections())
                if (s.format.background().color() == typography().colours.speakingSentence)
                    return s.cursor;
            return QTextCursor();
        };
        for (const Language language : {Language::English, Language::Chinese}) {
            view.setSpeechLanguage(language);
            view.setSpeechMarks(p.id, 0, 8, 0, 2);
            const QTextCursor marked = sentence();
            QVERIFY(!marked.isNull());
            QCOMPARE(marked.block().blockNumber(), pair.at(language == Language::English ? 1 : 0));
            QCOMPARE(ChineseSetting::sourceText(view.document(), marked.selectionStart(),
                                                marked.selectionEnd()),
                     p.text.in(language).left(8));
        }
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
