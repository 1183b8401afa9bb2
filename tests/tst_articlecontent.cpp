// The embedded bundle against the captured source: every paragraph, heading
// and figure place in order, transcribed exactly, and nothing else.
#include "TestArticle.h"
#include "core/MilestoneCategory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace hope::core;

namespace {

QStringList sourceLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) lines << line.trimmed();
    return lines;
}

// The article as a sequence of tokens: "P:<text>", "F", "H:<number><heading>".
QStringList sourceTokens(const QStringList &lines)
{
    QStringList tokens;
    const QString title = lines.value(0);
    static const QRegularExpression heading(QStringLiteral("^0[1-9]"));
    bool inBody = false;
    for (const QString &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        // Page furniture starts with the advertisement.
        if (line.startsWith(u"飞鲸投研"))
            break;
        if (line.startsWith(u"贝壳号") || line.startsWith(u"编辑按") || line.startsWith(u"文 /") ||
            line.startsWith(u"编辑 /")) {
            continue;
        }
        inBody = true;
        if (line == title)
            tokens << QStringLiteral("F");
        else if (heading.match(line).hasMatch())
            tokens << QStringLiteral("H:") + line;
        else
            tokens << QStringLiteral("P:") + line;
    }
    Q_ASSERT(inBody);
    return tokens;
}

QStringList bundleTokens(const Article &a)
{
    QStringList tokens;
    for (const ArticleSection &s : a.sections) {
        if (!s.number.isEmpty())
            tokens << QStringLiteral("H:") + s.number + s.heading.zh;
        for (const ArticleBlock &b : s.blocks)
            tokens << (b.kind == BlockKind::Figure ? QStringLiteral("F")
                                                   : QStringLiteral("P:") + b.text.zh);
    }
    return tokens;
}

}  // namespace

class TestArticleContent : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    QStringList m_lines;

