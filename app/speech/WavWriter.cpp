#include "speech/WavWriter.h"

#include "speech/WavStream.h"

#include <QIODevice>
#include <QtEndian>

namespace hope::speech {

namespace {

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

}  // namespace

qint64 WavFormat::durationMs() const
{
    const qint64 bytesPerSecond = qint64(sampleRate) * channels * (bitsPerSample / 8);
    return bytesPerSecond > 0 ? qint64(dataSize) * 1000 / bytesPerSecond : 0;
}

QByteArray WavWriter::header(const WavFormat &format)
{
    const quint16 blockAlign = quint16(format.channels * (format.bitsPerSample / 8));
    QByteArray out;
    out.reserve(kHeaderSize);
    out.append("RIFF", 4);
    put32(out, 36 + format.dataSize);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    put32(out, 16);
    put16(out, 1);  // PCM
    put16(out, quint16(format.channels));
    put32(out, quint32(format.sampleRate));
    put32(out, quint32(format.sampleRate) * blockAlign);
    put16(out, blockAlign);
    put16(out, quint16(format.bitsPerSample));
    out.append("data", 4);
    put32(out, format.dataSize);
    return out;
}

QString WavWriter::write(const QString &path, const QByteArray &pcm, int sampleRate)
{
    WavStream stream(path, sampleRate);
    if (!stream.open() || !stream.append(pcm.constData(), pcm.size()) || !stream.finish())
        return stream.errorString();
    return {};
}

std::optional<WavFormat> WavWriter::readFormat(const QByteArray &bytes)
{
    if (bytes.size() < kHeaderSize || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE" ||
        bytes.mid(12, 4) != "fmt " || bytes.mid(36, 4) != "data")
        return std::nullopt;
    const char *p = bytes.constData();
    if (qFromLittleEndian<quint16>(p + 20) != 1)
        return std::nullopt;
    WavFormat format;
    format.channels = qFromLittleEndian<quint16>(p + 22);
    format.sampleRate = int(qFromLittleEndian<quint32>(p + 24));
    format.bitsPerSample = qFromLittleEndian<quint16>(p + 34);
    format.dataSize = qFromLittleEndian<quint32>(p + 40);
    return format;
}

}  // namespace hope::speech
