// The embedded bundle against the captured source: every paragraph, heading
// and figure place in order, transcribed exactly, and nothing else.
#include "BundleLoader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QStringList sourceLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n'))
        lines << line.trimmed();
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
        if (line.startsWith(u"贝壳号") || line.startsWith(u"编辑按") || line.startsWith(u"文 /")
            || line.startsWith(u"编辑 /")) {
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

} // namespace

class TestArticleContent : public QObject
{
    Q_OBJECT

private:
    Article m_article;
    QStringList m_lines;

private slots:
    void initTestCase()
    {
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        m_article = *r.article;
        m_lines = sourceLines(QStringLiteral(HOPE_SOURCE_DIR "/tests/data/article-source.txt"));
        QVERIFY(m_lines.size() > 70);
    }

    void sourceCopy_matchesTheSeed()
    {
        const QString seed = QStringLiteral(HOPE_SOURCE_DIR "/../shared/seed/article-source.txt");
        if (!QFile::exists(seed))
            QSKIP("The seed folder is not beside this checkout.");
        QCOMPARE(sourceLines(seed), m_lines);
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
            for (const ArticleBlock &b : s.blocks)
                all << b.text.zh << b.text.en;
        const QString text = all.join(u'\n');
        for (const char *furniture : {"飞鲸投研", "该文观点仅代表作者本人", "阅读下一篇", "热门推荐", "儿童节"})
            QVERIFY2(!text.contains(QString::fromUtf8(furniture)), furniture);
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
