#include "ArticleChinese.h"
#include "SpecialFiles.h"
#include "TestArticle.h"

#include "core/ScriptConverter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

namespace {
// The texts as OpenCC's own command converts them, one per line (the
// texts' line breaks stand in as U+2028 both ways). Empty on failure.
QStringList byOpenccCommand(const QStringList &texts, const QString &config, QString *error)
{
    QProcess opencc;
    opencc.start(u"opencc"_s, {u"-c"_s, config});
    if (!opencc.waitForStarted()) {
        *error = u"the opencc command does not start (Debian's opencc package)"_s;
        return {};
    }
    QStringList lines = texts;
    for (QString &line : lines) line.replace(u'\n', QChar::LineSeparator);
    opencc.write(lines.join(u'\n').toUtf8() + '\n');
    opencc.closeWriteChannel();
    if (!opencc.waitForFinished(60000) || opencc.exitCode() != 0) {
        *error = QString::fromUtf8(opencc.readAllStandardError());
        return {};
    }
    QStringList out = QString::fromUtf8(opencc.readAllStandardOutput()).split(u'\n');
    if (out.size() == texts.size() + 1 && out.last().isEmpty())
        out.removeLast();
    for (QString &line : out) line.replace(QChar::LineSeparator, u'\n');
    return out;
}
}  // namespace

// The whole embedded article in both Traditional variants against the
// opencc command's output (the same dictionaries, another program), the
// aligned conversion where a phrase changes length, and configurations
// that are missing or are not files.
class TestScriptConverter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholeArticleAsOpenccConverts_data()
    {
        QTest::addColumn<ChineseScript>("script");
        QTest::addColumn<QString>("config");
        // Our corrections (resources/script/corrections.tsv): where OpenCC
        // reads 天后 (a goddess) and 道里 (a district) into the article.
        QTest::addColumn<QStringList>("corrections");
        QTest::newRow("Taiwan") << ChineseScript::TraditionalTaiwan << u"s2twp.json"_s
                                << QStringList{u"30天后"_s, u"30天後"_s, u"步道里"_s,
                                               u"步道裡"_s, u"街道里"_s, u"街道裡"_s};
        QTest::newRow("Hong Kong") << ChineseScript::TraditionalHongKong << u"s2hk.json"_s
                                   << QStringList{u"30天后"_s, u"30天後"_s, u"步道里"_s,
                                                  u"步道裏"_s, u"街道里"_s, u"街道裏"_s};
    }
    void wholeArticleAsOpenccConverts()
    {
        QFETCH(ChineseScript, script);
        QFETCH(QString, config);
        QFETCH(QStringList, corrections);
        QCOMPARE(ScriptConverter::configFor(script), config);
        const QStringList texts = chineseTexts(embeddedArticle());
        QString error;
        const QStringList expected = byOpenccCommand(texts, config, &error);
        QVERIFY2(expected.size() == texts.size(), qPrintable(error));
        const ScriptConverter converter(config);
        QVERIFY2(converter.load(), qPrintable(converter.error()));
        int changed = 0;
        int corrected = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString &text = texts.at(i);
            QCOMPARE(converter.convert(text), expected.at(i));
            // Every OpenCC phrase in this article keeps its length, so the
            // aligned conversion is OpenCC's own, with our corrections.
            QString shown = expected.at(i);
            for (qsizetype c = 0; c + 1 < corrections.size(); c += 2) {
                const QString &from = corrections.at(c);
                for (qsizetype at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
                    shown.replace(at, from.size(), corrections.at(c + 1));
                    ++corrected;
                }
            }
            QCOMPARE(converter.convertAligned(text), shown);
            changed += text != expected.at(i);
        }
        QVERIFY2(changed > 80, qPrintable(QString::number(changed)));
        // 30天后 four times (the lead, the timeline, the card), 步道里 and
        // 街道里 once each.
        QCOMPARE(corrected, 6);
    }

    void alignedWherePhraseChangesLength()
    {
        const ScriptConverter converter(u"s2twp.json"_s);
        // Taiwan says 隨身碟 for a USB stick: three characters for two.
        const QString text = u"我们把U盘插上。用鼠标点一下。"_s;
        QString error;
        const QStringList opencc =
            byOpenccCommand({text, u"用鼠标点一下。"_s}, u"s2twp.json"_s, &error);
        QVERIFY2(opencc.size() == 2, qPrintable(error));
        QVERIFY(opencc.at(0).contains(u"隨身碟"_s));
        QCOMPARE(converter.convert(text), opencc.at(0));

        const QString aligned = converter.convertAligned(text);
        QCOMPARE(aligned.size(), text.size());
        // The clause with the phrase, character by character; the next one
        // as OpenCC converts it.
        QVERIFY2(aligned.startsWith(u"我們把U盤插上。"_s), qPrintable(aligned));
        QVERIFY(aligned.endsWith(opencc.at(1)));
        for (qsizetype i = 0; i < text.size(); ++i)
            QCOMPARE(aligned.at(i).isPunct(), text.at(i).isPunct());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"missing"_s << u"not found (the libopencc-data package"_s;
        QTest::newRow("fifo") << u"fifo"_s << u"not an OpenCC configuration file"_s;
        QTest::newRow("folder") << u"folder"_s << u"not an OpenCC configuration file"_s;
        QTest::newRow("garbage") << u"garbage"_s << u"s2twp.json: "_s;
    }
    void problems()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"s2twp.json"_s);
        if (kind == u"garbage") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"name\": \"broken\", \"conversion_chain\": [{\"dict\": 7}]");
        } else if (kind != u"missing") {
            QVERIFY(makeSpecialFile(kind, path) != 0);
        }
        const ScriptConverter converter(u"s2twp.json"_s, dir.path());
        QVERIFY(!converter.load());
        QVERIFY2(converter.error().contains(expected), qPrintable(converter.error()));
        QVERIFY2(converter.error().contains(dir.path()), qPrintable(converter.error()));
        QVERIFY(converter.isLoaded());
        // Not retried, and the text goes through as it was.
        QVERIFY(!converter.load());
        QCOMPARE(converter.convert(u"希望是光"_s), u"希望是光"_s);
        QCOMPARE(converter.convertAligned(u"东京奥运会"_s), u"东京奥运会"_s);
    }

    void simplifiedNeedsNone()
    {
        QVERIFY(ScriptConverter::configFor(ChineseScript::Simplified).isEmpty());
        const ScriptConverter none(ScriptConverter::configFor(ChineseScript::Simplified));
        QVERIFY(!none.load());
        QCOMPARE(none.convert(u"东京"_s), u"东京"_s);
    }

    void backToSimplified()
    {
        const ScriptConverter converter(ScriptConverter::kToSimplified);
        QCOMPARE(converter.convert(u"東京奧運會"_s), u"东京奥运会"_s);
        QCOMPARE(converter.convert(u"Hope 2021"_s), u"Hope 2021"_s);
    }
};

QTEST_GUILESS_MAIN(TestScriptConverter)
#include "tst_scriptconverter.moc"
