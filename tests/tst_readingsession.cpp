#include "TestArticle.h"
#include "core/ReadingSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace hope::core;

// Navigation without a window: the session decides where a jump lands and
// what Back and Forward return to; the view only scrolls there.
class TestReadingSession : public QObject
{
    Q_OBJECT

private:
    // Reading order: _title, lead-1, lead-2, two (heading), two-1, fig-2,
    // two-2, three (heading), three-1, three-2.
    static Article article()
    {
        auto block = [](const char *id, BlockKind kind = BlockKind::Paragraph) {
            ArticleBlock b;
            b.kind = kind;
            b.id = QString::fromLatin1(id);
            b.text = {QStringLiteral("文"), QStringLiteral("text")};
            return b;
        };
        auto section = [](const char *id, QList<ArticleBlock> blocks) {
            ArticleSection s;
            s.id = QString::fromLatin1(id);
            s.label = {s.id, s.id};
            s.blocks = std::move(blocks);
            return s;
        };
        Article a;
        a.meta.title = {QStringLiteral("题"), QStringLiteral("Title")};
        a.sections << section("lead", {block("lead-1"), block("lead-2")})
                   << section("two",
                              {block("two-1"), block("fig-2", BlockKind::Figure), block("two-2")})
                   << section("three", {block("three-1"), block("three-2")});
        Milestone early;
        early.id = QStringLiteral("early");
        early.paragraphIds = {QStringLiteral("three-2"), QStringLiteral("two-2"),
                              QStringLiteral("lead-2")};
        Milestone late;
        late.id = QStringLiteral("late");
        late.paragraphIds = {QStringLiteral("three-1")};
        Milestone nowhere;
        nowhere.id = QStringLiteral("nowhere");
        a.milestones << early << late << nowhere;
        ClipChapter scene;
        scene.id = QStringLiteral("scene");
        scene.paragraphIds = {QStringLiteral("two-2")};
        scene.figureIds = {QStringLiteral("fig-2")};
        ClipChapter other;
        other.id = QStringLiteral("other");
        other.startMs = 5000;
        other.paragraphIds = {QStringLiteral("three-2")};
        a.clip.sourcePath = QStringLiteral(":/clip.webm");
        a.clip.chapters << scene << other;
        return a;
    }

    static QStringList ids(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *id : list) out << QString::fromLatin1(id);
        return out;
    }

    static QString lastTarget(const QSignalSpy &spy)
    {
        return spy.last().at(0).value<ReadingPosition>().blockId;
    }

