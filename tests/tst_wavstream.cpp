#include "speech/WavStream.h"
#include "speech/WavWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace hope::speech;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestWavStream : public QObject
{
    Q_OBJECT

private slots:
    void pieces_makeOneFileWhoseHeaderCountsThemAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        WavStream wav(path, 22050);
        QVERIFY(wav.open());
        QByteArray expected;
        for (int i = 0; i < 100; ++i) {
            const QByteArray piece(882, char(i));  // 20 ms
            QVERIFY(wav.append(piece.constData(), piece.size()));
            expected += piece;
        }
        QVERIFY(wav.appendSilence(500));
        expected += QByteArray(22050, '\0');
        // Nothing at the target until the header is complete.
        QVERIFY(!QFile::exists(path));
        QVERIFY(wav.finish());
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.size(), 44 + expected.size());
        QVERIFY(bytes.mid(44) == expected);
        const auto format = WavWriter::readFormat(bytes);
        QVERIFY(format);
        QCOMPARE(format->dataSize, quint32(88200 + 22050));
        QCOMPARE(format->sampleRate, 22050);
        // 2 s of pieces and half a second of silence.
        QCOMPARE(format->durationMs(), 2500);
        QCOMPARE(wav.durationMs(), 2500);
        // RIFF's own size: the file less its first 8 bytes.
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 4), quint32(bytes.size() - 8));
    }

    // Longer than WAV can hold (here a small cap stands for its 4 GiB): a
    // message, and the old file as it was.
    void tooLong_isRefusedAndTheOldFileKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old audio");
        }
        WavStream wav(path, 22050, 1000);
        QVERIFY(wav.open());
        const QByteArray piece(600, 'x');
        QVERIFY(wav.append(piece.constData(), piece.size()));
        QVERIFY(!wav.append(piece.constData(), piece.size()));
        QVERIFY2(wav.errorString().contains(QStringLiteral("too long for a WAV file")),
                 qPrintable(wav.errorString()));
        QVERIFY(!wav.finish());
        QCOMPARE(readAll(path), QByteArray("old audio"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.wav")});
    }

    void cancelled_leavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.wav"));
        {
            WavStream wav(path, 22050);
            QVERIFY(wav.open());
            QVERIFY(wav.appendSilence(100));
            wav.cancel();
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void aFolderThatIsNot_isNamed()
    {
        WavStream wav(QStringLiteral("/nonexistent-dir/a.wav"), 22050);
        QVERIFY(!wav.open());
        QVERIFY2(wav.errorString().contains(QStringLiteral("/nonexistent-dir/a.wav")),
                 qPrintable(wav.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestWavStream)
#include "tst_wavstream.moc"
