#include "speech/WavWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::speech;

class TestWavWriter : public QObject
{
    Q_OBJECT

private slots:
    void header_isRiffLittleEndian()
    {
        const QByteArray h = WavWriter::header({22050, 1, 16, 44100});
        QCOMPARE(h.size(), WavWriter::kHeaderSize);
        QCOMPARE(h.left(4), "RIFF");
        // 36 + 44100 = 44136 = 0x0000AC68
        QCOMPARE(h.mid(4, 4), QByteArray("\x68\xac\x00\x00", 4));
        QCOMPARE(h.mid(8, 8), "WAVEfmt ");
        // 22050 Hz = 0x5622; byte rate 44100 = 0xAC44
        QCOMPARE(h.mid(24, 4), QByteArray("\x22\x56\x00\x00", 4));
        QCOMPARE(h.mid(28, 4), QByteArray("\x44\xac\x00\x00", 4));
        QCOMPARE(h.mid(36, 4), "data");
    }

    void write_readsBackFormatAndDuration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        // 1.5 s of a 16-bit mono ramp at 22050 Hz.
        QByteArray pcm(22050 * 3, '\0');
        for (qsizetype i = 0; i < pcm.size(); ++i) pcm[i] = char(i % 251);
        QCOMPARE(WavWriter::write(path, pcm, 22050), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes.size(), WavWriter::kHeaderSize + pcm.size());
        QCOMPARE(bytes.mid(WavWriter::kHeaderSize), pcm);
        const auto format = WavWriter::readFormat(bytes);
        QVERIFY(format);
        QCOMPARE(format->sampleRate, 22050);
        QCOMPARE(format->channels, 1);
        QCOMPARE(format->bitsPerSample, 16);
        QCOMPARE(format->dataSize, quint32(pcm.size()));
        QCOMPARE(format->durationMs(), 1500);
    }

    void write_toAFolderThatIsNot_saysWhy()
    {
        const QString error =
            WavWriter::write(QStringLiteral("/nonexistent-dir/a.wav"), QByteArray(4, '\0'), 22050);
        QVERIFY(error.contains(u"/nonexistent-dir/a.wav"));
    }

    void readFormat_refusesWhatIsNotWav()
    {
        QVERIFY(!WavWriter::readFormat(QByteArray(44, 'x')));
        QVERIFY(!WavWriter::readFormat(QByteArray("RIFF")));
        QByteArray notPcm = WavWriter::header({22050, 1, 16, 0});
        notPcm[20] = 3;  // IEEE float
        QVERIFY(!WavWriter::readFormat(notPcm));
    }
};

QTEST_GUILESS_MAIN(TestWavWriter)
#include "tst_wavwriter.moc"
