// Pinyin for learners in the article view: drawn above the Chinese text
// when shown (the lines make room for it), in a tooltip over a word when
// not.
#include "TestArticle.h"

#include "core/ArticleDocumentBuilder.h"
#include "core/PinyinAnnotator.h"
#include "core/PinyinConverter.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <cmath>

using namespace hope;
using namespace hope::core;

class TestPinyinAnnotator : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    std::shared_ptr<PinyinConverter> m_converter = std::make_shared<PinyinConverter>();

    bool make(ui::ArticleView &view)
    {
        Typography t;
        t.chinese = {ui::EmbeddedFonts::serif(18, Language::Chinese),
                     ui::EmbeddedFonts::serif(18, Language::Chinese)};
        t.english = {ui::EmbeddedFonts::serif(18, Language::English),
                     ui::EmbeddedFonts::serif(18, Language::English)};
        view.setTypography(t);
        view.setPinyinConverter(m_converter);
        view.resize(800, 600);
        view.setArticle(m_article, Language::Chinese);
        view.show();
        return QTest::qWaitForWindowExposed(&view) &&
               QTest::qWaitFor([&] { return view.verticalScrollBar()->maximum() > 3000; });
    }

    // The rectangle of the first line of a paragraph's text, in the viewport.
    static QRect firstLine(ui::ArticleView &view, const QString &text)
    {
        QTextCursor c = view.document()->find(text);
        QTextCursor start(view.document());
        start.setPosition(c.selectionStart());
        return view.cursorRect(start);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
        if (!m_converter->load())
            QFAIL(qPrintable(m_converter->error()));
    }

    void hasHan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("han");
        QTest::newRow("Chinese") << QStringLiteral("希望是光") << true;
        QTest::newRow("English") << QStringLiteral("Hope lights us up") << false;
        QTest::newRow("punctuation") << QStringLiteral("「」，。") << false;
        QTest::newRow("mixed") << QStringLiteral("2020年") << true;
    }

    void hasHan()
    {
        QFETCH(QString, text);
        QFETCH(bool, han);
        QCOMPARE(core::PinyinAnnotator::hasHan(text), han);
    }

    // A block shown in Traditional characters is read from the Simplified
    // behind it (the converter's words and corrections are Simplified), at
    // the same offsets.
    void sourceText_givesTheReadings()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("東京奧運會，重燃希望。"));
        PinyinAnnotator annotator;
        annotator.setConverter(m_converter);
        annotator.setSourceText([](const QTextBlock &block) {
            return block.text() == u"東京奧運會，重燃希望。"
                       ? QStringLiteral("东京奥运会，重燃希望。")
                       : block.text();
        });
        const QList<PinyinWord> words = annotator.words(document.firstBlock());
        QStringList marked;
        for (const PinyinWord &w : words) {
            if (w.isHan())
                marked << w.marked;
        }
        // The readings a teacher gives the published text (重燃: chóng).
        QCOMPARE(marked.join(u' ').toLower().remove(u' '),
                 QStringLiteral("dōngjīngàoyùnhuìchóngránxīwàng"));
        QCOMPARE(words.first().start, 0);
        QCOMPARE(words.last().start + words.last().length, 11);
    }

    // The ruby writes the words as the orthography does (the same as
    // --pinyin), while lookup and the caret keep the converter's words.
    void written_followsTheOrthography()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("王霜标志着一年。"));
        PinyinAnnotator annotator;
        annotator.setConverter(m_converter);
        QStringList written;
        for (const PinyinWord &w : annotator.written(document.firstBlock())) {
            if (w.isHan())
                written << w.marked;
        }
        QCOMPARE(written, (QStringList{QStringLiteral("Wáng Shuāng"), QStringLiteral("biāozhìzhe"),
                                       QStringLiteral("yī"), QStringLiteral("nián")}));
        QStringList converted;
        for (const PinyinWord &w : annotator.words(document.firstBlock())) {
            if (w.isHan())
                converted << w.text;
        }
        QVERIFY2(converted.contains(QStringLiteral("标志")), qPrintable(converted.join(u'|')));
    }

    // A syllable over each character, centred over it (or its Zhuyin in a
    // column to its right), and no two readings of a line touching, however
    // narrow the column or large the type: the characters move apart for
    // them.
    void readings_neverOverlap_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<bool>("zhuyin");
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("wide, 100 %") << 1100 << 18 << false << false;
        QTest::newRow("narrow, 100 %") << 420 << 18 << false << false;
        QTest::newRow("wide, 250 %") << 1100 << 45 << false << false;
        QTest::newRow("Zhuyin, narrow, 100 %") << 420 << 18 << true << false;
        QTest::newRow("Zhuyin, wide, 250 %") << 1100 << 45 << true << false;
        QTest::newRow("side by side, 100 %") << 1100 << 18 << false << true;
        QTest::newRow("side by side, 250 %") << 1600 << 45 << false << true;
    }

    void readings_neverOverlap()
    {
        QFETCH(int, width);
        QFETCH(int, pixels);
        QFETCH(bool, zhuyin);
        QFETCH(bool, sideBySide);
        Typography t;
        t.chinese = {ui::EmbeddedFonts::serif(pixels, Language::Chinese),
                     ui::EmbeddedFonts::serif(pixels, Language::Chinese)};
        t.english = {ui::EmbeddedFonts::serif(pixels, Language::English),
                     ui::EmbeddedFonts::serif(pixels, Language::English)};
        QTextDocument document;
        if (sideBySide)
            ArticleDocumentBuilder::build(&document, m_article, ReadingLayout::Parallel, t);
        else
            ArticleDocumentBuilder::build(&document, m_article, Language::Chinese, t);
        PinyinAnnotator annotator;
        annotator.setConverter(m_converter);
        if (zhuyin)
            annotator.setRuby(PinyinAnnotator::Ruby::Zhuyin);
        QFont font = t.english.body;
        font.setPixelSize(int(std::ceil(pixels * 0.55)));
        annotator.setFont(font);
        annotator.makeRoom(&document);
        document.setTextWidth(width);
        document.documentLayout()->documentSize();

        int readings = 0;
        int spaced = 0;
        int overLargerText = 0;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            const QList<PinyinAnnotator::Placed> placed = annotator.placed(b);
            const qreal left = document.documentLayout()->blockBoundingRect(b).left();
            for (qsizetype i = 0; i < placed.size(); ++i) {
                const PinyinAnnotator::Placed &p = placed.at(i);
                ++readings;
                const int at = p.position - b.position();
                QVERIFY2(QChar::script(b.text().at(at).unicode()) == QChar::Script_Han,
                         qPrintable(b.text().mid(at, 1)));
                QVERIFY(!p.reading.isEmpty());
                // Over its own character, or in the room after it.
                const QTextLine line = b.layout()->lineForTextPosition(at);
                const qreal x1 = left + line.cursorToX(at);
                const qreal x2 = left + line.cursorToX(at + 1);
                const bool placedWell =
                    zhuyin ? p.rect.left() > x1 + pixels * 0.5 && p.rect.right() <= x2 + 0.01
                           : p.rect.center().x() > x1 && p.rect.center().x() < x2;
                QVERIFY2(placedWell, qPrintable(p.reading + QStringLiteral(" at %1-%2, char %3-%4")
                                                                .arg(p.rect.left())
                                                                .arg(p.rect.right())
                                                                .arg(x1)
                                                                .arg(x2)));
                if (x2 - x1 > pixels * 1.05)
                    ++spaced;
                // At least 55 % of its own character's size, over a title
                // as over the body: the character's em, as its font has it.
                QTextCursor character(b);
                character.setPosition(p.position + 1);
                const qreal em =
                    QFontMetricsF(character.charFormat().font().resolve(document.defaultFont()))
                        .horizontalAdvance(b.text().at(at));
                QVERIFY2(p.font.pixelSize() >= em * 0.55 - 0.01,
                         qPrintable(QStringLiteral("%1 at %2 px over a %3 px character")
                                        .arg(p.reading)
                                        .arg(p.font.pixelSize())
                                        .arg(em)));
                if (em > pixels * 1.2)
                    ++overLargerText;
                // The first line's room is above it, inside the document
                // and clear of the block before (in its column).
                if (line.lineNumber() == 0) {
                    qreal floor = 0.0;
                    for (QTextBlock before = b.previous(); before.isValid();
                         before = before.previous()) {
                        const QRectF r = document.documentLayout()->blockBoundingRect(before);
                        if (r.left() == left && !before.text().isEmpty()) {
                            floor = r.bottom();
                            break;
                        }
                    }
                    QVERIFY2(p.rect.top() >= floor - 0.01,
                             qPrintable(p.reading + QStringLiteral(" at y %1, above %2 in block %3")
                                                        .arg(p.rect.top())
                                                        .arg(floor)
                                                        .arg(b.blockNumber())));
                }
                // Pinyin sits below the line before, never over its glyphs.
                if (!zhuyin && line.lineNumber() > 0) {
                    const QTextLine before = b.layout()->lineAt(line.lineNumber() - 1);
                    const qreal glyphsEnd = document.documentLayout()->blockBoundingRect(b).top() +
                                            before.y() + before.ascent() + before.descent();
                    QVERIFY2(
                        p.rect.top() >= glyphsEnd - 0.01,
                        qPrintable(p.reading + QStringLiteral(" reaches into the line above")));
                }
                const auto lineOf = [&b](const PinyinAnnotator::Placed &r) {
                    return b.layout()->lineForTextPosition(r.position - b.position()).lineNumber();
                };
                if (i + 1 < placed.size() && lineOf(placed.at(i + 1)) == lineOf(p)) {
                    QVERIFY2(p.rect.right() <= placed.at(i + 1).rect.left() + 0.01,
                             qPrintable(p.reading + u' ' + placed.at(i + 1).reading +
                                        QStringLiteral(" touch in block %1").arg(b.blockNumber())));
                }
            }
        }
        // The whole article, some 2,200 characters; characters were moved
        // apart where their syllables needed it.
        QVERIFY2(readings > 2000, qPrintable(QString::number(readings)));
        QVERIFY2(spaced > 100, qPrintable(QString::number(spaced)));
        // The title and the headings were among them.
        QVERIFY2(overLargerText > 20, qPrintable(QString::number(overLargerText)));
    }

    // Asked for, 一 and 不 are written as spoken, in the ruby's words.
    void written_followsTheSpokenTones()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("一度不断。"));
        PinyinAnnotator annotator;
        annotator.setConverter(m_converter);
        const auto written = [&] {
            QStringList out;
            for (const PinyinWord &w : annotator.written(document.firstBlock())) {
                if (w.isHan())
                    out << w.marked;
            }
            return out.join(u' ');
        };
        QCOMPARE(written(), QStringLiteral("Yīdù bùduàn"));
        annotator.setSpokenTones(true);
        QCOMPARE(written(), QStringLiteral("Yídù búduàn"));
        annotator.setSpokenTones(false);
        QCOMPARE(written(), QStringLiteral("Yīdù bùduàn"));
    }

    // In tone colours each syllable takes its tone's colour, the neutral
    // tone the plain one; without, all the plain one.
    void toneColours_colourEachSyllable()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("希望是光的"));
        document.setTextWidth(600);
        PinyinAnnotator annotator;
        annotator.setConverter(m_converter);
        annotator.setColour(Qt::gray);
        const QList<QColor> tones{Qt::red, Qt::green, Qt::blue, Qt::magenta};
        const auto colours = [&] {
            QList<QColor> out;
            for (const PinyinAnnotator::Placed &p : annotator.placed(document.firstBlock()))
                out << p.colour;
            return out;
        };
        document.documentLayout()->documentSize();
        QCOMPARE(colours(), (QList<QColor>{Qt::gray, Qt::gray, Qt::gray, Qt::gray, Qt::gray}));
        annotator.setToneColours(tones);
        // xī wàng shì guāng de: tones 1, 4, 4, 1 and the neutral.
        QCOMPARE(colours(), (QList<QColor>{Qt::red, Qt::magenta, Qt::magenta, Qt::red, Qt::gray}));
    }

    void reading_followsTheRuby()
    {
        PinyinAnnotator annotator;
        QCOMPARE(annotator.ruby(), PinyinAnnotator::Ruby::Pinyin);
        // 东京, as the converter reads it.
        const QStringList syllables{QStringLiteral("dong1"), QStringLiteral("jing1")};
        QCOMPARE(annotator.reading(syllables), QStringLiteral("dōngjīng"));
        annotator.setRuby(PinyinAnnotator::Ruby::Zhuyin);
        QCOMPARE(annotator.reading(syllables), QStringLiteral("ㄉㄨㄥ ㄐㄧㄥ"));
    }

    // The title's readings have their room above it, at the document's top,
    // where the view sets its margin for each width: shown from the start
    // (the setting remembered), after a resize, and gone when hidden.
    void shown_keepsRoomAboveTheTitle()
    {
        const auto topMargin = [](ui::ArticleView &v) {
            return v.document()->rootFrame()->frameFormat().topMargin();
        };
        ui::ArticleView plain;
        QVERIFY(make(plain));
        ui::ArticleView view;
        view.setPinyinShown(true);
        QVERIFY(make(view));
        const QFont title = view.document()->firstBlock().begin().fragment().charFormat().font();
        const qreal line = QFontMetricsF(title).horizontalAdvance(u'中') * 0.55;
        QVERIFY2(
            topMargin(view) - topMargin(plain) >= line,
            qPrintable(QStringLiteral("%1 and %2").arg(topMargin(plain)).arg(topMargin(view))));
        view.resize(700, 600);
        plain.resize(700, 600);
        QTRY_VERIFY(topMargin(view) - topMargin(plain) >= line);
        view.setPinyinShown(false);
        QTRY_COMPARE(topMargin(view), topMargin(plain));
    }

    void shown_givesLinesRoom_andDrawsAboveThem()
    {
        ui::ArticleView view;
        QVERIFY(make(view));
        const QString lead = QStringLiteral("延迟一年的东京奥运会");
        const int heightOff = view.verticalScrollBar()->maximum();
        const QRect lineOff = firstLine(view, lead);
        const QImage off = view.viewport()->grab().toImage();

        view.setPinyinShown(true);
        QVERIFY(view.pinyinShown());
        QTRY_VERIFY(view.verticalScrollBar()->maximum() > heightOff * 1.2);

        view.verticalScrollBar()->setValue(0);
        // The rows just above the paragraph's first line: empty paper
        // without pinyin, ink with it.
        const auto inkAbove = [](const QImage &image, const QRect &line) {
            const QColor paper = image.pixelColor(2, line.top() - 4);
            int ink = 0;
            for (int y = std::max(0, line.top() - 12); y < line.top(); ++y)
                for (int x = line.left(); x < std::min(image.width(), line.left() + 200); ++x)
                    ink += image.pixelColor(x, y) != paper;
            return ink;
        };
        QCOMPARE(inkAbove(off, lineOff), 0);
        // Once the view has laid the page out again with room for it.
        QTRY_VERIFY(inkAbove(view.viewport()->grab().toImage(), firstLine(view, lead)) > 30);

        view.setPinyinShown(false);
        QTRY_COMPARE(view.verticalScrollBar()->maximum(), heightOff);
    }

    // The pointer resting on a Chinese character asks for its word to be
    // looked up (the lookup card shows its reading and meaning), with the
    // converter's words of its paragraph, pinyin shown or not.
    void restingPointer_asksForTheWordsLookup_data()
    {
        QTest::addColumn<bool>("pinyinShown");
        QTest::newRow("pinyin not shown") << false;
        QTest::newRow("pinyin shown") << true;
    }
    void restingPointer_asksForTheWordsLookup()
    {
        QFETCH(bool, pinyinShown);
        ui::ArticleView view;
        QVERIFY(make(view));
        view.setPinyinShown(pinyinShown);
        // 希望 in lead-2: "就希望用科技".
        const QTextCursor found = view.document()->find(QStringLiteral("就希望用科技"));
        QVERIFY(!found.isNull());
        const int wang = found.selectionStart() + 2;
        const QPoint over = view.textRect(wang, 1).center();
        QSignalSpy asked(&view, &ui::ArticleView::lookupRequested);
        QHelpEvent help(QEvent::ToolTip, over, view.viewport()->mapToGlobal(over));
        QApplication::sendEvent(view.viewport(), &help);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toInt(), wang);
        QCOMPARE(asked.first().at(1).toBool(), true);
        const auto context = view.wordContextAt(wang);
        QVERIFY(context);
        QCOMPARE(context->text.mid(context->offset - 1, 2), QStringLiteral("希望"));
        QCOMPARE(context->blockPosition + context->offset, wang);

        // In the margin beside the line, over no character: no lookup.
        const QPoint margin(1, over.y());
        QHelpEvent nothing(QEvent::ToolTip, margin, view.viewport()->mapToGlobal(margin));
        QApplication::sendEvent(view.viewport(), &nothing);
        QCOMPARE(asked.size(), 1);
    }
};

QTEST_MAIN(TestPinyinAnnotator)
#include "tst_pinyinannotator.moc"
