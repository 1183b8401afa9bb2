#include "core/ChineseSetting.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace hope::core;

class TestChineseSetting : public QObject
{
    Q_OBJECT

private:
    // The plan written out: full-width forms in place, "|" where a
    // quarter-em follows a character.
    static QString shown(const QString &text)
    {
        const ChineseSetting::Plan plan = ChineseSetting::plan(text);
        QString out = text;
        for (const auto &[at, full] : plan.fullWidth) out[at] = full;
        for (qsizetype i = plan.quarterEmAfter.size() - 1; i >= 0; --i) {
            const qsizetype at = plan.quarterEmAfter.at(i);
            out.insert(at + (out.at(at).isHighSurrogate() ? 2 : 1), u'|');
        }
        return out;
    }

private slots:
    void punctuation_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("display");
        QTest::newRow("Han,Han") << QStringLiteral("奥运会,将在") << QStringLiteral("奥运会，将在");
        QTest::newRow("Han:Han") << QStringLiteral("编辑按:本文") << QStringLiteral("编辑按：本文");
        QTest::newRow("Han;Han") << QStringLiteral("光明;希望") << QStringLiteral("光明；希望");
        QTest::newRow("Han:open quote")
            << QStringLiteral("所说:「无论") << QStringLiteral("所说：「无论");
        QTest::newRow("close quote,Han")
            << QStringLiteral("有你」,一起") << QStringLiteral("有你」，一起");
        QTest::newRow("curly close quote,Han")
            << QStringLiteral("作者“黄梦婷”,贝壳") << QStringLiteral("作者“黄梦婷”，贝壳");
        QTest::newRow("Han,Latin") << QStringLiteral("重燃,hope") << QStringLiteral("重燃，hope");
        QTest::newRow("Han,digit")
            << QStringLiteral("疑问,2020年") << QStringLiteral("疑问，2020年");
        QTest::newRow("paragraph end") << QStringLiteral("有你,") << QStringLiteral("有你，");
        QTest::newRow("start,Han") << QStringLiteral(",中文") << QStringLiteral("，中文");
        QTest::newRow("digits 1,000") << QStringLiteral("约1,000人") << QStringLiteral("约1,000人");
        QTest::newRow("time 12:30") << QStringLiteral("在12:30开") << QStringLiteral("在12:30开");
        QTest::newRow("Latin a,b") << QStringLiteral("a,b") << QStringLiteral("a,b");
        QTest::newRow("Latin,Han") << QStringLiteral("Games,阿里") << QStringLiteral("Games,阿里");
        QTest::newRow("English quote") << QStringLiteral("‘Hope lights us up’, to give")
                                       << QStringLiteral("‘Hope lights us up’, to give");
        QTest::newRow("English colon")
            << QStringLiteral("note: this") << QStringLiteral("note: this");
        QTest::newRow("Han, space: written the Western way")
            << QStringLiteral("中国, China") << QStringLiteral("中国, China");
        QTest::newRow("space,Latin") << QStringLiteral("和 ,a") << QStringLiteral("和 ,a");
        QTest::newRow("through a word joiner")
            << QStringLiteral("明\u2060,灯") << QStringLiteral("明\u2060，灯");
        QTest::newRow("full-width stays") << QStringLiteral("明，灯") << QStringLiteral("明，灯");
    }

    void punctuation()
    {
        QFETCH(QString, source);
        QFETCH(QString, display);
        QString out = source;
        for (const auto &[at, full] : ChineseSetting::plan(source).fullWidth) out[at] = full;
        QCOMPARE(out, display);
    }

    void quarterEm_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("display");
        QTest::newRow("Han digits Han")
            << QStringLiteral("在30天后") << QStringLiteral("在|30|天后");
        QTest::newRow("Han Latin")
            << QStringLiteral("重燃hope光") << QStringLiteral("重燃|hope|光");
        QTest::newRow("date") << QStringLiteral("2021年6月") << QStringLiteral("2021|年|6|月");
        QTest::newRow("space already") << QStringLiteral("图 1") << QStringLiteral("图 1");
        QTest::newRow("punctuation between")
            << QStringLiteral("燃，hope") << QStringLiteral("燃，hope");
        QTest::newRow("full-width digits") << QStringLiteral("第１名") << QStringLiteral("第１名");
        QTest::newRow("English only")
            << QStringLiteral("Tokyo 2020") << QStringLiteral("Tokyo 2020");
        QTest::newRow("through a word joiner")
            << QStringLiteral("30\u2060天") << QStringLiteral("30|\u2060天");
        QTest::newRow("supplementary Han")
            << QStringLiteral("\U00020000a") << QStringLiteral("\U00020000|a");
    }

    void quarterEm()
    {
        QFETCH(QString, source);
        QFETCH(QString, display);
        QCOMPARE(shown(source), display);
    }

    void binding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::newRow("ends in Han") << QStringLiteral("一盏明灯") << 3;
        QTest::newRow("ends in a full stop") << QStringLiteral("一盏明灯。") << 3;
        QTest::newRow("ends in a quote") << QStringLiteral("希望有你。」") << 3;
        QTest::newRow("digits before") << QStringLiteral("在30天") << 3;
        QTest::newRow("ends in Latin") << QStringLiteral("重燃hope") << -1;
        QTest::newRow("English") << QStringLiteral("for everyone.") << -1;
        QTest::newRow("one character") << QStringLiteral("灯") << -1;
        QTest::newRow("space before") << QStringLiteral("图 灯") << -1;
        QTest::newRow("bound already") << QStringLiteral("明\u2060灯") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void binding()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QCOMPARE(ChineseSetting::bindingPosition(text), qsizetype(position));
    }

    // The document shows the Chinese forms; copying gives the source back.
    void sourceText_givesBackTheSource_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("expected");
        const QString first = QStringLiteral("奥运会,将在30天后。一盏明灯");
        const QString second = QStringLiteral("编辑按:本文, hope");
        QTest::newRow("all") << 0 << -1 << first + u'\n' + second;
        // The document has one character more: the word joiner before 灯.
        QTest::newRow("first paragraph") << 0 << int(first.size()) + 1 << first;
        QTest::newRow("the comma alone") << 3 << 4 << QStringLiteral(",");
        QTest::newRow("last two characters")
            << int(first.size()) - 2 << int(first.size()) + 1 << QStringLiteral("明灯");
        QTest::newRow("across paragraphs")
            << int(first.size()) << int(first.size()) + 6 << QStringLiteral("灯\n编辑按:");
    }

    void sourceText_givesBackTheSource()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, expected);
        QTextDocument document;
        QFont font;
        font.setPixelSize(20);
        document.setDefaultFont(font);
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("奥运会,将在30天后。一盏明灯"));
        ChineseSetting::bindLastLine(cursor.block());
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("编辑按:本文, hope"));
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
            ChineseSetting::setBlock(b);
        // What is shown: full-width forms and a word joiner, nothing else.
        QCOMPARE(document.toPlainText(),
                 QStringLiteral("奥运会，将在30天后。一盏明\u2060灯\n编辑按：本文, hope"));
        const int end = document.characterCount() - 1;
        QCOMPARE(ChineseSetting::sourceText(&document, from, to < 0 ? end : to), expected);
    }

    // Offsets into a paragraph's source text (as read aloud) find their
    // place in the document past the word joiner added before 灯.
    void positionOf_skipsAddedCharacters_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("position");
        QTest::newRow("start") << 0 << 0;
        QTest::newRow("明") << 2 << 2;
        QTest::newRow("灯") << 3 << 4;
        QTest::newRow("。") << 4 << 5;
        QTest::newRow("end") << 5 << 6;
    }

    void positionOf_skipsAddedCharacters()
    {
        QFETCH(int, offset);
        QFETCH(int, position);
        QTextDocument document;
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("标题"));
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("一盏明灯。"));
        ChineseSetting::bindLastLine(cursor.block());
        QCOMPARE(cursor.block().text(), QStringLiteral("一盏明\u2060灯。"));
        QCOMPARE(cursor.block().position(), 3);
        QCOMPARE(ChineseSetting::positionOf(cursor.block(), offset) - 3, position);
    }

    void quarterEm_isLetterSpacing_ofAQuarterOfTheCharactersSize()
    {
        QTextDocument document;
        QTextCursor cursor(&document);
        QTextCharFormat big;
        QFont font;
        font.setPixelSize(24);
        big.setFont(font);
        cursor.insertText(QStringLiteral("在30天"), big);
        ChineseSetting::setBlock(document.begin());
        QCOMPARE(document.toPlainText(), QStringLiteral("在30天"));
        const auto spacingAt = [&](int position) {
            QTextCursor c(&document);
            c.setPosition(position + 1);
            return c.charFormat().fontLetterSpacingType() == QFont::AbsoluteSpacing
                       ? c.charFormat().fontLetterSpacing()
                       : 0.0;
        };
        QCOMPARE(spacingAt(0), 6.0);  // 在
        QCOMPARE(spacingAt(1), 0.0);  // 3
        QCOMPARE(spacingAt(2), 6.0);  // 0
        QCOMPARE(spacingAt(3), 0.0);  // 天
    }
};

QTEST_MAIN(TestChineseSetting)
#include "tst_chinesesetting.moc"
