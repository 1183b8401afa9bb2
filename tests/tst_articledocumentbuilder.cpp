#include "TestArticle.h"
#include "core/ArticleDocumentBuilder.h"
#include "core/ArticleDocumentWriter.h"
#include "core/ChineseSetting.h"
#include "core/ReadingPosition.h"
#include "ui/EmbeddedFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace hope::core;
using hope::ui::EmbeddedFonts;

Q_DECLARE_METATYPE(ReadingLayout)

// The article as the builder sets it, laid out by Qt's own document layout
// and measured line by line.
class TestArticleDocumentBuilder : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    static constexpr int kPx = 18;

    static Typography typography()
    {
        Typography t;
        t.chinese = {EmbeddedFonts::serif(kPx, Language::Chinese),
                     EmbeddedFonts::serif(kPx, Language::Chinese)};
        t.english = {EmbeddedFonts::serif(kPx, Language::English),
                     EmbeddedFonts::serif(kPx, Language::English)};
        return t;
    }

    // The block whose text holds this phrase, laid out at the width.
    static QTextBlock laidOut(QTextDocument &document, const QString &phrase, qreal width)
    {
        document.setTextWidth(width);
        document.documentLayout()->documentSize();
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            if (b.text().contains(phrase))
                return b;
        return {};
    }

    static bool isHan(QChar c) { return c.script() == QChar::Script_Han; }

    [[nodiscard]] QList<const ArticleBlock *> paragraphs() const
    {
        QList<const ArticleBlock *> out;
        for (const ArticleSection &s : m_article.sections)
            for (const ArticleBlock &b : s.blocks)
                if (b.kind == BlockKind::Paragraph)
                    out << &b;
        return out;
    }

