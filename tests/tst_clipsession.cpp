// ClipSession without a window or a player: the player's reports are
// played in by hand, so every rule is checked without real-time playback.
#include "core/ClipSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;

Q_DECLARE_METATYPE(hope::core::ClipProblem::Kind)
Q_DECLARE_METATYPE(hope::core::ClipFacts)
Q_DECLARE_METATYPE(hope::core::PlayerReport)

namespace {
// 48 s, chapters at 0, 5, 12, 20 s; one caption per chapter.
ClipInfo clip()
{
    ClipInfo c;
    c.sourcePath = QStringLiteral("/clip.webm");
    c.durationMs = 48000;
    const QList<std::pair<const char *, qint64>> chapters = {
        {"title", 0}, {"darkness", 5000}, {"taiko", 12000}, {"street", 20000}};
    for (const auto &[id, start] : chapters) {
        ClipChapter ch;
        ch.id = QString::fromLatin1(id);
        ch.startMs = start;
        c.chapters << ch;
    }
    c.captionsEn = CaptionTrack::parse(QStringLiteral("WEBVTT\n\n00:00.000 --> 00:04.000\nHope\n\n"
                                                      "00:12.000 --> 00:19.000\nDrums\n"))
                       .track;
    c.captionsZh =
        CaptionTrack::parse(QStringLiteral("WEBVTT\n\n00:00.000 --> 00:04.000\n希望\n")).track;
    return c;
}
}  // namespace