private slots:
    void initTestCase()
    {
        m_article = embeddedArticle();
        m_lines = sourceLines(QStringLiteral(HOPE_SOURCE_DIR "/tests/data/article-source.txt"));
        QVERIFY(m_lines.size() > 70);
    }

    void everyParagraph_isTranscribedExactly_inOrder()
    {
        const QStringList expected = sourceTokens(m_lines);
        const QStringList actual = bundleTokens(m_article);
        for (int i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(expected.count(QStringLiteral("F")), 5);
    }

    // How notes, citations and the vocabulary name a paragraph's place.
    void paragraphs_areNumberedInTheirSection()
    {
        ArticleSection section;
        section.number = QStringLiteral("02");
        section.label = {QStringLiteral("你也是希望"), QStringLiteral("You are part of the hope")};
        const auto block = [](const char *id, BlockKind kind) {
            ArticleBlock b;
            b.id = QLatin1String(id);
            b.kind = kind;
            return b;
        };
        section.blocks = {block("p1", BlockKind::Paragraph), block("f1", BlockKind::Figure),
                          block("p2", BlockKind::Paragraph)};
        QCOMPARE(section.paragraphNumber(QStringLiteral("p1")), 1);
        QCOMPARE(section.paragraphNumber(QStringLiteral("f1")), 1);
        QCOMPARE(section.paragraphNumber(QStringLiteral("p2")), 2);
        QCOMPARE(section.paragraphNumber(QStringLiteral("elsewhere")), 0);
        QCOMPARE(section.numberedLabel(Language::Chinese), QStringLiteral("02 你也是希望"));
        QCOMPARE(section.numberedLabel(Language::English),
                 QStringLiteral("02 You are part of the hope"));
        section.number.clear();
        QCOMPARE(section.numberedLabel(Language::English),
                 QStringLiteral("You are part of the hope"));
    }

    void metadata_matchesTheSource()
    {
        const ArticleMeta &m = m_article.meta;
        QCOMPARE(m.title.zh, m_lines.at(0));
        QCOMPARE(m.editorsNote.zh, m_lines.at(4));
        QCOMPARE(QStringLiteral("%1 | 发布于%2").arg(m.outlet.zh, m.date.toString(Qt::ISODate)),
                 m_lines.at(2));
        QCOMPARE(QStringLiteral("文 / ") + m.author.zh, m_lines.at(6));
        QCOMPARE(QStringLiteral("编辑 / ") + m.editor.zh, m_lines.at(8));
        QVERIFY(m.editorsNote.zh.contains(m.originalPublisher.zh));
    }

    void pageFurniture_neverAppears()
    {
        QStringList all;
        for (const ArticleSection &s : m_article.sections)
            for (const ArticleBlock &b : s.blocks) all << b.text.zh << b.text.en;
        const QString text = all.join(u'\n');
        for (const char *furniture :
             {"飞鲸投研", "该文观点仅代表作者本人", "阅读下一篇", "热门推荐", "儿童节"})
            QVERIFY2(!text.contains(QString::fromUtf8(furniture)), furniture);
    }

    void everyMilestoneTheArticleStates_isThere_withItsLinks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("phrase");  // in the first linked paragraph
        // Where the date comes from: only what the article gives is "stated".
        QTest::addColumn<QString>("basis");
        const auto row = [](const char *id, const char *date, const char *category,
                            QStringList paragraphs, const char *phrase, const char *basis) {
            QTest::newRow(id) << QString::fromUtf8(id) << QString::fromUtf8(date)
                              << QString::fromUtf8(category) << paragraphs
                              << QString::fromUtf8(phrase) << QString::fromUtf8(basis);
        };
        row("m-ioc-partnership", "2017-01", "partnership", {QStringLiteral("s3-p1")}, "2017年1月",
            "stated");
        // The article dates the Games, not the film: it came out by their opening.
        row("m-pyeongchang-film", "2018-02-09", "film", {QStringLiteral("s3-p3")},
            "《相信小的伟大》", "derived, by");
        row("m-pyeongchang-pavilion", "2018-02", "technology", {QStringLiteral("s3-p3")},
            "「云上奥运」", "derived");
        row("m-et-sports-brain", "2018-02", "cloud", {QStringLiteral("s3-p3")}, "ET体育大脑",
            "derived");
        row("m-cloud-datacentre", "2018-05", "cloud", {QStringLiteral("s3-p4")},
            "北京2022冬奥云数据中心", "stated");
        row("m-tmall-flagship", "2018-12", "commerce", {QStringLiteral("s3-p4")},
            "奥林匹克官方旗舰店入驻天猫", "stated");
        row("m-3d-tracking", "2019", "technology", {QStringLiteral("s3-p4")}, "3D运动员跟踪技术",
            "stated");
        row("m-damai-ticketing", "2019-07", "commerce", {QStringLiteral("s3-p4")},
            "大麦成为北京2022年冬奥会票务系统", "stated");
        row("m-film-release", "2021-06-23", "film", {QStringLiteral("lead-2")}, "希望是光,希望有你",
            "outside");
        // Live when the article was written, on Olympic Day: by then, no date of its own.
        row("m-tokyo-interactive", "2021-06-23", "commerce", {QStringLiteral("s3-p7")},
            "官方互动官网也已在天猫正式上线", "derived, by");
        row("m-tokyo-opening", "2021-07-23", "games", {QStringLiteral("lead-1")},
            "将在30天后如期举办", "derived");
        row("m-beijing-opening", "2022-02-04", "games", {QStringLiteral("s3-p7")}, "2022年2月4日",
            "stated");
    }

    void everyMilestoneTheArticleStates_isThere_withItsLinks()
    {
        QFETCH(QString, id);
        QFETCH(QString, date);
        QFETCH(QString, category);
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, phrase);
        QFETCH(QString, basis);
        const int index = m_article.milestoneIndex(id);
        QVERIFY2(index >= 0, qPrintable(id));
        const Milestone &m = m_article.milestones.at(index);
        // Never more precise than the article: the date string is exactly this.
        QCOMPARE(m.date.toString(), date);
        QCOMPARE(MilestoneCategories::code(m.category), category);
        for (const QString &p : paragraphs) QVERIFY2(m.paragraphIds.contains(p), qPrintable(p));
        QVERIFY(m_article.block(paragraphs.first())->text.zh.contains(phrase));
        QVERIFY(!m.title.en.isEmpty() && !m.description.zh.isEmpty());
        QCOMPARE(DateBasisKinds::code(m.basis.kind) +
                     (m.basis.bound == DateBound::By ? u", by"_qs : QString()),
                 basis);
    }

    void everyDate_saysHowItWasFound()
    {
        // A date the article does not give says how it was found, in both
        // languages, and a note that leans on an outside fact (the day of
        // Olympic Day, the dates of the Games) names its source.
        const auto check = [](const QString &what, const DateBasis &b) {
            QVERIFY2(b.kind != DateBasisKind::Unspecified, qPrintable(what));
            if (b.kind != DateBasisKind::Stated || b.bound == DateBound::By)
                QVERIFY2(!b.note.zh.isEmpty() && !b.note.en.isEmpty(), qPrintable(what));
            if (b.kind == DateBasisKind::Outside)
                QVERIFY2(!b.source.isEmpty(), qPrintable(what));
            const bool leansOnTheGames =
                b.note.en.contains(u"23 June"_qs) || b.note.en.contains(u"February 2018"_qs);
            if (leansOnTheGames)
                QVERIFY2(!b.source.isEmpty(), qPrintable(what));
        };
        for (const Milestone &m : std::as_const(m_article.milestones)) {
            check(m.id, m.basis);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(!m_article.eras.isEmpty());
        for (const Era &e : std::as_const(m_article.eras)) {
            check(e.id, e.basis);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // What the reader wrote itself in Chinese (the article's own text is
    // kept as the source has it): no ASCII space against full-width
    // punctuation or between characters, and the reader named in Chinese.
    void ourChinese_isSetAsChinese()
    {
        QStringList ours;
        for (const Milestone &m : std::as_const(m_article.milestones))
            ours << m.label.zh << m.title.zh << m.description.zh << m.basis.note.zh;
        for (const Era &e : std::as_const(m_article.eras)) ours << e.label.zh << e.basis.note.zh;
        const ClipInfo &clip = m_article.clip;
        ours << clip.title.zh << clip.description.zh;
        for (const ClipChapter &c : clip.chapters) ours << c.title.zh;
        for (const CaptionCue &cue : clip.captionsZh.cues()) ours << cue.text;
        QCOMPARE(clip.captionsZh.cues().size(), clip.captionsEn.cues().size());
        const QRegularExpression spaced(
            QStringLiteral(
                "[。，、；：？！「」『』《》（）“”…] | [。，、；：？！「」『』《》（）“”…]|"
                "\\p{Han} \\p{Han}"),
            QRegularExpression::UseUnicodePropertiesOption);
        for (const QString &text : std::as_const(ours)) {
            QVERIFY2(!text.contains(spaced), qPrintable(text));
            QVERIFY2(!text.contains(u"Hope Reader"), qPrintable(text));
        }
        QVERIFY(clip.description.zh.contains(u"希望阅读器"));
    }

    void eras_runFromTheSigning()
    {
        // "First" is not the article's word: it says one cycle has passed.
        QVERIFY(!m_article.eras.at(0).label.zh.contains(u"第一"_qs));
        QVERIFY(!m_article.eras.at(0).label.en.contains(u"first"_qs, Qt::CaseInsensitive));
        QCOMPARE(m_article.eras.size(), 2);
        QCOMPARE(m_article.eras.at(0).start.toString(), QStringLiteral("2017-01"));
        QCOMPARE(m_article.eras.at(0).end.toString(), QStringLiteral("2020-12"));
        QCOMPARE(m_article.eras.at(1).end.toString(), QStringLiteral("2028-12"));
    }

    // Each figure stands where the article had a picture we cannot ship, and
    // says so; it shows a scene of the stand-in clip only when a paragraph
    // beside it is one that tells of that scene.
    void figures_sayThePictureIsMissing_andShowOnlyTheScenesBesideThem()
    {
        QStringList order;
        for (const ArticleSection &s : m_article.sections)
            for (const ArticleBlock &b : s.blocks) order << b.id;
        int figures = 0;
        for (const ArticleSection &s : m_article.sections) {
            for (const ArticleBlock &b : s.blocks) {
                if (b.kind != BlockKind::Figure)
                    continue;
                ++figures;
                QVERIFY2(b.text.en.startsWith(u"The article’s picture is not available"),
                         qPrintable(b.id));
                QVERIFY2(b.text.zh.startsWith(u"原文此处的图片无法提供"), qPrintable(b.id));
                const int chapter = m_article.clip.chapterForBlock(b.id);
                if (chapter < 0)
                    continue;
                const QStringList &told = m_article.clip.chapters.at(chapter).paragraphIds;
                const qsizetype at = order.indexOf(b.id);
                QVERIFY2(told.contains(order.value(at - 1)) || told.contains(order.value(at + 1)),
                         qPrintable(b.id));
            }
        }
        QCOMPARE(figures, 5);
    }

    void everyText_hasAnEnglishTranslation()
    {
        for (const ArticleSection &s : m_article.sections) {
            QVERIFY(!s.label.en.isEmpty());
            if (!s.number.isEmpty())
                QVERIFY(!s.heading.en.isEmpty());
            for (const ArticleBlock &b : s.blocks) {
                if (b.kind != BlockKind::Paragraph)
                    continue;
                QVERIFY2(b.text.en.size() > b.text.zh.size() / 2, qPrintable(b.id));
                // A translation is not a copy of the Chinese.
                static const QRegularExpression han(QStringLiteral("\\p{Han}"));
                QVERIFY2(!b.text.en.contains(han), qPrintable(b.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestArticleContent)
#include "tst_articlecontent.moc"
