#include "ArticleChinese.h"
#include "TestArticle.h"

#include "core/ArticleScript.h"
#include "core/ScriptConverter.h"

#include <QStandardPaths>
#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

// The article shown in Traditional characters: every Chinese text
// converted with its characters in place, everything else as it was, and
// the phrases that link paragraphs to milestones still found in them.
class TestArticleScript final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void textsConvertedInPlace_data()
    {
        QTest::addColumn<QString>("config");
        QTest::newRow("Taiwan") << u"s2twp.json"_s;
        QTest::newRow("Hong Kong") << u"s2hk.json"_s;
    }
    void textsConvertedInPlace()
    {
        QFETCH(QString, config);
        const ScriptConverter converter(config);
        QVERIFY2(converter.load(), qPrintable(converter.error()));
        const Article published = embeddedArticle();
        const Article shown = articleInScript(published, converter);

        const QStringList before = chineseTexts(published);
        const QStringList after = chineseTexts(shown);
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).size(), before.at(i).size());
            changed += after.at(i) != before.at(i);
        }
        QVERIFY(changed > 80);
        // 导语 and 结语 as Taiwan and Hong Kong both write them.
        QCOMPARE(shown.sections.first().label.zh, u"導語"_s);
        QCOMPARE(shown.sections.last().label.zh, u"結語"_s);

        // English, ids, dates and paths as they were.
        QCOMPARE(shown.meta.title.en, published.meta.title.en);
        QCOMPARE(shown.meta.date, published.meta.date);
        QCOMPARE(shown.sections.size(), published.sections.size());
        for (qsizetype s = 0; s < shown.sections.size(); ++s) {
            QCOMPARE(shown.sections.at(s).id, published.sections.at(s).id);
            QCOMPARE(shown.sections.at(s).heading.en, published.sections.at(s).heading.en);
            for (qsizetype b = 0; b < shown.sections.at(s).blocks.size(); ++b) {
                QCOMPARE(shown.sections.at(s).blocks.at(b).id,
                         published.sections.at(s).blocks.at(b).id);
                QCOMPARE(shown.sections.at(s).blocks.at(b).text.en,
                         published.sections.at(s).blocks.at(b).text.en);
            }
        }
        QCOMPARE(shown.clip.sourcePath, published.clip.sourcePath);
        QCOMPARE(shown.clip.captionsZh.cues().size(), published.clip.captionsZh.cues().size());
        for (qsizetype i = 0; i < shown.clip.captionsZh.cues().size(); ++i) {
            QCOMPARE(shown.clip.captionsZh.cues().at(i).startMs,
                     published.clip.captionsZh.cues().at(i).startMs);
            QCOMPARE(shown.clip.captionsZh.cues().at(i).endMs,
                     published.clip.captionsZh.cues().at(i).endMs);
        }
        QCOMPARE(shown.clip.captionsEn.cues().size(), published.clip.captionsEn.cues().size());
    }

    void mentionsStillFoundInTheirParagraphs()
    {
        const ScriptConverter converter(u"s2twp.json"_s);
        QVERIFY2(converter.load(), qPrintable(converter.error()));
        const Article shown = articleInScript(embeddedArticle(), converter);
        int mentions = 0;
        for (const Milestone &m : shown.milestones) {
            for (const QString &phrase : m.mentionsZh) {
                bool found = false;
                for (const QString &id : m.paragraphIds) {
                    const ArticleBlock *block = shown.block(id);
                    found = found || (block && block->text.zh.contains(phrase));
                }
                QVERIFY2(found, qPrintable(m.id + u": "_s + phrase));
                ++mentions;
            }
        }
        QVERIFY(mentions > 0);
    }

    void withoutOpenccNothingChanges()
    {
        const ScriptConverter missing(u"s2twp.json"_s, u"/nonexistent-opencc"_s);
        const Article published = embeddedArticle();
        const Article shown = articleInScript(published, missing);
        QCOMPARE(chineseTexts(shown), chineseTexts(published));
    }
};

QTEST_GUILESS_MAIN(TestArticleScript)
#include "tst_articlescript.moc"