class TestClipSession : public QObject
{
    Q_OBJECT

private slots:
    void cue_followsThePosition_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<int>("cue");
        QTest::newRow("in the first") << qint64(1000) << 0;
        QTest::newRow("after it, still on it") << qint64(8000) << 0;
        QTest::newRow("the second") << qint64(12000) << 1;
        QTest::newRow("long after") << qint64(40000) << 1;
    }

    void cue_followsThePosition()
    {
        QFETCH(qint64, ms);
        QFETCH(int, cue);
        ClipSession s;
        s.setClip(clip(), Language::English);
        QCOMPARE(s.currentCue(), -1);  // nothing plays yet
        QSignalSpy changed(&s, &ClipSession::cueChanged);
        s.seek(ms);
        QCOMPARE(s.currentCue(), cue);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), cue);
        // The Chinese track has one line only.
        s.setLanguage(Language::Chinese);
        QCOMPARE(s.currentCue(), 0);
    }

    void previousAndNextCue_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("direction");
        QTest::addColumn<qint64>("to");
        QTest::newRow("next from a gap") << qint64(5000) << 1 << qint64(12000);
        QTest::newRow("next from the first") << qint64(1000) << 1 << qint64(12000);
        QTest::newRow("no line after the last") << qint64(15000) << 1 << qint64(15000);
        QTest::newRow("back to this line's start") << qint64(15000) << -1 << qint64(12000);
        QTest::newRow("just started: the line before") << qint64(12500) << -1 << qint64(0);
        QTest::newRow("the first line has none before") << qint64(500) << -1 << qint64(0);
    }

    void previousAndNextCue()
    {
        QFETCH(qint64, from);
        QFETCH(int, direction);
        QFETCH(qint64, to);
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(from);
        direction < 0 ? s.previousCue() : s.nextCue();
        QCOMPARE(s.position(), to);
    }

    // A player that has started and is ready; the reports are played in.
    void repeat_loopsTheLine_untilStopped()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.playerStarted();
        s.setPlayerReady(true);
        s.setPlaying(true);
        s.seek(13000);
        s.playerPositionChanged(13000);
        QSignalSpy seeks(&s, &ClipSession::seekRequested);
        QSignalSpy repeat(&s, &ClipSession::repeatChanged);
        QVERIFY(s.startRepeat());
        QCOMPARE(repeat.count(), 1);
        QVERIFY(repeat.first().at(0).toBool());
        QCOMPARE(seeks.count(), 0);  // inside the line: it plays on to its end
        s.playerPositionChanged(18960);
        QCOMPARE(seeks.count(), 0);
        s.playerPositionChanged(19000);  // the line's end
        QCOMPARE(seeks.count(), 1);
        QCOMPARE(seeks.last().at(0).toLongLong(), 12000);
        QCOMPARE(s.position(), 12000);
        s.playerPositionChanged(12000);
        s.playerPositionChanged(16000);
        s.playerPositionChanged(19080);  // reported a little late
        QCOMPARE(seeks.count(), 2);
        QCOMPARE(s.loop().rounds(), 2);
        QVERIFY(s.isRepeating());
        s.playerPositionChanged(12000);
        s.stopRepeat();
        QCOMPARE(repeat.count(), 2);
        QVERIFY(!repeat.last().at(0).toBool());
        s.playerPositionChanged(18000);
        s.playerPositionChanged(19100);
        QCOMPARE(seeks.count(), 2);  // plays on past the line
        QCOMPARE(s.position(), 19100);
    }

    void repeat_fromThePauseAfterALine_startsItOver()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(6000);  // "Hope" ended at 4 s
        QVERIFY(s.startRepeat());
        QCOMPARE(s.position(), 0);
        QCOMPARE(s.loop().to(), 4000);
    }

    void repeat_endsWhenTheReaderGoesElsewhere_andMovesWithTheLineKeys()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(1000);
        QVERIFY(s.startRepeat());
        s.nextCue();  // the next line repeats now
        QVERIFY(s.isRepeating());
        QCOMPARE(s.position(), 12000);
        QCOMPARE(s.loop().from(), 12000);
        QCOMPARE(s.loop().to(), 19000);
        s.seek(11950);  // within a seek's landing of the start: still the line
        QVERIFY(s.isRepeating());
        QSignalSpy repeat(&s, &ClipSession::repeatChanged);
        s.seek(30000);
        QVERIFY(!s.isRepeating());
        QCOMPARE(repeat.count(), 1);
        // With no clip there is nothing to repeat.
        ClipSession none;
        QVERIFY(!none.startRepeat());
    }

    void pauseAfterCue_onlyWhenPlayedPastALinesEnd()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.playerStarted();
        s.setPlayerReady(true);
        s.setPlaying(true);
        s.setPauseAfterCue(true);
        QSignalSpy pause(&s, &ClipSession::pauseRequested);
        s.playerPositionChanged(3900);
        QCOMPARE(pause.count(), 0);
        s.playerPositionChanged(4100);  // played past "Hope"'s end
        QCOMPARE(pause.count(), 1);
        s.playerPositionChanged(18000);  // a jump, not playing on
        s.playerPositionChanged(18500);
        QCOMPARE(pause.count(), 1);
        s.setPlaying(false);
        s.playerPositionChanged(19100);  // paused: a report is not playing on
        QCOMPARE(pause.count(), 1);
        s.setPlaying(true);
        s.setPauseAfterCue(false);
        s.playerPositionChanged(18900);
        s.playerPositionChanged(19100);
        QCOMPARE(pause.count(), 1);
    }

    void seek_clampsToTheClip_data()
    {
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("inside") << qint64(7000) << qint64(7000);
        QTest::newRow("before the start") << qint64(-3000) << qint64(0);
        QTest::newRow("at the length") << qint64(48000) << qint64(47999);
        QTest::newRow("past the end") << qint64(90000) << qint64(47999);
    }

    void seek_clampsToTheClip()
    {
        QFETCH(qint64, to);
        QFETCH(qint64, expected);
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(to);
        QCOMPARE(s.position(), expected);
    }

    void seek_clampsToTheMediasOwnLength_onceKnown()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.setMediaDuration(30000);
        s.seek(40000);
        QCOMPARE(s.position(), 29999);
    }

    void keys_stepAndMoveByChapter_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("step forward") << qint64(0) << QStringLiteral("step+") << qint64(5000);
        QTest::newRow("step back from 3 s") << qint64(3000) << QStringLiteral("step-") << qint64(0);
        QTest::newRow("step past the end")
            << qint64(46000) << QStringLiteral("step+") << qint64(47999);
        QTest::newRow("next chapter") << qint64(5000) << QStringLiteral("next") << qint64(12000);
        QTest::newRow("next from the last")
            << qint64(30000) << QStringLiteral("next") << qint64(30000);
        QTest::newRow("previous, just into a chapter: the one before")
            << qint64(12000) << QStringLiteral("previous") << qint64(5000);
        QTest::newRow("previous, well into a chapter: its start")
            << qint64(16000) << QStringLiteral("previous") << qint64(12000);
        QTest::newRow("previous in the first")
            << qint64(1000) << QStringLiteral("previous") << qint64(0);
    }

    void keys_stepAndMoveByChapter()
    {
        QFETCH(qint64, from);
        QFETCH(QString, action);
        QFETCH(qint64, expected);
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(from);
        if (action == u"step+")
            s.step(+1);
        else if (action == u"step-")
            s.step(-1);
        else if (action == u"next")
            s.nextChapter();
        else
            s.previousChapter();
        QCOMPARE(s.position(), expected);
    }

    void chapterAndCaption_followThePosition_byId_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<QString>("caption");
        QTest::newRow("start") << qint64(1000) << QStringLiteral("title") << QStringLiteral("Hope");
        QTest::newRow("gap in captions") << qint64(6000) << QStringLiteral("darkness") << QString();
        QTest::newRow("third") << qint64(13000) << QStringLiteral("taiko")
                               << QStringLiteral("Drums");
        QTest::newRow("last") << qint64(47000) << QStringLiteral("street") << QString();
    }

    void chapterAndCaption_followThePosition_byId()
    {
        QFETCH(qint64, at);
        QFETCH(QString, chapter);
        QFETCH(QString, caption);
        ClipSession s;
        s.setClip(clip(), Language::English);
        QSignalSpy chapters(&s, &ClipSession::chapterChanged);
        // As a playing player reports it.
        s.playerStarted();
        s.setPlayerReady(true);
        s.playerPositionChanged(at);
        QCOMPARE(s.currentChapterId(), chapter);
        QCOMPARE(s.caption(), caption);
        QCOMPARE(chapters.count(), 1);
        QCOMPARE(chapters.first().at(0).toString(), chapter);
        // The same place again says nothing new.
        s.playerPositionChanged(at + 10);
        QCOMPARE(chapters.count(), 1);
    }

    void noChapterIsMarked_untilTheReaderMoves()
    {
        ClipSession s;
        QSignalSpy chapters(&s, &ClipSession::chapterChanged);
        s.setClip(clip(), Language::English);
        s.restorePosition(13000);
        QCOMPARE(s.position(), 13000);
        QVERIFY(s.currentChapterId().isEmpty());
        QVERIFY(chapters.isEmpty());
        QVERIFY(s.seekToChapter(QStringLiteral("street")));
        QCOMPARE(s.currentChapterId(), QStringLiteral("street"));
        QVERIFY(!s.seekToChapter(QStringLiteral("nowhere")));
        QVERIFY(!s.seekToChapter(QString()));
        QCOMPARE(s.position(), 20000);
    }

    void caption_followsTheLanguage()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(1000);
        QCOMPARE(s.caption(), QStringLiteral("Hope"));
        QSignalSpy captions(&s, &ClipSession::captionChanged);
        s.setLanguage(Language::Chinese);
        QCOMPARE(s.caption(), QStringLiteral("希望"));
        QCOMPARE(captions.count(), 1);
    }

    // Qt 6.4 blocks on or drops a seek made before the media is loaded and
    // seekable: the session holds it, and the player's stale reports with it.
    void seek_isHeldUntilThePlayerIsReady_data()
    {
        QTest::addColumn<bool>("readyFirst");
        QTest::newRow("player not ready yet") << false;
        QTest::newRow("player ready") << true;
    }

    void seek_isHeldUntilThePlayerIsReady()
    {
        QFETCH(bool, readyFirst);
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.seek(9000);
        QSignalSpy seeks(&s, &ClipSession::seekRequested);
        s.playerStarted();  // the player goes where the reader is
        if (readyFirst) {
            s.setPlayerReady(true);
            QCOMPARE(seeks.count(), 1);
            QCOMPARE(seeks.takeFirst().at(0).toLongLong(), 9000);
        }
        s.seek(21000);
        QCOMPARE(seeks.count(), readyFirst ? 1 : 0);
        if (!readyFirst) {
            s.playerPositionChanged(0);  // where it was: not believed
            QCOMPARE(s.position(), 21000);
        }
        s.setPlayerReady(true);
        QCOMPARE(seeks.count(), 1);
        QCOMPARE(seeks.last().at(0).toLongLong(), 21000);
        s.playerPositionChanged(21040);  // now it is
        QCOMPARE(s.position(), 21040);
        s.setPlayerReady(false);
        s.seek(30000);
        QCOMPARE(seeks.count(), 1);
        s.playerReleased();
        QCOMPARE(s.position(), 30000);
        QVERIFY(!s.hasPlayer());
    }

    void end_isAnEnd_orAFileCutShort_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<ClipProblem::Kind>("problem");
        QTest::newRow("at the end") << qint64(47900) << true << ClipProblem::Kind::None;
        QTest::newRow("within two seconds") << qint64(46500) << true << ClipProblem::Kind::None;
        QTest::newRow("cut short") << qint64(15000) << false << ClipProblem::Kind::CutShort;
    }

    void end_isAnEnd_orAFileCutShort()
    {
        QFETCH(qint64, at);
        QFETCH(bool, ended);
        QFETCH(ClipProblem::Kind, problem);
        ClipSession s;
        s.setClip(clip(), Language::English);
        s.playerStarted();
        s.setPlayerReady(true);
        s.playerPositionChanged(at);
        s.playerEnded();
        QCOMPARE(s.hasEnded(), ended);
        QCOMPARE(s.problem().kind, problem);
        if (ended) {
            // Play again starts from the beginning.
            s.rewindIfEnded();
            QCOMPARE(s.position(), 0);
            QVERIFY(!s.hasEnded());
        } else {
            QCOMPARE(s.problem().atMs, at);
            QCOMPARE(s.problem().lengthMs, 48000);
        }
    }

    void problem_isSaidOnce()
    {
        ClipSession s;
        s.setClip(clip(), Language::English);
        QSignalSpy changed(&s, &ClipSession::problemChanged);
        s.setProblem({ClipProblem::Kind::NotShown, QStringLiteral("first")});
        s.setProblem({ClipProblem::Kind::NotAVideo, QStringLiteral("second")});
        QCOMPARE(s.problem().detail, QStringLiteral("first"));
        QCOMPARE(changed.count(), 1);
        s.clearProblem();
        QVERIFY(s.problem().isNone());
    }

    void diagnoseStart_data()
    {
        QTest::addColumn<ClipFacts>("facts");
        QTest::addColumn<ClipProblem::Kind>("expected");
        const ClipFacts fine;
        QTest::newRow("all there") << fine << ClipProblem::Kind::None;
        ClipFacts f = fine;
        f.fileExists = false;
        f.backend = false;
        QTest::newRow("missing file, first") << f << ClipProblem::Kind::MissingFile;
        f = fine;
        f.refusal = QStringLiteral("is not a regular file");
        f.backend = false;
        QTest::newRow("refused before anything loads") << f << ClipProblem::Kind::Refused;
        f = fine;
        f.backend = false;
        f.missingPackages = {QStringLiteral("gstreamer1.0-plugins-good")};
        QTest::newRow("no backend") << f << ClipProblem::Kind::NoBackend;
        f = fine;
        f.missingPackages = {QStringLiteral("gstreamer1.0-plugins-good")};
        f.moduleError = QStringLiteral("not there");
        QTest::newRow("GStreamer plugins missing") << f << ClipProblem::Kind::MissingPlugins;
        f = fine;
        f.moduleError = QStringLiteral("not there");
        QTest::newRow("no player module") << f << ClipProblem::Kind::NoPlayerModule;
        f = fine;
        f.unknownBackend = QStringLiteral("nosuchbackend");
        f.moduleError = QStringLiteral("not there");
        QTest::newRow("QT_MEDIA_BACKEND names none, before the module loads")
            << f << ClipProblem::Kind::NoBackend;
    }

    void diagnoseStart()
    {
        QFETCH(ClipFacts, facts);
        QFETCH(ClipProblem::Kind, expected);
        QCOMPARE(ClipSession::diagnoseStart(facts).kind, expected);
        // The backend asked for is named, for the message.
        if (!facts.unknownBackend.isEmpty())
            QCOMPARE(ClipSession::diagnoseStart(facts).detail, facts.unknownBackend);
    }

    void diagnoseFailure_data()
    {
        QTest::addColumn<ClipFacts>("facts");
        QTest::addColumn<PlayerReport>("report");
        QTest::addColumn<ClipProblem::Kind>("expected");
        const ClipFacts fine;
        const PlayerReport failedAtOnce{PlayerError::Resource, QStringLiteral("said"), false, 0};
        ClipFacts f = fine;
        f.fileExists = false;
        QTest::newRow("file gone meanwhile") << f << failedAtOnce << ClipProblem::Kind::MissingFile;
        f = fine;
        f.missingPackages = {QStringLiteral("gstreamer1.0-plugins-base")};
        QTest::newRow("plugins gone") << f << failedAtOnce << ClipProblem::Kind::MissingPlugins;
        QTest::newRow("codec not found") << fine << PlayerReport{PlayerError::Format, {}, false, 0}
                                         << ClipProblem::Kind::NoDecoder;
        f = fine;
        f.missingDecoders = {QStringLiteral("HOPX video decoder")};
        QTest::newRow("discoverer names a decoder")
            << f << failedAtOnce << ClipProblem::Kind::NoDecoder;
        QTest::newRow("after a picture: not a decoder")
            << f << PlayerReport{PlayerError::Resource, {}, true, 15000}
            << ClipProblem::Kind::StoppedPartway;
        QTest::newRow("a container, no picture")
            << fine << failedAtOnce << ClipProblem::Kind::NotShown;
        f = fine;
        f.looksLikeVideo = false;
        QTest::newRow("not a container") << f << failedAtOnce << ClipProblem::Kind::NotAVideo;
    }

    void diagnoseFailure()
    {
        QFETCH(ClipFacts, facts);
        QFETCH(PlayerReport, report);
        QFETCH(ClipProblem::Kind, expected);
        const ClipProblem problem = ClipSession::diagnoseFailure(facts, report);
        QCOMPARE(problem.kind, expected);
        if (expected == ClipProblem::Kind::StoppedPartway)
            QCOMPARE(problem.atMs, report.positionMs);
        if (expected == ClipProblem::Kind::NoDecoder)
            QCOMPARE(problem.missing, facts.missingDecoders);
        // A pure function: the same question, the same answer.
        QCOMPARE(ClipSession::diagnoseFailure(facts, report), problem);
    }

    void looksLikeVideo_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("expected");
        QTest::newRow("Matroska, WebM") << QByteArray("\x1a\x45\xdf\xa3\x01\x00", 6) << true;
        QTest::newRow("MP4") << QByteArray(
                                    "\0\0\0\x20"
                                    "ftypisom",
                                    12)
                             << true;
        QTest::newRow("Ogg") << QByteArray("OggS\0\x02", 6) << true;
        QTest::newRow("text") << QByteArray("WEBVTT\n\n00:") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void looksLikeVideo()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, expected);
        QCOMPARE(ClipSession::looksLikeVideo(head), expected);
    }
};

QTEST_GUILESS_MAIN(TestClipSession)
#include "tst_clipsession.moc"
