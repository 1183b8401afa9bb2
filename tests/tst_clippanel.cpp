// The clip panel against the real clip: played headless through Qt
// Multimedia and GStreamer, as a user would play it, and broken on purpose.
#include "TestArticle.h"
#include "core/ClipSession.h"
#include "core/ModelRoles.h"
#include "ui/ClipControls.h"
#include "ui/ClipPanel.h"
#include "ui/ClipPlayback.h"
#include "ui/PlayerLoader.h"
#include "ui/SeekSlider.h"
#include "ui/TranscriptView.h"
#include "ui/VideoView.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <sys/stat.h>

using namespace hope::core;
using namespace hope::ui;

namespace {
bool gstreamerLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray all = maps.readAll();
    return all.contains("libgstreamer-1.0") || all.contains("libgstreamermediaplugin");
}

bool multimediaLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Multimedia");
}
}  // namespace

class TestClipPanel : public QObject
{
    Q_OBJECT

private:
    ClipInfo m_clip;
    QTemporaryDir m_dir;

    ClipInfo clipWithSource(const QString &path) const
    {
        ClipInfo c = m_clip;
        c.sourcePath = path;
        // A bundle on disk: its folder is where the clip is.
        c.folder = QFileInfo(path).absolutePath();
        return c;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    QByteArray clipBytes() const
    {
        QFile f(m_clip.sourcePath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clip = embeddedArticle().clip;
        QVERIFY(m_clip.isValid());
        QVERIFY(m_dir.isValid());
    }

    // Runs first: nothing before it has started multimedia in this process.
    void beforePlay_noMultimediaAtAll()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.hasPlayer());
        QVERIFY(!multimediaLoaded());
        // The stand-in clip stays small enough to ship inside the reader.
        QVERIFY(QFileInfo(m_clip.sourcePath).size() <= 4 * 1024 * 1024);
        QVERIFY(!gstreamerLoaded());
        // The poster, title and length show without it.
        const QImage shot = panel.videoView()->grab().toImage();
        QVERIFY(shot.pixelColor(shot.width() / 2, shot.height() / 2 - 20) !=
                    QColor(0x07, 0x08, 0x0c) ||
                shot.pixelColor(shot.width() / 2, shot.height() / 2) != QColor(0x07, 0x08, 0x0c));
        QCOMPARE(panel.controls()->findChild<QLabel *>(QStringLiteral("timeLabel"))->text(),
                 QStringLiteral("0:00 / 0:48"));
    }

