// ClipPlayer against the real clip, through Qt Multimedia and GStreamer.
// Runs offscreen in the main suite, and again in a real X server with GL
// (and on a busy machine) in the real-window stage of scripts/test.
#include "TestArticle.h"
#include "core/ClipSession.h"
#include "ui/player/ClipPlayer.h"

#include <QFile>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hope::core;
using namespace hope::ui;

class TestClipPlayer : public QObject
{
    Q_OBJECT

private:
    ClipInfo m_clip;
    QTemporaryDir m_dir;
    QString m_fileCopy;

    QUrl urlFor(const QString &kind) const
    {
        if (kind == u"resource")
            return QUrl(QStringLiteral("qrc") + m_clip.sourcePath);
        return QUrl::fromLocalFile(m_fileCopy);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clip = embeddedArticle().clip;
        QVERIFY(m_clip.isValid());
        QVERIFY(m_clip.sourcePath.startsWith(u':'));
        QVERIFY(m_dir.isValid());
        m_fileCopy = m_dir.filePath(QStringLiteral("hope-clip.webm"));
        QVERIFY(QFile::copy(m_clip.sourcePath, m_fileCopy));
        qInfo("platform %s", qPrintable(QGuiApplication::platformName()));
        // The real-window stage asks for GL on: prove it is, or the stage
        // would not test the path that failed in users' windows.
        if (qEnvironmentVariableIsSet("HOPE_EXPECT_GL")) {
            QOpenGLContext context;
            QVERIFY(context.create());
            QOffscreenSurface surface;
            surface.create();
            QVERIFY(context.makeCurrent(&surface));
            qInfo("GL: %s",
                  reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER)));
            context.doneCurrent();
        }
    }

    void playsToTheEnd_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("embedded resource") << QStringLiteral("resource");
        QTest::newRow("file on disk") << QStringLiteral("file");
    }

    // Frames arrive, the position advances with them, and the end comes:
    // every wait is on the player's own signals.
    void playsToTheEnd()
    {
        QFETCH(QString, source);
        ClipPlayer player;
        QSignalSpy failed(&player, &ClipPlayer::failed);
        QSignalSpy frames(&player, &ClipPlayer::frameReady);
        QSignalSpy ended(&player, &ClipPlayer::endReached);
        player.setMuted(true);
        player.setSource(urlFor(source));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 5 || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const QImage first = frames.first().at(0).value<QImage>();
        QCOMPARE(first.size(), QSize(960, 540));
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 2000 || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        player.seek(44000);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        // The picture at the end is not the one at the start.
        const QImage last = frames.last().at(0).value<QImage>();
        QVERIFY(last != first);
        const qint64 lastTime = frames.last().at(1).toLongLong();
        QVERIFY2(lastTime > 44000, qPrintable(QString::number(lastTime)));
        qInfo("%lld frames shown, %d skipped, %.2f ms to convert one", qint64(frames.count()),
              player.framesSkipped(), player.averageFrameConversionMs());
    }

    // The fault behind "Internal data stream error" in real windows: Qt's
    // sink waits at most 300 ms for a frame's handover, and a handover that
    // ends just as the wait runs out stops the pipeline. Whatever the reader
    // does in the GUI thread (here it holds it for 800 ms, as first-time GL
    // set-up did on a busy machine), frames are still handed over, and
    // playback goes on.
    void aSlowFrameConsumerDoesNotStopPlayback()
    {
        ClipPlayer player;
        QSignalSpy failed(&player, &ClipPlayer::failed);
        int shown = 0;
        int handedOverWhileBlocked = 0;
        connect(&player, &ClipPlayer::frameReady, this,
                [&shown, &handedOverWhileBlocked, &player](const QImage &, qint64) {
                    if (shown++ >= 3)
                        return;
                    const int skippedBefore = player.framesSkipped();
                    QThread::msleep(800);
                    handedOverWhileBlocked += player.framesSkipped() - skippedBefore;
                });
        player.setMuted(true);
        player.setSource(urlFor(QStringLiteral("resource")));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(shown > 10 || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 3000 || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QVERIFY(player.isPlaying());
        // Had the handover waited for this thread, none would have come.
        QVERIFY2(handedOverWhileBlocked > 0, qPrintable(QString::number(handedOverWhileBlocked)));
    }

    void seekWhileLoading_landsThere_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("embedded resource") << QStringLiteral("resource");
        QTest::newRow("file on disk") << QStringLiteral("file");
    }

    // A seek asked for while the media loads is held by the session and
    // lands once the player says it is loaded and seekable.
    void seekWhileLoading_landsThere()
    {
        QFETCH(QString, source);
        ClipSession session;
        session.setClip(m_clip, Language::English);
        ClipPlayer player;
        connect(&player, &ClipPlayer::readyChanged, &session, &ClipSession::setPlayerReady);
        connect(&player, &ClipPlayer::positionChanged, &session,
                &ClipSession::playerPositionChanged);
        connect(&session, &ClipSession::seekRequested, &player, &ClipPlayer::seek);
        QSignalSpy failed(&player, &ClipPlayer::failed);
        QSignalSpy frames(&player, &ClipPlayer::frameReady);
        QSignalSpy seeks(&session, &ClipSession::seekRequested);
        player.setMuted(true);
        session.playerStarted();
        player.setSource(urlFor(source));
        session.seek(20000);
        QVERIFY(seeks.isEmpty());  // not yet: Qt 6.4 would block or drop it
        QCOMPARE(session.position(), 20000);
        player.pause();
        QTRY_VERIFY_WITH_TIMEOUT(
            !failed.isEmpty() || std::any_of(frames.cbegin(), frames.cend(),
                                             [](const QList<QVariant> &f) {
                                                 return std::abs(f.at(1).toLongLong() - 20000) <
                                                        1000;
                                             }),
            30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(seeks.count(), 1);
        QVERIFY(player.isReady());
        QVERIFY(!player.isPlaying());
    }
};

QTEST_MAIN(TestClipPlayer)
#include "tst_clipplayer.moc"
