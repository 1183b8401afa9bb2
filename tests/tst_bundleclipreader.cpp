#include "core/BundleClipReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hope::core;

namespace {

QJsonObject text(const QString &en)
{
    return QJsonObject{{QStringLiteral("zh"), QStringLiteral("中文")}, {QStringLiteral("en"), en}};
}

// A clip of the embedded bundle's own files, with the given chapters.
QJsonObject rootWithClip(const QJsonArray &chapters)
{
    const QJsonObject clip{{u"source"_qs, u"clip/hope-clip.webm"_qs},
                           {u"poster"_qs, u"clip/poster.jpg"_qs},
                           {u"duration"_qs, u"00:48.000"_qs},
                           {u"title"_qs, text(u"Clip"_qs)},
                           {u"description"_qs, text(u"About it"_qs)},
                           {u"captions"_qs, QJsonObject{{u"zh"_qs, u"clip/captions.zh.vtt"_qs},
                                                        {u"en"_qs, u"clip/captions.en.vtt"_qs}}},
                           {u"chapters"_qs, chapters}};
    return QJsonObject{{u"clip"_qs, clip}};
}

QJsonObject chapter(const QString &id, const QString &start, const QJsonArray &paragraphs)
{
    return QJsonObject{{u"id"_qs, id},
                       {u"start"_qs, start},
                       {u"title"_qs, text(u"Scene"_qs)},
                       {u"paragraphs"_qs, paragraphs}};
}

Article articleWithParagraph()
{
    Article article;
    article.sections << ArticleSection{
        u"a"_qs, {}, {}, {}, {ArticleBlock{BlockKind::Paragraph, u"p"_qs, {u"字"_qs, u"Word"_qs}}}};
    return article;
}

}  // namespace

class TestBundleClipReader : public QObject
{
    Q_OBJECT

private slots:
    void noClip_isNoProblem()
    {
        BundleSchema schema(QStringLiteral("s"));
        const Article article;
        QVERIFY(!BundleClipReader(schema, article, u":/article"_qs).read({}).isValid());
        QVERIFY(schema.errors().isEmpty());
    }

    void clip_isResolvedInItsFolder()
    {
        BundleSchema schema(QStringLiteral("s"));
        const Article article = articleWithParagraph();
        const ClipInfo clip =
            BundleClipReader(schema, article, u":/article"_qs)
                .read(rootWithClip({chapter(u"c"_qs, u"00:01.000"_qs, {u"p"_qs})}));
        QVERIFY2(schema.errors().isEmpty(), qPrintable(schema.errors().join(u'\n')));
        QCOMPARE(clip.sourcePath, u":/article/clip/hope-clip.webm"_qs);
        QCOMPARE(clip.durationMs, 48000);
        QVERIFY(!clip.captionsEn.cues().isEmpty());
        QCOMPARE(clip.chapters.size(), 1);
        QCOMPARE(clip.chapters.first().paragraphIds, QStringList{u"p"_qs});
    }

    void chapters_areCheckedLikeEveryList()
    {
        BundleSchema schema(QStringLiteral("s"));
        const Article article = articleWithParagraph();
        QJsonObject noId = chapter(QString(), u"00:02.000"_qs, {u"p"_qs});
        noId.remove(u"id"_qs);
        (void)BundleClipReader(schema, article, u":/article"_qs)
            .read(rootWithClip({chapter(u"c"_qs, u"00:01.000"_qs, {u"p"_qs}), noId, noId,
                                chapter(u"c"_qs, u"00:03.000"_qs, {u"nowhere"_qs})}));
        QCOMPARE(
            schema.errors(),
            (QStringList{u"s: clip.chapters[1].id: missing string"_qs,
                         u"s: clip.chapters[2].id: missing string"_qs,
                         u"s: clip.chapters[2].start: chapters must start one after another"_qs,
                         u"s: clip.chapters[3].id: duplicate chapter id \"c\""_qs,
                         u"s: clip.chapters[3].paragraphs: links to \"nowhere\", which is "
                         "not a paragraph of the article"_qs}));
    }

    void paths_stayInsideTheFolder_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("error");
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "s: clip.source: \"/etc/passwd\" is an absolute path or a "
                                     "URL; a bundle names its files relative to its own folder";
        QTest::newRow("URL") << "file:clip.webm"
                             << "s: clip.source: \"file:clip.webm\" is an absolute path or a "
                                "URL; a bundle names its files relative to its own folder";
        QTest::newRow("climbing out") << "clip\\..\\..\\x.webm"
                                      << "s: clip.source: \"clip\\..\\..\\x.webm\" leads outside "
                                         "the bundle's folder";
    }

    void paths_stayInsideTheFolder()
    {
        QFETCH(QString, source);
        QFETCH(QString, error);
        QJsonObject root = rootWithClip({});
        QJsonObject clip = root[u"clip"_qs].toObject();
        clip[u"source"_qs] = source;
        root[u"clip"_qs] = clip;
        BundleSchema schema(QStringLiteral("s"));
        const Article article;
        QVERIFY(!BundleClipReader(schema, article, u":/article"_qs).read(root).isValid());
        QCOMPARE(schema.errors(), QStringList{error});
    }
};

QTEST_GUILESS_MAIN(TestBundleClipReader)
#include "tst_bundleclipreader.moc"
