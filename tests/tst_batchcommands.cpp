#include "TestArticle.h"
#include "app/BatchCommands.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hope::core;
using namespace hope::app;

// The reader's commands without a window, called as functions: what they
// print, and what they refuse.
class TestBatchCommands : public QObject
{
    Q_OBJECT

private:
    Article m_article = embeddedArticle();

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listings_beginAsTheBundleSays_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("firstLines");
        QTest::newRow("sections en")
            << QStringLiteral("sections") << int(Language::English)
            << QStringLiteral(
                   "0\tlead\tIntroduction\n1\tpart-1\t01 Eagerly awaited: the Tokyo "
                   "2020 Olympic flame brings the light of hope\n");
        QTest::newRow("chapters en") << QStringLiteral("chapters") << int(Language::English)
                                     << QStringLiteral(
                                            "00:00\tTitle card\n00:05\tDarkness, and "
                                            "a first light\n");
        QTest::newRow("milestones en")
            << QStringLiteral("milestones") << int(Language::English)
            << QStringLiteral(
                   "m-ioc-partnership\t2017-01\tAlibaba signs with the International Olympic "
                   "Committee as a Worldwide Olympic Partner for twelve years\n");
    }

    void listings_beginAsTheBundleSays()
    {
        QFETCH(QString, which);
        QFETCH(int, language);
        QFETCH(QString, firstLines);
        const Language lang = Language(language);
        const QString out = which == u"sections"   ? BatchCommands::listSections(m_article, lang)
                            : which == u"chapters" ? BatchCommands::listChapters(m_article, lang)
                                                   : BatchCommands::listMilestones(m_article, lang);
        QVERIFY2(out.startsWith(firstLines), qPrintable(out.left(300)));
        const qsizetype expectedLines = which == u"sections"   ? m_article.sections.size()
                                        : which == u"chapters" ? m_article.clip.chapters.size()
                                                               : m_article.milestones.size();
        QCOMPARE(out.count(u'\n'), expectedLines);
    }

    // A bundle's tabs, newlines and escape sequences never make another
    // field, another record or a terminal command.
    void hostileText_staysInItsField()
    {
        Article article;
        ArticleSection s;
        s.id = QStringLiteral("evil\tid");
        s.heading.en = QStringLiteral("line one\nline two\t\x1b[2J\x1b]0;title\x07 end\u202e");
        article.sections << s << s;
        const QString out = BatchCommands::listSections(article, Language::English);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            QCOMPARE(line.count(u'\t'), 2);
            QVERIFY2(!line.contains(QChar(0x1b)) && !line.contains(QChar(0x07)) &&
                         !line.contains(QChar(0x202e)),
                     qPrintable(line));
        }
    }

    void sections_areFoundByIndexOrId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("index");
        QTest::newRow("index") << QStringLiteral("0") << 0;
        QTest::newRow("id") << QStringLiteral("part-2") << 2;
        QTest::newRow("past the end") << QStringLiteral("99") << -1;
        QTest::newRow("negative") << QStringLiteral("-1") << -1;
        QTest::newRow("unknown id") << QStringLiteral("part-99") << -1;
        QTest::newRow("control characters") << QStringLiteral("\x1b[2J") << -1;
    }

    void sections_areFoundByIndexOrId()
    {
        QFETCH(QString, value);
        QFETCH(int, index);
        QString error;
        QCOMPARE(BatchCommands::resolveSection(m_article, value, &error), index);
        if (index >= 0) {
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY2(error.contains(QStringLiteral("0 (lead)")), qPrintable(error));
            QVERIFY(!error.contains(QChar(0x1b)));
        }
    }

    void milestones_areChecked()
    {
        QVERIFY(BatchCommands::checkMilestone(m_article, QStringLiteral("m-ioc-partnership"))
                    .isEmpty());
        const QString error = BatchCommands::checkMilestone(m_article, QStringLiteral("m-none"));
        QVERIFY2(error.contains(QStringLiteral("m-ioc-partnership")), qPrintable(error));
    }

    void outputs_areCheckedBeforeAnyWork()
    {
        QTemporaryDir dir;
        QVERIFY(BatchCommands::checkOutput(dir.filePath(QStringLiteral("new.pdf"))).isEmpty());
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString error = BatchCommands::checkOutput(fifo);
        QVERIFY2(error.contains(fifo) && error.contains(QStringLiteral("FIFO")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBatchCommands)
#include "tst_batchcommands.moc"