private slots:
    // The one place the bundle's text becomes the document's: read-aloud
    // maps its offsets through the same function.
    void shownText_keepsLineBreaksInTheParagraph_data()
    {
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("希望是光") << QStringLiteral("希望是光");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\u2028b");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\u2028b");
        QTest::newRow("CR alone") << QStringLiteral("a\rb") << QStringLiteral("ab");
        QTest::newRow("empty") << QString() << QString();
    }

    void shownText_keepsLineBreaksInTheParagraph()
    {
        QFETCH(QString, bundle);
        QFETCH(QString, shown);
        QCOMPARE(ArticleDocumentWriter::shownText(bundle), shown);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_article = embeddedArticle();
    }

    // clreq: about 1.8 em from line to line, a two-character first-line
    // indent, body text justified.
    void chineseBody_lineHeightAndIndent()
    {
        QTextDocument document;
        ArticleDocumentBuilder::build(&document, m_article, Language::Chinese, typography());
        const QTextBlock block = laidOut(document, QStringLiteral("一年等待"), 20 * kPx);
        QVERIFY(block.isValid());
        const QTextLayout *layout = block.layout();
        QVERIFY(layout->lineCount() >= 3);
        const qreal pitch = layout->lineAt(2).y() - layout->lineAt(1).y();
        QVERIFY2(pitch >= 1.75 * kPx && pitch <= 1.85 * kPx, qPrintable(QString::number(pitch)));
        // The first line starts two Han advances in from the others.
        const QFontMetricsF metrics(typography().chinese.body);
        const qreal han = metrics.horizontalAdvance(QStringLiteral("一"));
        const qreal indent = layout->lineAt(0).cursorToX(0) - layout->lineAt(1).x();
        QVERIFY2(qAbs(indent - 2 * han) < 0.5, qPrintable(QString::number(indent)));
        QCOMPARE(block.blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignJustify);
    }

    // English keeps its own setting: ragged right, no indent.
    void englishBody_isNotIndented()
    {
        QTextDocument document;
        ArticleDocumentBuilder::build(&document, m_article, Language::English, typography());
        const QTextBlock block = laidOut(document, QStringLiteral("A year of waiting"), 34 * kPx);
        QVERIFY(block.isValid());
        QCOMPARE(block.blockFormat().textIndent(), 0.0);
        QCOMPARE(block.blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);
    }

    // A quarter-em between Han and digits or Latin letters, and full-width
    // , : ; between Han characters, all measured as drawn.
    void chineseBody_quarterEmAndFullWidthPunctuation()
    {
        QTextDocument document;
        ArticleDocumentBuilder::build(&document, m_article, Language::Chinese, typography());
        // "延迟一年的东京奥运会,将在30天后": the source's half-width comma.
        const QTextBlock block = laidOut(document, QStringLiteral("将在30天后"), 2000);
        QVERIFY(block.isValid());
        const QString text = block.text();
        const int comma = int(text.indexOf(QStringLiteral("会")) + 1);
        QCOMPARE(text.at(comma), QChar(u'\uff0c'));
        const QTextLine line = block.layout()->lineAt(0);
        const auto advance = [&](int at) {
            return line.cursorToX(at + 1) - line.cursorToX(at);
        };
        const int zai = int(text.indexOf(QStringLiteral("在30")));
        QVERIFY2(qAbs(advance(comma) - kPx) < 0.5, qPrintable(QString::number(advance(comma))));
        // 在 is a Han advance and a quarter; 3 is a digit's; 0 a digit's and
        // a quarter; 天 a Han advance.
        QVERIFY2(qAbs(advance(zai) - 1.25 * kPx) < 0.5, qPrintable(QString::number(advance(zai))));
        QVERIFY2(qAbs(advance(zai + 2) - advance(zai + 1) - 0.25 * kPx) < 0.5,
                 qPrintable(QString::number(advance(zai + 2))));
        QVERIFY2(qAbs(advance(zai + 3) - kPx) < 0.5, qPrintable(QString::number(advance(zai + 3))));
    }

    // No line starts with closing punctuation or ends with opening
    // punctuation, and no paragraph ends on a line of one Han character,
    // at any width from a phone's to a wide window's. Qt's own line breaker
    // (UAX #14) already keeps the punctuation rules at every width tried;
    // the lone last character is the builder's doing (without its word
    // joiner this fails at 8 em, "人。" alone on a line).
    void chineseLines_atManyWidths()
    {
        const QString closing = QStringLiteral("，。、；：？！）」』》〉】〕”’");
        const QString opening = QStringLiteral("（「『《〈【〔“‘");
        QTextDocument document;
        ArticleDocumentBuilder::build(&document, m_article, Language::Chinese, typography());
        int lines = 0;
        int paragraphs = 0;
        for (int em = 8; em <= 40; ++em) {
            for (const qreal extra : {0.0, 0.3, 0.6}) {
                document.setTextWidth((em + extra) * kPx);
                document.documentLayout()->documentSize();
                for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
                    const QString text = b.text();
                    const QTextLayout *layout = b.layout();
                    for (int i = 0; i < layout->lineCount(); ++i) {
                        const QTextLine line = layout->lineAt(i);
                        QString shown = text.mid(line.textStart(), line.textLength());
                        shown.remove(QChar(0x2060));
                        const QString trimmed = shown.trimmed();
                        if (trimmed.isEmpty())
                            continue;
                        ++lines;
                        const QString where =
                            QStringLiteral("width %1 em: \"%2\"").arg(em + extra).arg(shown);
                        QVERIFY2(i == 0 || !closing.contains(trimmed.front()), qPrintable(where));
                        QVERIFY2(!opening.contains(trimmed.back()) || i == layout->lineCount() - 1,
                                 qPrintable(where));
                    }
                    // A body paragraph: indented. Its own text ends before a
                    // "play this scene" link.
                    if (b.blockFormat().textIndent() <= 0 || layout->lineCount() < 2)
                        continue;
                    ++paragraphs;
                    qsizetype end = text.indexOf(QChar(0x2002));
                    end = end < 0 ? text.size() : end;
                    qsizetype last = end - 1;
                    while (last >= 0 && !isHan(text.at(last)) && !text.at(last).isLetterOrNumber())
                        --last;
                    if (last < 0 || !isHan(text.at(last)))
                        continue;
                    const QTextLine line = layout->lineForTextPosition(int(last));
                    int han = 0;
                    for (int i = line.textStart(); i <= last; ++i)
                        han += isHan(text.at(i)) || text.at(i).isLetterOrNumber() ? 1 : 0;
                    QVERIFY2(han >= 2, qPrintable(QStringLiteral("width %1 em: last line \"%2\"")
                                                      .arg(em + extra)
                                                      .arg(text.mid(line.textStart()))));
                }
            }
        }
        QVERIFY(lines > 5000);
        QVERIFY(paragraphs > 500);
    }

    void everyLayout_hasEachPlaceOnce_inReadingOrder_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        for (const ReadingLayout l : kReadingLayouts)
            QTest::newRow(qPrintable(readingLayoutName(l))) << l;
    }
    void everyLayout_hasEachPlaceOnce_inReadingOrder()
    {
        QFETCH(ReadingLayout, layout);
        QTextDocument document;
        const DocumentAnchors anchors =
            ArticleDocumentBuilder::build(&document, m_article, layout, typography());
        QStringList expected{ReadingPosition::startId()};
        for (int s = 0; s < m_article.sections.size(); ++s) {
            if (s > 0)
                expected << m_article.sections.at(s).id;
            for (const ArticleBlock &b : m_article.sections.at(s).blocks) expected << b.id;
        }
        QStringList ids;
        int previous = -1;
        for (const auto &[id, number] : anchors.blocks) {
            ids << id;
            QVERIFY2(number > previous, qPrintable(id));
            previous = number;
        }
        QCOMPARE(ids, expected);
        QCOMPARE(anchors.sectionBlocks.size(), m_article.sections.size());
        // Pairs only where both languages are set: every place, plus the
        // two bylines and the editor's note.
        QCOMPARE(anchors.pairs.size(), isBilingual(layout) ? expected.size() + 3 : 0);
    }

    void eachParagraph_isInTheLanguagesOfItsLayout_data()
    {
        QTest::addColumn<ReadingLayout>("layout");
        for (const ReadingLayout l : kReadingLayouts)
            QTest::newRow(qPrintable(readingLayoutName(l))) << l;
    }
    void eachParagraph_isInTheLanguagesOfItsLayout()
    {
        QFETCH(ReadingLayout, layout);
        QTextDocument document;
        const DocumentAnchors anchors =
            ArticleDocumentBuilder::build(&document, m_article, layout, typography());
        QHash<int, int> partner;
        for (const auto &[zh, en] : anchors.pairs) partner.insert(zh, en);
        QHash<QString, int> blockOf;
        for (const auto &[id, number] : anchors.blocks) blockOf.insert(id, number);
        for (const ArticleBlock *p : paragraphs()) {
            // The text as the bundle has it (Chinese shows , : ; full-width).
            const auto source = [&document](int number) {
                const QTextBlock b = document.findBlockByNumber(number);
                return ChineseSetting::sourceText(&document, b.position(),
                                                  b.position() + b.length() - 1);
            };
            const QString first = source(blockOf.value(p->id));
            const Language firstLanguage =
                layout == ReadingLayout::English ? Language::English : Language::Chinese;
            QVERIFY2(first.startsWith(p->text.in(firstLanguage)), qPrintable(p->id));
            if (!isBilingual(layout)) {
                const Language other =
                    firstLanguage == Language::Chinese ? Language::English : Language::Chinese;
                QVERIFY(!ChineseSetting::sourceText(&document, 0, document.characterCount() - 1)
                             .contains(p->text.in(other)));
                continue;
            }
            QVERIFY2(partner.contains(blockOf.value(p->id)), qPrintable(p->id));
            QVERIFY2(source(partner.value(blockOf.value(p->id))).startsWith(p->text.en),
                     qPrintable(p->id));
        }
    }

    void parallel_setsEachPairInARowOfTwoCells()
    {
        QTextDocument document;
        const DocumentAnchors anchors = ArticleDocumentBuilder::build(
            &document, m_article, ReadingLayout::Parallel, typography());
        // Tables of a few rows, one under the next: the view lays out only
        // those it shows (one table of the whole article took three times
        // as long to switch to as interleaved).
        QList<QTextTable *> tables;
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            QTextTable *t = QTextCursor(b).currentTable();
            if (t && !tables.contains(t))
                tables << t;
        }
        QVERIFY(tables.size() > 1);
        int rows = 0;
        for (QTextTable *t : std::as_const(tables)) {
            QCOMPARE(t->columns(), 2);
            QVERIFY(t->rows() <= 8);
            rows += t->rows();
        }
        // One row for the title block and one for each place after it.
        QCOMPARE(rows, anchors.blocks.size());
        for (const auto &[zh, en] : anchors.pairs) {
            QTextTable *table = QTextCursor(document.findBlockByNumber(zh)).currentTable();
            QVERIFY(table);
            QCOMPARE(QTextCursor(document.findBlockByNumber(en)).currentTable(), table);
            const QTextTableCell left = table->cellAt(document.findBlockByNumber(zh).position());
            const QTextTableCell right = table->cellAt(document.findBlockByNumber(en).position());
            QVERIFY(left.isValid() && right.isValid());
            QCOMPARE(left.row(), right.row());
            QCOMPARE(left.column(), 0);
            QCOMPARE(right.column(), 1);
        }
    }

    // A long article is set in tables of some rows each (one table of
    // 20,000 rows took minutes to fill); one follows the next with no room
    // between them, so the rows run on as in one table.
    void parallel_longArticle_rowsRunOnAcrossTables()
    {
        Article article = m_article;
        for (int copy = 1; copy <= 3; ++copy) {
            for (ArticleSection section : m_article.sections) {
                section.id += QStringLiteral("-copy%1").arg(copy);
                for (ArticleBlock &block : section.blocks)
                    block.id += QStringLiteral("-copy%1").arg(copy);
                article.sections << section;
            }
        }
        QTextDocument document;
        const DocumentAnchors anchors = ArticleDocumentBuilder::build(
            &document, article, ReadingLayout::Parallel, typography());
        document.setTextWidth(900);
        document.documentLayout()->documentSize();
        QList<QTextTable *> tables;
        for (const auto &[id, number] : anchors.blocks) {
            QTextTable *table = QTextCursor(document.findBlockByNumber(number)).currentTable();
            QVERIFY2(table, qPrintable(id));
            if (tables.isEmpty() || tables.last() != table)
                tables << table;
        }
        QVERIFY(tables.size() >= 2);
        int rows = 0;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            rows += tables.at(i)->rows();
            if (i == 0)
                continue;
            const QRectF above = document.documentLayout()->frameBoundingRect(tables.at(i - 1));
            const QRectF below = document.documentLayout()->frameBoundingRect(tables.at(i));
            QVERIFY(above.height() > 100 && below.height() > 100);
            QVERIFY2(qAbs(below.top() - above.bottom()) < 0.5,
                     qPrintable(QStringLiteral("table %1 starts %2 px below the one above")
                                    .arg(i)
                                    .arg(below.top() - above.bottom())));
        }
        QCOMPARE(rows, anchors.blocks.size());
    }

    void interleaved_putsTheEnglishRightAfterItsChinese()
    {
        QTextDocument document;
        const DocumentAnchors anchors = ArticleDocumentBuilder::build(
            &document, m_article, ReadingLayout::Interleaved, typography());
        // The title block (title, two bylines, the note) goes as a whole
        // in each language; after it, each piece is followed by its pair.
        for (int i = 3; i + 1 < anchors.pairs.size(); ++i) {
            const auto &[zh, en] = anchors.pairs.at(i);
            QVERIFY(zh < en);
            QVERIFY(en < anchors.pairs.at(i + 1).first);
        }
        // Set apart: in the English, a paragraph stands in from the left.
        const QTextBlock english = document.findBlockByNumber(anchors.pairs.at(5).second);
        QVERIFY(english.blockFormat().leftMargin() > 0);
    }

    void bilingual_labelsEachLanguageInItself()
    {
        // The interface speaks English here (no translator installed); the
        // Chinese column still says 图.
        QTextDocument document;
        ArticleDocumentBuilder::build(&document, m_article, ReadingLayout::Parallel, typography());
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("图 1")));
        QVERIFY(text.contains(QStringLiteral("Figure 1")));
        QVERIFY(text.contains(QStringLiteral("▶ 播放此场景")));
        QVERIFY(text.contains(QStringLiteral("▶ Play this scene")));
    }
};

QTEST_MAIN(TestArticleDocumentBuilder)
#include "tst_articledocumentbuilder.moc"
