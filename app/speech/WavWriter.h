#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hope::speech {

// The format of a PCM WAV file, as its header says.
struct WavFormat
{
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    // Bytes of samples in the data chunk.
    quint32 dataSize = 0;

    [[nodiscard]] qint64 durationMs() const;
};

// Plain RIFF/WAVE files of 16-bit PCM, what every player reads; the
// reader's exported audio is in this form.
class WavWriter final
{
    Q_DECLARE_TR_FUNCTIONS(WavWriter)

public:
    static constexpr int kHeaderSize = 44;

    // The 44-byte header (RIFF, "fmt " and the start of "data"), all
    // fields little-endian as RIFF is.
    [[nodiscard]] static QByteArray header(const WavFormat &format);
    // Writes header and samples (16-bit little-endian, mono) to a file,
    // replacing it; on failure an error for the user, else empty.
    [[nodiscard]] static QString write(const QString &path, const QByteArray &pcm, int sampleRate);
    // Reads back a header this class writes (or any with "fmt " first,
    // then "data"); nullopt if it is not one.
    [[nodiscard]] static std::optional<WavFormat> readFormat(const QByteArray &bytes);
};

}  // namespace hope::speech
