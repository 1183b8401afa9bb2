#include "core/ArticleLinks.h"

#include <QTest>

using namespace hope::core;

class TestArticleLinks : public QObject
{
    Q_OBJECT

private slots:
    void written_areReadBack()
    {
        using namespace ArticleLinks;
        const QString id = QStringLiteral("s2-p3");
        QCOMPARE(milestone(id), QStringLiteral("milestone:s2-p3"));
        QCOMPARE(chapter(id), QStringLiteral("chapter:s2-p3"));
        QCOMPARE(still(id), QStringLiteral("still:s2-p3"));
        QCOMPARE(int(parse(QUrl(milestone(id))).kind), int(Kind::Milestone));
        QCOMPARE(parse(QUrl(milestone(id))).id, id);
        QCOMPARE(int(parse(QUrl(chapter(id))).kind), int(Kind::Chapter));
        QCOMPARE(parse(QUrl(chapter(id))).id, id);
        QCOMPARE(int(parse(QUrl(still(id))).kind), int(Kind::Still));
        QCOMPARE(parse(QUrl(still(id))).id, id);
    }

    // Anything else a document could hold is no link of ours: nothing is
    // followed, fetched or opened.
    void others_areNone_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("web") << "https://example.com/milestone:x";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("resource") << "qrc:/article/clip/poster.jpg";
        QTest::newRow("relative") << "chapter";
        QTest::newRow("upper-case look-alike") << "Chapter-x:intro";
        QTest::newRow("empty") << "";
    }

    void others_areNone()
    {
        QFETCH(QString, url);
        const ArticleLinks::Target target = ArticleLinks::parse(QUrl(url));
        QCOMPARE(int(target.kind), int(ArticleLinks::Kind::None));
        QVERIFY(target.id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleLinks)
#include "tst_articlelinks.moc"