    // With no audio output (no sound server, no sound card) the clip plays
    // without sound, and the panel says so in the reading language. The
    // module's own player, behind a factory that says there is no device,
    // so that the test runs the same on a machine with sound.
    void noAudioDevice_isSaid_andThePicturePlays()
    {
        const PlayerLoader::Result &module = PlayerLoader::standard().load();
        QVERIFY2(module.factory, qPrintable(module.error));
        class NoAudioDevice final : public ClipPlayerFactory
        {
        public:
            explicit NoAudioDevice(ClipPlayerFactory *real) : m_real(real) {}
            [[nodiscard]] bool hasAudioDevice() const override { return false; }
            [[nodiscard]] QStringList missingElements() const override
            {
                return m_real->missingElements();
            }
            [[nodiscard]] ClipPlayback *create(ClipPlaybackListener *listener,
                                               QObject *parent) override
            {
                return m_real->create(listener, parent);
            }

        private:
            ClipPlayerFactory *m_real;
        } noAudio(module.factory);
        PlayerLoader loader(PlayerLoader::Result{&noAudio, module.speech, {}, module.path});
        ClipPanel panel;
        panel.setPlayerLoader(&loader);
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("clipStatus"));
        QVERIFY(status);
        auto *mute = panel.controls()->findChild<QToolButton *>(QStringLiteral("muteButton"));
        QVERIFY(mute);
        QVERIFY(panel.controls()->noSoundReason().isEmpty());  // nothing to say before Play
        const int chaptersAt = panel.chapterList()->mapTo(&panel, QPoint()).y();
        QSignalSpy said(&panel, &ClipPanel::announcement);
        QTest::mouseClick(panel.controls()->findChild<QToolButton *>(QStringLiteral("playButton")),
                          Qt::LeftButton);
        const QString english =
            QStringLiteral("No audio device was found: the clip plays without sound.");
        QTRY_COMPARE(panel.controls()->noSoundReason(), english);
        // Said aloud, on the picture and by the sound controls ...
        const auto times = [&] {
            int n = 0;
            for (const auto &args : said) n += args.at(0).toString() == english;
            return n;
        };
        QCOMPARE(times(), 1);
        QCOMPARE(panel.videoView()->note(), english);
        QCOMPARE(mute->toolTip(), english);
        QCOMPARE(mute->accessibleDescription(), english);
        // ... and nothing in the panel moves: no box pushes the chapters down.
        QVERIFY(!status->isVisible());
        // It is said, not a failure: the picture plays on.
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 1500, 15000);
        QVERIFY(panel.videoView()->hasFrame());
        QVERIFY2(panel.problem().isEmpty(), qPrintable(panel.problem()));
        QCOMPARE(panel.chapterList()->mapTo(&panel, QPoint()).y(), chaptersAt);
        QCOMPARE(times(), 1);  // once, not at every report
        // In the other reading language, in its words.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/hope-reader_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        panel.setLanguage(Language::Chinese);
        const QString chinese = mute->toolTip();
        QCoreApplication::removeTranslator(&translator);
        panel.pause();
        QCOMPARE(chinese, QStringLiteral("未找到音频设备：短片将无声播放。"));
    }

    void plays_framesArrive_positionAdvances_chaptersChangeOnTime_endIsReached()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chapters(&panel, &ClipPanel::chapterChanged);
        panel.play();
        QVERIFY2(panel.problem().isEmpty(), qPrintable(panel.problem()));
        QVERIFY(panel.hasPlayer());
        QTRY_VERIFY_WITH_TIMEOUT(panel.videoView()->hasFrame(), 15000);
        QCOMPARE(panel.videoView()->frameSize(), QSize(960, 540));
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 1500, 10000);
        QVERIFY(panel.player()->framesConverted() > 10);
        QCOMPARE(panel.currentChapter(), 0);
        // The title card says what the clip is in the picture: no caption
        // repeats it.
        QCOMPARE(panel.videoView()->caption(), QString());
        // Into the next chapter in real time, and its first caption.
        QTRY_COMPARE_WITH_TIMEOUT(panel.currentChapter(), 1, 8000);
        QVERIFY(panel.position() >= 5000 && panel.position() < 7500);
        QTRY_COMPARE_WITH_TIMEOUT(panel.videoView()->caption(),
                                  QStringLiteral("[Piano: ‘Twinkle, Twinkle, Little Star’]"), 5000);
        // Near the end: the last chapter, then the end.
        panel.seekTo(45000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.currentChapter(), 6, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.session().hasEnded(), 10000);
        QStringList seen;
        for (const auto &args : chapters) seen << args.at(0).toString();
        QVERIFY(seen.size() >= 2 && seen.at(0) == m_clip.chapters.at(0).id &&
                seen.at(1) == m_clip.chapters.at(1).id);
        QCOMPARE(seen.last(), m_clip.chapters.at(6).id);
        QCOMPARE(panel.currentChapterId(), m_clip.chapters.at(6).id);
        qInfo("frame to image %.2f ms, paint %.2f ms over %d frames",
              panel.player()->averageFrameConversionMs(), panel.videoView()->averagePaintMs(),
              panel.player()->framesConverted());
    }

    void showFrameAt_showsThatFrame_paused()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::Chinese);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showFrameAt(15000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.frameTime() - 15000) < 1000, 15000);
        QVERIFY(!panel.player()->isPlaying());
        QTRY_VERIFY(std::abs(panel.position() - 15000) < 500);
        QCOMPARE(panel.videoView()->caption(), QStringLiteral("有在空场演出的和太鼓演员"));
        QCOMPARE(panel.currentChapter(), 2);
        QVERIFY(panel.problem().isEmpty());
    }

    // A file cut short before the time asked for: a paused pipeline says
    // nothing, so the panel does, instead of waiting in silence.
    void showFrameAt_pastTheEndOfACutShortFile_saysSo_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<bool>("shown");
        QTest::newRow("within what is left") << qint64(5000) << true;
        QTest::newRow("past what is left") << qint64(40000) << false;
    }

    void showFrameAt_pastTheEndOfACutShortFile_saysSo()
    {
        QFETCH(qint64, at);
        QFETCH(bool, shown);
        // About the first 15 seconds of the clip.
        const QString cut = writeFile(QStringLiteral("cut-short.webm"), clipBytes().left(300000));
        ClipPanel panel;
        panel.setClip(clipWithSource(cut), Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showFrameAt(at);
        if (shown) {
            QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.frameTime() - at) < 1000, 15000);
            // And it will stay quiet: the frame it asked for came, so the
            // watch that would speak up is off.
            QTRY_VERIFY(!panel.isWaitingForFrame());
            QVERIFY2(panel.problem().isEmpty(), qPrintable(panel.problem()));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!panel.problem().isEmpty(), 20000);
            QCOMPARE(panel.problem(),
                     QStringLiteral("The clip has no picture at 0:40: its file cut-short.webm "
                                    "may be cut short or damaged."));
        }
    }

    void controlsDriveThePlayer_andThePlayerDrivesTheControls()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *playButton = panel.controls()->findChild<QToolButton *>(QStringLiteral("playButton"));
        auto *time = panel.controls()->findChild<QLabel *>(QStringLiteral("timeLabel"));
        QVERIFY(playButton && time);
        // The bundle gives the clip's length as 00:48.000: the seek bar spans
        // it before anything plays.
        SeekSlider *seek = panel.controls()->seekSlider();
        QCOMPARE(seek->minimum(), 0);
        QCOMPARE(seek->maximum(), 48000);
        QSignalSpy said(&panel, &ClipPanel::announcement);
        QTest::mouseClick(playButton, Qt::LeftButton);
        QVERIFY(panel.hasPlayer());
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->isPlaying(), 10000);
        // Said once it plays (the button's new name alone is not spoken),
        // after why there is no sound where there is no audio device.
        QTRY_VERIFY(!said.isEmpty() && said.last().at(0).toString() == u"Playing");
        // Player to controls: the seek bar and the time follow the position.
        QTRY_VERIFY_WITH_TIMEOUT(seek->value() > 1000, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!time->text().startsWith(QStringLiteral("0:00 ")), 5000);
        QVERIFY2(time->text().endsWith(QStringLiteral(" / 0:48")), qPrintable(time->text()));
        // The length the media reports, once known, is the same 48 s.
        QVERIFY2(std::abs(seek->maximum() - 48000) < 200,
                 qPrintable(QString::number(seek->maximum())));
        // While the user holds the handle, the player plays on but does not
        // move it out from under the pointer.
        const QPoint handle(seek->xForValue(seek->value()), seek->height() / 2);
        QTest::mousePress(seek, Qt::LeftButton, {}, handle);
        QVERIFY(seek->isSliderDown());
        const int held = seek->value();
        const qint64 playerWasAt = panel.position();
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > playerWasAt + 1000, 5000);
        QCOMPARE(seek->value(), held);
        // Let go: it follows the player again.
        QTest::mouseRelease(seek, Qt::LeftButton, {}, handle);
        QVERIFY(!seek->isSliderDown());
        QTRY_VERIFY(seek->value() > held + 1000);
        // Controls to player: a click on the groove seeks there.
        QTest::mouseClick(seek, Qt::LeftButton, {},
                          QPoint(seek->xForValue(30000), seek->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.position() - 30000) < 1500, 5000);
        QCOMPARE(panel.currentChapter(), 4);
        // Pause from the button.
        QTest::mouseClick(playButton, Qt::LeftButton);
        QTRY_VERIFY(!panel.player()->isPlaying());
        QVERIFY(!panel.session().isPlaying());
        QTRY_COMPARE(said.last().at(0).toString(), QStringLiteral("Paused"));
        // Volume: the slider is logarithmic, the player linear.
        auto *volume = panel.controls()->findChild<QSlider *>(QStringLiteral("volumeSlider"));
        volume->setValue(50);
        const float linear = panel.player()->volume();
        QVERIFY2(linear > 0.05f && linear < 0.4f, qPrintable(QString::number(linear)));
        auto *mute = panel.controls()->findChild<QToolButton *>(QStringLiteral("muteButton"));
        QTest::mouseClick(mute, Qt::LeftButton);
        QVERIFY(panel.player()->isMuted());
        QVERIFY(panel.preferences().muted);
    }

    void keys_whenThePanelHasFocus()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        QTest::keyClick(&panel, Qt::Key_Right);
        QCOMPARE(panel.position(), 5000);
        QVERIFY(!panel.hasPlayer());  // seeking alone starts nothing
        QTest::keyClick(&panel, Qt::Key_PageDown);
        QCOMPARE(panel.position(), 12000);
        QTest::keyClick(&panel, Qt::Key_PageUp);
        QCOMPARE(panel.position(), 5000);
        QTest::keyClick(&panel, Qt::Key_Left);
        QCOMPARE(panel.position(), 0);
        QTest::keyClick(&panel, Qt::Key_C);
        QVERIFY(!panel.preferences().captions);
        QTest::keyClick(&panel, Qt::Key_M);
        QVERIFY(panel.preferences().muted);
        const float before = panel.preferences().volume;
        QTest::keyClick(&panel, Qt::Key_Down);
        QVERIFY(panel.preferences().volume < before);
        QTest::keyClick(&panel, Qt::Key_K);
        QVERIFY(panel.hasPlayer());
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->isPlaying(), 10000);
        QTest::keyClick(&panel, Qt::Key_Space);
        QTRY_VERIFY(!panel.player()->isPlaying());
        QTest::keyClick(&panel, Qt::Key_F);
        QVERIFY(panel.isFullscreen());
        QTest::keyClick(panel.videoView()->window(), Qt::Key_Escape);
        QVERIFY(!panel.isFullscreen());
    }

    // A screen reader reads the position in seconds and sets it to seek;
    // the speed box is named in words and says its speed as its value; the
    // panel's keys that toggle say what they did.
    void accessibility_positionInSeconds_speedInWords_togglesSpoken()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The panel is a panel (Qt's role for a QFrame is a frame, which Orca
        // reads as a window).
        QCOMPARE(QAccessible::queryAccessibleInterface(&panel)->role(), QAccessible::Pane);
        QAccessibleInterface *seek =
            QAccessible::queryAccessibleInterface(panel.controls()->seekSlider());
        QVERIFY(seek && seek->valueInterface());
        QCOMPARE(seek->valueInterface()->maximumValue().toDouble(), m_clip.durationMs / 1000.0);
        seek->valueInterface()->setCurrentValue(12.5);
        QCOMPARE(panel.position(), 12500);
        QVERIFY(!panel.hasPlayer());
        QCOMPARE(seek->valueInterface()->currentValue().toDouble(), 12.5);
        auto *rate = panel.controls()->findChild<QComboBox *>(QStringLiteral("rateBox"));
        QAccessibleInterface *box = QAccessible::queryAccessibleInterface(rate);
        QCOMPARE(box->text(QAccessible::Name), QStringLiteral("Playback speed"));
        QCOMPARE(box->text(QAccessible::Value), QStringLiteral("normal speed"));
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        QSignalSpy said(&panel, &ClipPanel::announcement);
        QTest::keyClick(&panel, Qt::Key_M);
        QTest::keyClick(&panel, Qt::Key_C);
        QCOMPARE(said.size(), 2);
        QCOMPARE(said.at(0).at(0).toString(), QStringLiteral("Sound off"));
        QCOMPARE(said.at(1).at(0).toString(), QStringLiteral("Captions off"));
        // The speed, by the panel's key and by Down in the box, is said in
        // words (Orca says nothing of a combo box's new entry in Qt 6.4).
        QTest::keyClick(&panel, Qt::Key_BracketRight);
        QCOMPARE(said.size(), 3);
        QCOMPARE(said.at(2).at(0).toString(), QStringLiteral("Playback speed: 1.25 times"));
        rate->setFocus();
        QTRY_VERIFY(rate->hasFocus());
        QTest::keyClick(rate, Qt::Key_Down);
        QCOMPARE(said.size(), 4);
        QCOMPARE(said.at(3).at(0).toString(), QStringLiteral("Playback speed: 1.5 times"));
        QCOMPARE(box->text(QAccessible::Name), QStringLiteral("Playback speed"));
        QCOMPARE(box->text(QAccessible::Value), QStringLiteral("1.5 times"));
    }

    void speedKeys_stepTheSpeed_andTheBoxNeverShowsEmpty()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(240, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        auto *rate = panel.controls()->findChild<QComboBox *>(QStringLiteral("rateBox"));
        QVERIFY(rate);
        QCOMPARE(rate->currentText(), QStringLiteral("1\u00d7"));
        QTest::keyClick(&panel, Qt::Key_BracketRight);
        QCOMPARE(panel.controls()->rate(), 1.25);
        QCOMPARE(rate->currentText(), QStringLiteral("1.25\u00d7"));
        QTest::keyClick(&panel, Qt::Key_BracketLeft);
        QTest::keyClick(&panel, Qt::Key_BracketLeft);
        QTest::keyClick(&panel, Qt::Key_BracketLeft);
        QTest::keyClick(&panel, Qt::Key_BracketLeft);
        QCOMPARE(panel.controls()->rate(), 0.5);  // the slowest, not past it
        // At this narrow width the box still holds its widest entry.
        const int widest = rate->fontMetrics().horizontalAdvance(QStringLiteral("1.25\u00d7"));
        QVERIFY2(rate->width() > widest, qPrintable(QString::number(rate->width())));
        // And no two controls overlap.
        QList<QWidget *> shown;
        for (QWidget *w : panel.controls()->findChildren<QWidget *>()) {
            if (w->isVisible() && w->parentWidget() == panel.controls())
                shown << w;
        }
        for (int i = 0; i < shown.size(); ++i) {
            for (int j = i + 1; j < shown.size(); ++j)
                QVERIFY2(!shown[i]->geometry().intersects(shown[j]->geometry()),
                         qPrintable(shown[i]->objectName() + u' ' + shown[j]->objectName()));
            QVERIFY2(panel.controls()->rect().contains(shown[i]->geometry()),
                     qPrintable(shown[i]->objectName()));
        }
    }

    // Scrolling the panel with the wheel over the speed box or the volume
    // changes neither: they leave the event unaccepted, and Qt hands a
    // real (spontaneous) wheel event on to the scrolling panel, as the
    // real-window run shows.
    void wheel_overTheSpeedBox_isLeftToThePanel()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *rate = panel.controls()->findChild<QComboBox *>(QStringLiteral("rateBox"));
        auto *volume = panel.controls()->findChild<QSlider *>(QStringLiteral("volumeSlider"));
        QVERIFY(rate && volume);
        volume->setValue(50);
        const auto turn = [](QWidget *w) {
            const QPoint at = w->rect().center();
            QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &wheel);
            return wheel.isAccepted();
        };
        QVERIFY(!turn(rate));
        QVERIFY(!turn(volume));
        QCOMPARE(panel.controls()->rate(), 1.0);
        QCOMPARE(volume->value(), 50);
        // Chosen with Tab, the box takes the wheel as a combo box does.
        rate->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(rate->hasFocus());
        QVERIFY(turn(rate));
        QCOMPARE(panel.controls()->rate(), 1.25);
    }

    void tab_reachesEveryControl_eachNamedInWords()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(420, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        QStringList names;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            QVERIFY(w);
            if (w == &panel)
                break;
            names << w->accessibleName();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Position"), QStringLiteral("Play"),
                                     QStringLiteral("Repeat line"), QStringLiteral("Captions"),
                                     QStringLiteral("Playback speed"), QStringLiteral("Mute"),
                                     QStringLiteral("Volume"), QStringLiteral("Full screen"),
                                     QStringLiteral("Chapters"), QStringLiteral("Transcript")}));
        // A control with the keys shows it.
        auto *captions =
            panel.controls()->findChild<QToolButton *>(QStringLiteral("captionsButton"));
        captions->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(captions->hasFocus());
        const QImage focused = captions->grab().toImage();
        panel.setFocus();
        QTRY_VERIFY(!captions->hasFocus());
        QVERIFY(captions->grab().toImage() != focused);
        // Its name says what it is for, and its checked state whether the
        // captions are on; so for the sound: checked means muted.
        QVERIFY(captions->isChecked());
        QTest::keyClick(&panel, Qt::Key_C);
        QCOMPARE(captions->accessibleName(), QStringLiteral("Captions"));
        QVERIFY(!captions->isChecked());
        auto *mute = panel.controls()->findChild<QToolButton *>(QStringLiteral("muteButton"));
        QVERIFY(!mute->isChecked());
        QTest::keyClick(&panel, Qt::Key_M);
        QCOMPARE(mute->accessibleName(), QStringLiteral("Mute"));
        QVERIFY(mute->isChecked());
    }

    void fullScreen_restsTheControls_thenGivesTheKeysBack()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *before = new QPushButton(QStringLiteral("before"));
        auto *panel = new ClipPanel;
        layout->addWidget(before);
        layout->addWidget(panel);
        panel->setClip(m_clip, Language::English);
        window.resize(420, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == window.window(); }));
        auto *fullscreen =
            panel->controls()->findChild<QToolButton *>(QStringLiteral("fullscreenButton"));
        fullscreen->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(fullscreen->hasFocus());
        QTest::keyClick(fullscreen, Qt::Key_F);
        QVERIFY(panel->isFullscreen());
        QWidget *stage = panel->videoView()->window();
        QVERIFY(stage != &window);
        QVERIFY(QTest::qWaitForWindowExposed(stage));
        QVERIFY(panel->controls()->isVisible());
        // As players have it: the picture takes the whole window and the
        // bar lies over its foot, translucent, with a chapter menu.
        QTRY_COMPARE(panel->videoView()->height(), stage->height());
        const QRect bar = panel->controls()->geometry();
        QCOMPARE(bar.bottom(), stage->height() - 1);
        QCOMPARE(bar.width(), stage->width());
        auto *chapters =
            panel->controls()->findChild<QToolButton *>(QStringLiteral("chapterMenuButton"));
        QVERIFY(chapters && chapters->isVisible());
        QCOMPARE(chapters->accessibleName(), QStringLiteral("Chapters"));
        QCOMPARE(chapters->menu()->actions().size(), 7);
        QCOMPARE(chapters->menu()->actions().at(3)->text(),
                 QStringLiteral("0:19  A blind musician on a street corner"));
        chapters->menu()->actions().at(3)->trigger();
        QCOMPARE(panel->position(), 19000);
        // Captions stand above the bar while it shows.
        QTRY_COMPARE(panel->videoView()->coveredBottom(), bar.height());
        // Light on a dark veil: the bar's own pixels are dark.
        const QImage barImage = panel->controls()->grab().toImage();
        QVERIFY(qGray(barImage.pixel(barImage.width() / 2, 2)) < 80);
        // And its icons are light on it, as its text is.
        for (const char *name : {"playButton", "fullscreenButton"}) {
            auto *button = panel->controls()->findChild<QToolButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            const QImage icon =
                button->icon().pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
            int lightest = 0;
            for (int y = 0; y < icon.height(); ++y)
                for (int x = 0; x < icon.width(); ++x)
                    if (qAlpha(icon.pixel(x, y)) > 128)
                        lightest = std::max(lightest, qGray(icon.pixel(x, y)));
            QVERIFY2(lightest > 200,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(lightest)));
        }
        // The keys' place among them is ringed, as everywhere in the reader.
        auto *play = panel->controls()->findChild<QToolButton *>(QStringLiteral("playButton"));
        play->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(play->hasFocus());
        const QImage ringed = play->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        const QColor ring = ReaderPalette::light().stageFocus;
        int ringPixels = 0;
        for (int y = 0; y < ringed.height(); ++y)
            for (int x = 0; x < ringed.width(); ++x)
                if (ringed.pixelColor(x, y) == ring)
                    ++ringPixels;
        QVERIFY2(ringPixels > 2 * ringed.width(), qPrintable(QString::number(ringPixels)));
        // The pointer rests: the bar and the pointer step aside.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->controls()->isVisible(), 6000);
        QCOMPARE(panel->videoView()->cursor().shape(), Qt::BlankCursor);
        QCOMPARE(panel->videoView()->coveredBottom(), 0);
        // The pointer moves: they are back.
        QTest::mouseMove(stage->windowHandle(), panel->videoView()->mapTo(stage, QPoint(20, 20)));
        QTRY_VERIFY(panel->controls()->isVisible());
        QCOMPARE(panel->videoView()->cursor().shape(), Qt::ArrowCursor);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->controls()->isVisible(), 6000);
        // A key brings them back too.
        QTest::keyClick(stage, Qt::Key_Right);
        QVERIFY(panel->controls()->isVisible());
        QTest::keyClick(stage, Qt::Key_Escape);
        QVERIFY(!panel->isFullscreen());
        // Docked again: the bar under the picture, no chapter menu (the
        // list is beside it).
        QTRY_COMPARE(panel->controls()->geometry().top(),
                     panel->videoView()->geometry().bottom() + 1);
        QVERIFY(!chapters->isVisible());
        // The reader's window is active again, and the control that had the
        // keys has them again.
        QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == window.window(); }));
        QTRY_VERIFY2(fullscreen->hasFocus(),
                     QApplication::focusWidget()
                         ? qPrintable(QApplication::focusWidget()->objectName() + u' ' +
                                      QString::fromLatin1(
                                          QApplication::focusWidget()->metaObject()->className()))
                         : "nothing");
        // Keys reach the panel through it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_BracketRight);
        QCOMPARE(panel->controls()->rate(), 1.25);
    }

    void aProblem_followsTheLanguage_andIsNeverCutOff()
    {
        ClipPanel panel;
        panel.setClip(clipWithSource(m_dir.filePath(QStringLiteral("nowhere.webm"))),
                      Language::English);
        // A narrow, short panel, as at 800x600.
        panel.resize(230, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.play();
        auto *status = panel.findChild<QLabel *>(QStringLiteral("clipStatus"));
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("nowhere.webm")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral(":/")));
        // Every line of it has room: the label is as tall as its text
        // needs, and the panel scrolls to show it.
        QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
        auto *scroll = panel.findChild<QScrollArea *>(QStringLiteral("clipScroll"));
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(status);
        const QRect inViewport(status->mapTo(scroll->viewport(), QPoint(0, 0)), status->size());
        QVERIFY(scroll->viewport()->rect().contains(inViewport));
        // The same problem in the other language, at once.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/hope-reader_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        panel.setLanguage(Language::Chinese);
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("\u65e0\u6cd5\u64ad\u653e")),
                     qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("nowhere.webm")));
        QCoreApplication::removeTranslator(&translator);
        panel.setLanguage(Language::English);
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("The clip cannot be played")));
    }

    // The transcript as a learner uses it: a click on a line plays from
    // it, R repeats the line (the clip stays inside it, round after
    // round), Escape lets it play on.
    void transcript_clickALine_R_repeatsIt_Escape_playsOn()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TranscriptView *transcript = panel.transcriptView();
        QCOMPARE(transcript->model()->rowCount(), 7);
        // "Together at last …", 33.4 s to 37.0 s: a short line, so two
        // rounds are quick.
        const QModelIndex line = transcript->model()->index(5, 0);
        QCOMPARE(
            line.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("0:33 Together at last they greet that glimmer of victorious light"));
        QTest::mouseClick(transcript->viewport(), Qt::LeftButton, {},
                          transcript->visualRect(line).center());
        QVERIFY(panel.hasPlayer());
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->isPlaying(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.session().currentCue(), 5, 5000);
        QTRY_VERIFY(line.data(ModelRoles::CueCurrentRole).toBool());
        QVERIFY(panel.position() >= 33300);

        qint64 lowest = 48000;
        qint64 highest = 0;
        connect(&panel.session(), &ClipSession::positionChanged, this, [&](qint64 ms) {
            lowest = std::min(lowest, ms);
            highest = std::max(highest, ms);
        });
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        QSignalSpy said(&panel, &ClipPanel::announcement);
        QTest::keyClick(&panel, Qt::Key_R);
        QVERIFY(panel.session().isRepeating());
        QVERIFY(panel.controls()->isRepeating());
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.last().at(0).toString(), QStringLiteral("Repeating the line from 0:33"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.session().loop().rounds() >= 2, 20000);
        // Never far outside the line: a seek lands a frame early at most,
        // and the end is seen within a report or two.
        QVERIFY2(lowest >= 33400 - 100, qPrintable(QString::number(lowest)));
        QVERIFY2(highest < 37000 + 600, qPrintable(QString::number(highest)));
        QVERIFY(panel.player()->isPlaying());

        QTest::keyClick(&panel, Qt::Key_Escape);
        QVERIFY(!panel.session().isRepeating());
        QVERIFY(!panel.controls()->isRepeating());
        QVERIFY(!panel.isFullscreen());
        QTRY_VERIFY_WITH_TIMEOUT(panel.position() > 37500, 10000);
        QTRY_COMPARE(panel.session().currentCue(), 6);
    }

    void transcript_followsTheLanguage_andPairsInABilingualLayout()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::Chinese);
        TranscriptView *transcript = panel.transcriptView();
        QCOMPARE(transcript->model()->index(2, 0).data().toString(),
                 QStringLiteral("0:12  有在空场演出的和太鼓演员"));
        panel.setPairedTranscript(true);
        QCOMPARE(transcript->model()->index(2, 0).data().toString(),
                 QStringLiteral("0:12  有在空场演出的和太鼓演员\n"
                                "Taiko drummers performing to an empty venue"));
        panel.setLanguage(Language::English);
        QCOMPARE(transcript->model()->index(2, 0).data(ModelRoles::CueTextRole).toString(),
                 QStringLiteral("Taiko drummers performing to an empty venue"));
    }

    // Keyboard in the list: Ctrl+C copies the line with its time, Enter
    // plays from it, and the clip's own keys (R) reach the clip.
    void transcript_keys_copyEnterAndTheClipsKeys()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TranscriptView *transcript = panel.transcriptView();
        transcript->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(transcript->hasFocus());
        transcript->setCurrentIndex(transcript->model()->index(0, 0));
        QTest::keyClick(transcript, Qt::Key_Down);
        QTest::keyClick(transcript, Qt::Key_Down);
        QCOMPARE(transcript->currentIndex().row(), 2);
        // A screen reader reads the list by name and each line with its time.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(transcript);
        QVERIFY(list);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Transcript"));
        QCOMPARE(list->role(), QAccessible::List);
        QAccessibleInterface *line = nullptr;
        for (int i = 0; i < list->childCount() && !line; ++i) {
            if (list->child(i)->text(QAccessible::Name).startsWith(QStringLiteral("0:12")))
                line = list->child(i);
        }
        QVERIFY(line);
        QCOMPARE(line->text(QAccessible::Name),
                 QStringLiteral("0:12 Taiko drummers performing to an empty venue"));
        QTest::keyClick(transcript, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("0:12 Taiko drummers performing to an empty venue"));
        QTest::keyClick(transcript, Qt::Key_Return);
        QVERIFY(panel.hasPlayer());
        QVERIFY(panel.position() >= 12400);
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->isPlaying(), 10000);
        QVERIFY(transcript->hasFocus());  // Enter keeps the keys in the list
        QTest::keyClick(transcript, Qt::Key_R);
        QVERIFY(panel.session().isRepeating());
        QCOMPARE(panel.session().loop().from(), 12400);
        QCOMPARE(transcript->currentIndex().row(), 2);
        QTest::keyClick(transcript, Qt::Key_Escape);
        QVERIFY(!panel.session().isRepeating());
        panel.pause();
    }

    // mpv's , and . while paused: one frame (40 ms at the clip's 25 fps)
    // back or on, the time shown to that frame.
    void frameStep_commaAndPeriod_oneFrame_timeToTheFrame()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showFrameAt(15000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.frameTime() - 15000) < 1000, 15000);
        QTRY_VERIFY(!panel.isWaitingForFrame());
        // The frame holding 15.000 s (the seek cut its start to 15.000).
        const qint64 first = panel.frameStart();
        QVERIFY(first <= 15000 && first > 15000 - 40);
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        QTest::keyClick(&panel, Qt::Key_Period);
        QTRY_COMPARE_WITH_TIMEOUT(panel.frameStart(), first + 40, 10000);
        QVERIFY(!panel.isWaitingForFrame());
        QTest::keyClick(&panel, Qt::Key_Period);
        QTRY_COMPARE_WITH_TIMEOUT(panel.frameStart(), first + 80, 10000);
        // Three presses at once: each steps on from where the last went.
        QTest::keyClick(&panel, Qt::Key_Comma);
        QTest::keyClick(&panel, Qt::Key_Comma);
        QTest::keyClick(&panel, Qt::Key_Comma);
        QTRY_COMPARE_WITH_TIMEOUT(panel.frameStart(), first - 40, 10000);
        QTRY_VERIFY(!panel.isWaitingForFrame());
        QVERIFY(!panel.player()->isPlaying());
        // "0:14.960 / 0:48": to the millisecond of the frame on screen.
        const qint64 at = first - 40;
        QTRY_COMPARE(panel.controls()->timeText(), QStringLiteral("0:%1.%2 / 0:48")
                                                       .arg(at / 1000, 2, 10, QChar(u'0'))
                                                       .arg(at % 1000, 3, 10, QChar(u'0')));
        QVERIFY(QRegularExpression(QStringLiteral("^0:1[45]\\.\\d{3} / 0:48$"))
                    .match(panel.controls()->timeText())
                    .hasMatch());
    }

    // Ctrl+S: a real PNG of the frame's size, in the folder, named; S
    // (mpv) with the caption over it, Shift+S the picture alone.
    void saveFrame_writesThePng_withOrWithoutTheCaption()
    {
        QTemporaryDir pictures;
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.setSnapshotFolder(pictures.path());
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setFocus();
        QTRY_VERIFY(panel.hasFocus());
        QSignalSpy said(&panel, &ClipPanel::announcement);
        QVERIFY(panel.saveFrame(false).isEmpty());  // nothing shown yet
        QVERIFY(said.last().at(0).toString().contains(QStringLiteral("no frame")));
        panel.showFrameAt(15000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(panel.frameTime() - 15000) < 1000, 15000);
        QTRY_VERIFY(panel.videoView()->hasFrame());
        QCOMPARE(panel.session().caption(),
                 QStringLiteral("Taiko drummers\nperforming to an empty venue"));
        QTest::keyClick(&panel, Qt::Key_S, Qt::ShiftModifier);
        QTest::keyClick(&panel, Qt::Key_S);
        QTest::keyClick(&panel, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(QDir(pictures.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 3);
        // Named by the frame's start, the time the controls show.
        const QString stem = QStringLiteral("hope-clip-0m%1.%2s")
                                 .arg(panel.frameStart() / 1000, 2, 10, QChar(u'0'))
                                 .arg(panel.frameStart() % 1000, 3, 10, QChar(u'0'));
        QVERIFY(panel.controls()->timeText().startsWith(
            QStringLiteral("0:%1.").arg(panel.frameStart() / 1000, 2, 10, QChar(u'0'))));
        QVERIFY(said.last().at(0).toString().startsWith(QStringLiteral("Frame saved as ")));
        QVERIFY(said.last().at(0).toString().endsWith(stem + QStringLiteral("-3.png")));
        // Said on the picture too, as mpv does.
        QCOMPARE(panel.videoView()->note(), said.last().at(0).toString());
        // Shift+S went first and has the plain name, then S and Ctrl+S.
        const QImage alone(pictures.filePath(stem + QStringLiteral(".png")));
        const QImage captioned(pictures.filePath(stem + QStringLiteral("-2.png")));
        const QImage asShown(pictures.filePath(stem + QStringLiteral("-3.png")));
        QCOMPARE(alone.size(), QSize(960, 540));
        QCOMPARE(captioned.size(), QSize(960, 540));
        // The caption band is near the bottom: there the two differ, at
        // the top they are the same picture.
        auto differs = [&](const QImage &a, int y0, int y1) {
            int n = 0;
            for (int y = y0; y < y1; y += 4)
                for (int x = 0; x < a.width(); x += 4) n += a.pixel(x, y) != alone.pixel(x, y);
            return n;
        };
        QCOMPARE(differs(captioned, 0, 200), 0);
        QVERIFY(differs(captioned, 420, 540) > 200);
        QVERIFY(differs(asShown, 420, 540) > 200);  // captions are on
    }

    // Captions as a learner sets them: both languages at once, larger;
    // kept in the preferences.
    void captions_bothLanguagesAndSize_areKept()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.seekTo(15000);  // the Taiko line; no player needed
        QCOMPARE(panel.videoView()->captionText().second, QString());
        panel.setBothLanguages(true);
        panel.setCaptionSize(CaptionSize::Large);
        const CaptionText shown = panel.videoView()->captionText();
        QCOMPARE(shown.text, QStringLiteral("Taiko drummers\nperforming to an empty venue"));
        QCOMPARE(shown.second, QStringLiteral("有在空场演出的和太鼓演员"));
        QCOMPARE(shown.secondLanguage, Language::Chinese);
        QCOMPARE(shown.size, CaptionSize::Large);
        panel.seekTo(20000);
        QCOMPARE(panel.videoView()->captionText().second,
                 QStringLiteral("有在街角街道里弹琴的盲人"));
        const ClipPreferences kept = panel.preferences();
        QVERIFY(kept.bothLanguages);
        QCOMPARE(kept.captionSize, CaptionSize::Large);
        ClipPanel again;
        again.setClip(m_clip, Language::Chinese);
        again.setPreferences(kept);
        QCOMPARE(again.videoView()->captionText().size, CaptionSize::Large);
    }

    void chapterList_click_playsThatChapter()
    {
        ClipPanel panel;
        panel.setClip(m_clip, Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QListView *list = panel.chapterList();
        const QRect rect = list->visualRect(list->model()->index(3, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(panel.hasPlayer());
        QTRY_VERIFY_WITH_TIMEOUT(panel.player()->isPlaying(), 10000);
        QVERIFY(panel.position() >= 19000);
        QCOMPARE(panel.currentChapter(), 3);
    }

    void failures_sayWhich_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file")
            << QStringLiteral("missing") << QStringLiteral("its file gone.webm is missing");
        QTest::newRow("no backend")
            << QStringLiteral("nobackend") << QStringLiteral("libqt6multimedia6");
        QTest::newRow("no GStreamer plugins")
            << QStringLiteral("noplugins") << QStringLiteral("gstreamer1.0-plugins-good");
        QTest::newRow("a link out of the bundle")
            << QStringLiteral("outside")
            << QStringLiteral("its file linked.webm leads outside the bundle's folder");
        QTest::newRow("a pipe") << QStringLiteral("pipe")
                                << QStringLiteral("its file pipe.webm is not a regular file");
        QTest::newRow("no player module")
            << QStringLiteral("nomodule") << QStringLiteral("player module could not be loaded");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("cut short");
        QTest::newRow("garbage") << QStringLiteral("garbage")
                                 << QStringLiteral("garbage.webm is damaged or is not a video");
        // A FourCC no GStreamer plugin in Debian decodes, gstreamer1.0-libav
        // and -plugins-bad included; GStreamer itself names what is missing.
        QTest::newRow("undecodable codec")
            << QStringLiteral("codec")
            << QStringLiteral("no decoder for its picture or sound (missing: ");
    }

    void failures_sayWhich()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        MultimediaProbe probe = MultimediaProbe::system();
        QString source = m_clip.sourcePath;
        if (kind == u"missing") {
            source = m_dir.filePath(QStringLiteral("gone.webm"));
        } else if (kind == u"nobackend") {
            probe.qtPluginDirs = {m_dir.filePath(QStringLiteral("empty"))};
        } else if (kind == u"noplugins") {
            probe.gstPluginDirs = {m_dir.filePath(QStringLiteral("empty"))};
        } else if (kind == u"truncated") {
            source = writeFile(QStringLiteral("truncated.webm"), clipBytes().left(6000));
        } else if (kind == u"garbage") {
            QByteArray junk(50000, '\0');
            for (int i = 0; i < junk.size(); ++i) junk[i] = char((i * 7919) % 251);
            source = writeFile(QStringLiteral("garbage.webm"), junk);
        } else if (kind == u"codec") {
            source = QStringLiteral(HOPE_SOURCE_DIR "/tests/data/unknown-codec-clip.mkv");
        } else if (kind == u"outside") {
            // A clip that is a link to a file out of the bundle's folder.
            QDir(m_dir.path()).mkpath(QStringLiteral("bundle"));
            source = m_dir.filePath(QStringLiteral("bundle/linked.webm"));
            QFile::link(writeFile(QStringLiteral("real.webm"), clipBytes()), source);
        } else if (kind == u"pipe") {
            source = m_dir.filePath(QStringLiteral("pipe.webm"));
            QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
        }
        // A loader that looks where there is nothing.
        PlayerLoader nowhere({m_dir.filePath(QStringLiteral("nowhere/hope-player.so"))});
        ClipPanel panel(probe);
        if (kind == u"nomodule")
            panel.setPlayerLoader(&nowhere);
        panel.setClip(clipWithSource(source), Language::English);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.problem().isEmpty(), 15000);
        QVERIFY2(panel.problem().contains(expected), qPrintable(panel.problem()));
        // The poster and the description stay; the panel still works.
        QVERIFY(!panel.videoView()->grab().toImage().isNull());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("clipStatus"))->isVisible());
        // Nothing multimedia was made, or what was made is let go.
        QTRY_VERIFY(!panel.hasPlayer());
        panel.seekTo(10000);
        QCOMPARE(panel.position(), 10000);
    }

    // Why a file is refused is said in the interface's language too: the
    // reason went into the Chinese sentence in English.
    void refusal_isToldWhollyInChinese()
    {
        const QString source = m_dir.filePath(QStringLiteral("pipe-zh.webm"));
        QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/hope-reader_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        ClipPanel panel;
        panel.setClip(clipWithSource(source), Language::Chinese);
        panel.resize(360, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.play();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.problem().isEmpty(), 15000);
        const QString problem = panel.problem();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(problem.startsWith(u"无法播放短片") && problem.contains(u"不是普通文件") &&
                     !problem.contains(u"regular file"),
                 qPrintable(problem));
    }
};

QTEST_MAIN(TestClipPanel)
#include "tst_clippanel.moc"