private slots:
    void newArticle_startsAtTheTopWithNoHistory()
    {
        ReadingSession session;
        QSignalSpy changed(&session, &ReadingSession::articleChanged);
        session.setArticle(article());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.position().blockId, QStringLiteral("_title"));
        QCOMPARE(session.currentSection(), QStringLiteral("lead"));
        QVERIFY(!session.canGoBack());
        QVERIFY(!session.canGoForward());
        QVERIFY(session.selectedMilestone().isEmpty());
    }

    void goToSection_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("landsOn");
        QTest::newRow("the lead starts with the article") << "lead" << true << "_title";
        QTest::newRow("a later section at its heading") << "two" << true << "two";
        QTest::newRow("the last section") << "three" << true << "three";
        QTest::newRow("unknown") << "four" << false << "";
        QTest::newRow("a paragraph is not a section") << "two-1" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void goToSection()
    {
        QFETCH(QString, section);
        QFETCH(bool, found);
        QFETCH(QString, landsOn);
        ReadingSession session;
        session.setArticle(article());
        session.setPosition({QStringLiteral("lead-2"), 0.5});
        QSignalSpy navigation(&session, &ReadingSession::navigationRequested);
        QCOMPARE(session.goToSection(section), found);
        QCOMPARE(navigation.size(), found ? 1 : 0);
        QCOMPARE(session.canGoBack(), found);
        if (found) {
            QCOMPARE(lastTarget(navigation), landsOn);
            QCOMPARE(session.position().blockId, landsOn);
        } else {
            QCOMPARE(session.position(), (ReadingPosition{QStringLiteral("lead-2"), 0.5}));
        }
    }

    void goToMilestone_data()
    {
        QTest::addColumn<QString>("milestone");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("landsOn");
        QTest::addColumn<QStringList>("marked");
        // Listed out of order in the bundle: it lands on the first in the text.
        QTest::newRow("several paragraphs")
            << "early" << true << "lead-2" << ids({"lead-2", "two-2", "three-2"});
        QTest::newRow("one paragraph") << "late" << true << "three-1" << ids({"three-1"});
        // Selected, but with nowhere to go the reader stays put.
        QTest::newRow("no paragraph") << "nowhere" << true << "" << ids({});
        QTest::newRow("unknown") << "never" << false << "" << ids({});
    }

    void goToMilestone()
    {
        QFETCH(QString, milestone);
        QFETCH(bool, known);
        QFETCH(QString, landsOn);
        QFETCH(QStringList, marked);
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy navigation(&session, &ReadingSession::navigationRequested);
        QSignalSpy selected(&session, &ReadingSession::milestoneSelected);
        QCOMPARE(session.goToMilestone(milestone), known);
        QCOMPARE(selected.size(), known ? 1 : 0);
        QCOMPARE(session.selectedMilestone(), known ? milestone : QString());
        QCOMPARE(navigation.size(), landsOn.isEmpty() ? 0 : 1);
        QCOMPARE(session.canGoBack(), !landsOn.isEmpty());
        if (!landsOn.isEmpty()) {
            QCOMPARE(lastTarget(navigation), landsOn);
            QCOMPARE(navigation.last().at(1).toStringList(), marked);
        }
    }

    void goToChapter_landsOnItsFirstPlaceInTheText()
    {
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy navigation(&session, &ReadingSession::navigationRequested);
        QVERIFY(session.goToChapter(QStringLiteral("scene")));
        QCOMPARE(lastTarget(navigation), QStringLiteral("fig-2"));
        QCOMPARE(navigation.last().at(1).toStringList(), (ids({"fig-2", "two-2"})));
        QVERIFY(!session.goToChapter(QStringLiteral("missing")));
        QCOMPARE(navigation.size(), 1);
    }

    // Back returns to where the reader was when they jumped, including how
    // far they had read on from there; Forward returns to the jump's end as
    // the reader left it.
    void backAndForward_returnWhereTheReaderWas()
    {
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy navigation(&session, &ReadingSession::navigationRequested);
        session.setPosition({QStringLiteral("lead-2"), 0.25});
        QVERIFY(session.goToSection(QStringLiteral("three")));
        session.setPosition({QStringLiteral("three-1"), 0.5});
        QVERIFY(session.goToMilestone(QStringLiteral("early")));
        QVERIFY(session.canGoBack());
        QVERIFY(!session.canGoForward());

        QVERIFY(session.back());
        QCOMPARE(session.position(), (ReadingPosition{QStringLiteral("three-1"), 0.5}));
        QCOMPARE(navigation.last().at(0).value<ReadingPosition>(), session.position());
        QVERIFY(session.back());
        QCOMPARE(session.position(), (ReadingPosition{QStringLiteral("lead-2"), 0.25}));
        QVERIFY(!session.canGoBack());
        QVERIFY(!session.back());

        QVERIFY(session.forward());
        QCOMPARE(session.position(), (ReadingPosition{QStringLiteral("three-1"), 0.5}));
        // A new jump from the middle of the history drops what lay ahead.
        QVERIFY(session.goToSection(QStringLiteral("two")));
        QVERIFY(!session.canGoForward());
        QVERIFY(!session.forward());
        QVERIFY(session.back());
        QCOMPARE(session.position(), (ReadingPosition{QStringLiteral("three-1"), 0.5}));
    }

    void readingAndMoving_areNotJumps()
    {
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy navigation(&session, &ReadingSession::navigationRequested);
        session.setPosition({QStringLiteral("two-1"), 0.1});
        QCOMPARE(navigation.size(), 0);
        QVERIFY(session.moveTo({QStringLiteral("three-2"), 0.0}));
        QCOMPARE(navigation.size(), 1);
        QVERIFY(!session.canGoBack());
        // Places the article does not have (a stale saved position, another
        // bundle's history) leave the reader where they are.
        QVERIFY(!session.moveTo({QStringLiteral("gone"), 0.0}));
        session.setPosition({QStringLiteral("gone"), 0.0});
        QCOMPARE(session.position().blockId, QStringLiteral("three-2"));
        QCOMPARE(navigation.size(), 1);
    }

    // The places of the embedded article a saved position may name.
    void placesOfTheEmbeddedArticle_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<bool>("known");
        QTest::newRow("a paragraph") << "s2-p3" << true;
        QTest::newRow("a figure") << "fig-1" << true;
        QTest::newRow("a section's heading") << "part-2" << true;
        QTest::newRow("the title") << "_title" << true;
        QTest::newRow("no such block") << "no-such-block" << false;
        // The first section starts at the title and has no heading block.
        QTest::newRow("the lead's id") << "lead" << false;
        QTest::newRow("a milestone is no place") << "m-cloud-datacentre" << false;
    }

    void placesOfTheEmbeddedArticle()
    {
        QFETCH(QString, place);
        QFETCH(bool, known);
        ReadingSession session;
        session.setArticle(embeddedArticle());
        QCOMPARE(session.hasPlace(place), known);
        QCOMPARE(session.moveTo({place, 0.5}), known);
        QCOMPARE(session.position().blockId, known ? place : QStringLiteral("_title"));
    }

    void currentSection_changesOnlyToKnownSections()
    {
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy changed(&session, &ReadingSession::currentSectionChanged);
        session.setCurrentSection(QStringLiteral("two"));
        session.setCurrentSection(QStringLiteral("two"));
        session.setCurrentSection(QStringLiteral("two-1"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("two"));
        QCOMPARE(session.currentSection(), QStringLiteral("two"));
    }

    void selectMilestone_saysSoOnce()
    {
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy selected(&session, &ReadingSession::milestoneSelected);
        QVERIFY(session.selectMilestone(QStringLiteral("late")));
        QVERIFY(session.selectMilestone(QStringLiteral("late")));
        QVERIFY(!session.selectMilestone(QStringLiteral("never")));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(session.selectedMilestone(), QStringLiteral("late"));
    }

    void playingChapter_marksItsBlocks()
    {
        ReadingSession session;
        session.setArticle(article());
        QSignalSpy changed(&session, &ReadingSession::playingChapterChanged);
        session.setPlayingChapter(QStringLiteral("scene"));
        QCOMPARE(session.playingBlocks(), (ids({"two-2", "fig-2"})));
        session.setPlayingChapter(QStringLiteral("scene"));
        session.setPlayingChapter(QStringLiteral("unknown"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toString(), QString());
        QVERIFY(session.playingBlocks().isEmpty());
    }

    void script_keepsThePlaceAndConvertsTheText()
    {
        ReadingSession session;
        session.setArticle(embeddedArticle());
        const Article published = session.article();
        const QString paragraph = published.sections.at(1).blocks.at(2).id;
        const QString milestone = published.milestones.at(1).id;
        QVERIFY(session.goToMilestone(milestone));
        QVERIFY(session.goToBlock(paragraph));
        const ReadingPosition here = session.position();
        QSignalSpy article(&session, &ReadingSession::articleChanged);
        QSignalSpy script(&session, &ReadingSession::scriptChanged);
        QSignalSpy moved(&session, &ReadingSession::navigationRequested);
        QString error;
        QVERIFY2(session.setScript(ChineseScript::TraditionalTaiwan, &error), qPrintable(error));
        QCOMPARE(script.size(), 1);
        QCOMPARE(article.size(), 0);
        QCOMPARE(moved.size(), 0);
        QCOMPARE(session.script(), ChineseScript::TraditionalTaiwan);
        QCOMPARE(session.position(), here);
        QCOMPARE(session.selectedMilestone(), milestone);
        QVERIFY(session.canGoBack());
        // 导语 as Taiwan writes it; the published text is kept behind it.
        QCOMPARE(session.article().sections.first().label.zh, QStringLiteral("導語"));
        QCOMPARE(session.publishedArticle().sections.first().label.zh, QStringLiteral("导语"));
        QCOMPARE(session.article().sections.first().label.en, QStringLiteral("Introduction"));

        // The same again says nothing; back to Simplified is as published.
        QVERIFY(session.setScript(ChineseScript::TraditionalTaiwan));
        QCOMPARE(script.size(), 1);
        QVERIFY(session.setScript(ChineseScript::Simplified));
        QCOMPARE(script.size(), 2);
        QCOMPARE(session.article().sections.first().label.zh, QStringLiteral("导语"));

        // A new article while Traditional is chosen is shown in it.
        QVERIFY(session.setScript(ChineseScript::TraditionalHongKong));
        session.setArticle(published);
        QCOMPARE(session.article().sections.first().label.zh, QStringLiteral("導語"));
        QCOMPARE(session.publishedArticle().sections.first().label.zh, QStringLiteral("导语"));
    }

    void spellings_findBothScripts_data()
    {
        QTest::addColumn<int>("script");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const int hans = int(ChineseScript::Simplified);
        const int tw = int(ChineseScript::TraditionalTaiwan);
        QTest::newRow("simplified shown, simplified typed")
            << hans << QStringLiteral("奥运") << QStringList{QStringLiteral("奥运")};
        QTest::newRow("simplified shown, traditional typed")
            << hans << QStringLiteral("奧運")
            << QStringList{QStringLiteral("奧運"), QStringLiteral("奥运")};
        QTest::newRow("traditional shown, simplified typed")
            << tw << QStringLiteral("奥运")
            << QStringList{QStringLiteral("奥运"), QStringLiteral("奧運")};
        QTest::newRow("traditional shown, traditional typed")
            << tw << QStringLiteral("奧運")
            << QStringList{QStringLiteral("奧運"), QStringLiteral("奥运")};
        QTest::newRow("no Han") << tw << QStringLiteral("Tokyo 2020")
                                << QStringList{QStringLiteral("Tokyo 2020")};
        QTest::newRow("empty") << tw << QString() << QStringList{QString()};
    }
    void spellings_findBothScripts()
    {
        QFETCH(int, script);
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        ReadingSession session;
        session.setArticle(article());
        QVERIFY(session.setScript(ChineseScript(script)));
        QCOMPARE(session.spellings(typed), expected);
    }

    void anotherArticle_forgetsTheOld()
    {
        ReadingSession session;
        session.setArticle(article());
        QVERIFY(session.goToMilestone(QStringLiteral("late")));
        session.setPlayingChapter(QStringLiteral("other"));
        QSignalSpy history(&session, &ReadingSession::historyChanged);
        session.setArticle(article());
        QCOMPARE(history.size(), 1);
        QVERIFY(!session.canGoBack());
        QVERIFY(session.selectedMilestone().isEmpty());
        QVERIFY(session.playingChapter().isEmpty());
        QCOMPARE(session.position(), ReadingPosition::start());
    }

    void language_isSaidOnlyWhenItChanges()
    {
        ReadingSession session;
        QSignalSpy changed(&session, &ReadingSession::languageChanged);
        session.setLanguage(Language::Chinese);
        session.setLanguage(Language::English);
        session.setLanguage(Language::English);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.language(), Language::English);
    }

    // A one-language layout follows the reading language (the page shows
    // what the reader reads); a bilingual one stays as the reader chose it.
    void layout_followsTheLanguageOnlyWhenItIsOneLanguage_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("expected");
        const int zh = int(Language::Chinese);
        const int en = int(Language::English);
        using L = ReadingLayout;
        QTest::newRow("Chinese page, to English") << zh << int(L::Chinese) << en << int(L::English);
        QTest::newRow("English page, to Chinese") << en << int(L::English) << zh << int(L::Chinese);
        QTest::newRow("English page chosen in Chinese, to English")
            << zh << int(L::English) << en << int(L::English);
        QTest::newRow("side by side stays") << zh << int(L::Parallel) << en << int(L::Parallel);
        QTest::newRow("interleaved stays")
            << en << int(L::Interleaved) << zh << int(L::Interleaved);
    }

    void layout_followsTheLanguageOnlyWhenItIsOneLanguage()
    {
        QFETCH(int, from);
        QFETCH(int, layout);
        QFETCH(int, to);
        QFETCH(int, expected);
        ReadingSession session;
        session.setLanguage(Language(from));
        session.setReadingLayout(ReadingLayout(layout));
        QCOMPARE(session.readingLayout(), ReadingLayout(layout));
        QSignalSpy changed(&session, &ReadingSession::readingLayoutChanged);
        // The same layout again is no change.
        session.setReadingLayout(ReadingLayout(layout));
        QCOMPARE(changed.size(), 0);
        session.setLanguage(Language(to));
        QCOMPARE(session.readingLayout(), ReadingLayout(expected));
        QCOMPARE(changed.size(), expected == layout ? 0 : 1);
        if (!changed.isEmpty())
            QCOMPARE(changed.first().at(0).value<ReadingLayout>(), ReadingLayout(expected));
    }
};

QTEST_GUILESS_MAIN(TestReadingSession)
#include "tst_readingsession.moc"
