#include "core/BundleLoader.h"
#include "core/CaptionTrack.h"

#include <QTest>

using namespace hope::core;

namespace {
const QString kTrack = QStringLiteral(
    "WEBVTT - test\n"
    "\n"
    "NOTE a note\nspanning lines\n"
    "\n"
    "one\n"
    "00:01.000 --> 00:03.000\n"
    "First\n"
    "\n"
    "00:02.500 --> 00:04.000 line:90%\n"
    "<v Narrator>Over</v> <i>lapping</i> &amp; &lt;b&gt;\n"
    "\n"
    "00:06.000 --> 00:07.000\n"
    "Two\nlines\n");
}  // namespace

class TestCaptionTrack : public QObject
{
    Q_OBJECT

private slots:
    void cueTiming_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("next");
        // The line a listener is on: the last to have started.
        QTest::addColumn<int>("cue");
        QTest::newRow("before any") << qint64(0) << QString() << qint64(1000) << -1;
        QTest::newRow("at a start") << qint64(1000) << QStringLiteral("First") << qint64(2500) << 0;
        QTest::newRow("inside") << qint64(2000) << QStringLiteral("First") << qint64(2500) << 0;
        QTest::newRow("overlapping")
            << qint64(2700) << QStringLiteral("First\nOver lapping & <b>") << qint64(6000) << 1;
        QTest::newRow("at an end, gone")
            << qint64(3000) << QStringLiteral("Over lapping & <b>") << qint64(6000) << 1;
        QTest::newRow("in a gap") << qint64(5000) << QString() << qint64(6000) << 1;
        QTest::newRow("two lines")
            << qint64(6500) << QStringLiteral("Two\nlines") << qint64(-1) << 2;
        QTest::newRow("after all") << qint64(9000) << QString() << qint64(-1) << 2;
    }

    void cueTiming()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QFETCH(qint64, next);
        QFETCH(int, cue);
        const CaptionTrack::ParseResult r = CaptionTrack::parse(kTrack);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.track.cues().size(), 3);
        QCOMPARE(r.track.textAt(ms), text);
        QCOMPARE(r.track.nextCueStart(ms), next);
        QCOMPARE(r.track.cueIndexAt(ms), cue);
    }

    void cueEndingIn_data()
    {
        QTest::addColumn<qint64>("after");
        QTest::addColumn<qint64>("upto");
        QTest::addColumn<int>("cue");
        QTest::newRow("nothing ends") << qint64(1000) << qint64(2900) << -1;
        QTest::newRow("reaches the end") << qint64(2900) << qint64(3000) << 0;
        QTest::newRow("the end itself is past") << qint64(3000) << qint64(3100) << -1;
        QTest::newRow("past the second") << qint64(3900) << qint64(4100) << 1;
        QTest::newRow("backwards finds none") << qint64(4100) << qint64(3900) << -1;
        QTest::newRow("the last") << qint64(6900) << qint64(7000) << 2;
    }

    void cueEndingIn()
    {
        QFETCH(qint64, after);
        QFETCH(qint64, upto);
        QFETCH(int, cue);
        const CaptionTrack::ParseResult r = CaptionTrack::parse(kTrack);
        QCOMPARE(r.track.cueEndingIn(after, upto), cue);
    }

    void malformed_isReportedWithItsLine_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("error");
        QTest::newRow("no header")
            << QStringLiteral("00:01.000 --> 00:02.000\nx\n")
            << QStringLiteral("line 1: a WebVTT file starts with \"WEBVTT\"");
        QTest::newRow("bad timestamp")
            << QStringLiteral("WEBVTT\n\n00:01.000 --> 00:2.000\nx\n")
            << QStringLiteral("line 3: malformed timestamp in \"00:01.000 --> 00:2.000\"");
        QTest::newRow("letters in a timestamp")
            << QStringLiteral("WEBVTT\n\nid\n00:aa.000 --> 00:02.000\nx\n")
            << QStringLiteral("line 4: malformed timestamp");
        QTest::newRow("ends before it starts")
            << QStringLiteral("WEBVTT\n\n00:03.000 --> 00:02.000\nx\n")
            << QStringLiteral("line 3: the cue ends before it starts");
        QTest::newRow("identifier without timing")
            << QStringLiteral("WEBVTT\n\nid\nno timing here\n")
            << QStringLiteral("line 4: expected a cue timing");
    }

    void malformed_isReportedWithItsLine()
    {
        QFETCH(QString, source);
        QFETCH(QString, error);
        const CaptionTrack::ParseResult r = CaptionTrack::parse(source);
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errors.first().startsWith(error), qPrintable(r.errors.first()));
    }

    // The shipped captions, as the reader loads them from the embedded
    // bundle: one cue at a time (none starts before the one before it has
    // ended), each up for one to seven seconds, at most two lines of at most
    // 42 characters (English) or 16 (Chinese), the usual limits for a
    // screen, and none over the title or end card, whose lines and stand-in
    // notice are burned into the picture.
    void shippedTracks_neverOverlap_norRunPastSevenSeconds_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void shippedTracks_neverOverlap_norRunPastSevenSeconds()
    {
        QFETCH(QString, language);
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        const ClipInfo &clip = r.article->clip;
        const CaptionTrack &track = language == u"zh" ? clip.captionsZh : clip.captionsEn;
        QVERIFY(track.cues().size() >= 5);
        const qint64 endCard = clip.chapters.last().startMs;
        QCOMPARE(endCard, 41000);
        const qint64 titleCardEnd = clip.chapters.at(1).startMs;
        QCOMPARE(titleCardEnd, 5000);
        const qsizetype maxLine = language == u"zh" ? 16 : 42;
        const auto describe = [](const CaptionCue &c) {
            return QStringLiteral("%1 s --> %2 s \"%3\"")
                .arg(c.startMs / 1000.0, 0, 'f', 1)
                .arg(c.endMs / 1000.0, 0, 'f', 1)
                .arg(c.text);
        };
        for (qsizetype i = 0; i < track.cues().size(); ++i) {
            const CaptionCue &cue = track.cues().at(i);
            QVERIFY2(cue.endMs - cue.startMs <= 7000, qPrintable(describe(cue)));
            QVERIFY2(cue.endMs - cue.startMs >= 1000, qPrintable(describe(cue)));
            QVERIFY2(cue.endMs <= endCard, qPrintable(describe(cue)));
            QVERIFY2(cue.startMs >= titleCardEnd, qPrintable(describe(cue)));
            const QStringList lines = cue.text.split(u'\n');
            QVERIFY2(lines.size() <= 2, qPrintable(describe(cue)));
            for (const QString &line : lines)
                QVERIFY2(line.size() <= maxLine && !line.trimmed().isEmpty(),
                         qPrintable(describe(cue)));
            if (i > 0) {
                const CaptionCue &before = track.cues().at(i - 1);
                QVERIFY2(
                    before.endMs <= cue.startMs,
                    qPrintable(describe(before) + QStringLiteral(" overlaps ") + describe(cue)));
            }
        }
    }

    void windowsLineEndings_andByteOrderMark()
    {
        const CaptionTrack::ParseResult r =
            CaptionTrack::parse(QString(QChar(0xfeff)) +
                                QStringLiteral("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n"));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.track.textAt(1500), QStringLiteral("Hi"));
    }
};

QTEST_GUILESS_MAIN(TestCaptionTrack)
#include "tst_captiontrack.moc"
