#include "speech/WavStream.h"

#include "speech/WavWriter.h"

#include <QIODevice>

namespace hope::speech {

WavStream::WavStream(const QString &path, int sampleRate, quint64 maxDataBytes)
    : m_file(path), m_path(path), m_sampleRate(sampleRate), m_maxDataBytes(maxDataBytes)
{}

bool WavStream::open()
{
    if (!m_file.open()) {
        m_error = m_file.errorString();
        return false;
    }
    m_open = true;
    const QByteArray head = WavWriter::header({m_sampleRate, 1, 16, 0});
    if (m_file.device()->write(head) != head.size())
        return fail(m_file.device()->errorString());
    return true;
}

bool WavStream::append(const char *data, qsizetype bytes)
{
    if (!m_open)
        return false;
    if (m_dataBytes + quint64(bytes) > m_maxDataBytes) {
        m_file.cancel();
        m_open = false;
        m_error = tr("The audio is too long for a WAV file (at most %1 of it); read one section "
                     "at a time (--section).")
                      .arg(tr("%n hour(s)", nullptr,
                              int(m_maxDataBytes / 2 / quint64(qMax(1, m_sampleRate)) / 3600)));
        return false;
    }
    if (m_file.device()->write(data, bytes) != bytes)
        return fail(m_file.device()->errorString());
    m_dataBytes += quint64(bytes);
    return true;
}

bool WavStream::appendSilence(int milliseconds)
{
    const QByteArray silence(qsizetype(m_sampleRate) * milliseconds / 1000 * 2, '\0');
    return append(silence.constData(), silence.size());
}

bool WavStream::finish()
{
    if (!m_open)
        return false;
    const QByteArray head = WavWriter::header({m_sampleRate, 1, 16, quint32(m_dataBytes)});
    if (!m_file.device()->seek(0) || m_file.device()->write(head) != head.size())
        return fail(m_file.device()->errorString());
    m_open = false;
    if (!m_file.commit()) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

void WavStream::cancel()
{
    if (m_open)
        m_file.cancel();
    m_open = false;
}

qint64 WavStream::durationMs() const
{
    return m_sampleRate > 0 ? qint64(m_dataBytes / 2) * 1000 / m_sampleRate : 0;
}

bool WavStream::fail(const QString &problem)
{
    m_file.cancel();
    m_open = false;
    m_error = tr("Cannot write %1: %2").arg(m_path, problem);
    return false;
}

}  // namespace hope::speech
