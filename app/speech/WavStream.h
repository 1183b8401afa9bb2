#pragma once

#include "core/SafeOutputFile.h"

#include <QCoreApplication>
#include <QString>

#include <limits>

namespace hope::speech {

// A WAV file written as its samples come (16-bit mono), so that memory
// stays the same however long the audio: the header's sizes are filled in
// at the end. Written through SafeOutputFile: until finish() succeeds the
// old file is untouched, and a failed or abandoned stream leaves nothing.
class WavStream final
{
    Q_DECLARE_TR_FUNCTIONS(WavStream)

public:
    // A RIFF size is 32 bits: some 27 hours at espeak-ng's 22,050 Hz.
    static constexpr quint64 kMaxDataBytes = std::numeric_limits<quint32>::max() - 36;

    // maxDataBytes is for tests; past it append() refuses.
    explicit WavStream(const QString &path, int sampleRate, quint64 maxDataBytes = kMaxDataBytes);
    Q_DISABLE_COPY_MOVE(WavStream)

    // Checks the target and writes a header to be completed; false with
    // errorString() if the file cannot be written.
    bool open();
    // Samples, 16-bit little-endian; false (and the file abandoned) if they
    // cannot be written or the file would grow past what WAV can hold.
    bool append(const char *data, qsizetype bytes);
    bool appendSilence(int milliseconds);
    // Completes the header and puts the file in place of the target.
    bool finish();
    void cancel();

    [[nodiscard]] quint64 dataBytes() const { return m_dataBytes; }
    [[nodiscard]] qint64 durationMs() const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &problem);

    core::SafeOutputFile m_file;
    QString m_path;
    int m_sampleRate = 0;
    quint64 m_maxDataBytes = kMaxDataBytes;
    quint64 m_dataBytes = 0;
    bool m_open = false;
    QString m_error;
};

}  // namespace hope::speech
