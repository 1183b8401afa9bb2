// Read-aloud sound on the real device (the player module's code, linked
// in). Without a device, as on a build machine, it says so in plain words
// and the controller carries on silently.
#include "ui/player/AudioSinkOutput.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QTest>

using hope::ui::AudioSinkOutput;

class TestAudioSinkOutput : public QObject
{
    Q_OBJECT

private slots:
    void plays_orSaysThereIsNoDevice()
    {
        // Half a second of a quiet 440 Hz tone at 22050 Hz.
        QByteArray pcm;
        for (int i = 0; i < 11025; ++i) {
            const auto v = qint16(2000 * std::sin(2 * M_PI * 440 * i / 22050.0));
            pcm.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
        }
        AudioSinkOutput output;
        output.play(pcm, 22050);
        if (QMediaDevices::defaultAudioOutput().isNull()) {
            QVERIFY(output.error().contains(u"no sound device"));
            QCOMPARE(output.positionMs(), 0);
            QVERIFY(!output.isFinished());
            return;
        }
        QVERIFY2(output.error().isEmpty(), qPrintable(output.error()));
        QTRY_VERIFY_WITH_TIMEOUT(output.isFinished(), 5000);
        QVERIFY(output.positionMs() <= 500);
    }

    void pauseAndStop_beforeAnything_areHarmless()
    {
        AudioSinkOutput output;
        output.pause();
        output.resume();
        output.stop();
        QCOMPARE(output.positionMs(), 0);
        QVERIFY(!output.isFinished());
    }
};

QTEST_MAIN(TestAudioSinkOutput)
#include "tst_audiosinkoutput.moc"
