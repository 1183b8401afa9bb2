#include "ui/player/AudioSinkOutput.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QCoreApplication>
#include <QMediaDevices>

#include <algorithm>

namespace hope::ui {

AudioSinkOutput::AudioSinkOutput() = default;

AudioSinkOutput::~AudioSinkOutput()
{
    stop();
}

void AudioSinkOutput::play(const QByteArray &pcm, int sampleRate)
{
    stop();
    m_error.clear();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_error = QCoreApplication::translate(
            "hope::ui::AudioSinkOutput",
            "There is no sound device: the words are lit without sound.");
        return;
    }
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        m_error = QCoreApplication::translate(
                      "hope::ui::AudioSinkOutput",
                      "The sound device %1 cannot play speech at %2 Hz: the words are lit "
                      "without sound.")
                      .arg(device.description())
                      .arg(sampleRate);
        return;
    }
    // A new sink each time, so that its count of processed samples starts
    // at these.
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sampleRate = sampleRate;
    m_pcm = pcm;
    m_buffer.setData(m_pcm);
    m_buffer.open(QIODevice::ReadOnly);
    m_sink->start(&m_buffer);
    if (m_sink->error() == QAudio::OpenError || m_sink->error() == QAudio::FatalError)
        m_error = QCoreApplication::translate(
                      "hope::ui::AudioSinkOutput",
                      "The sound device %1 cannot be opened: the words are lit without sound.")
                      .arg(device.description());
}

void AudioSinkOutput::pause()
{
    if (m_sink && m_sink->state() == QAudio::ActiveState)
        m_sink->suspend();
}

void AudioSinkOutput::resume()
{
    if (m_sink && m_sink->state() == QAudio::SuspendedState)
        m_sink->resume();
}

void AudioSinkOutput::stop()
{
    if (m_sink)
        m_sink->stop();
    m_buffer.close();
    m_pcm.clear();
}

qint64 AudioSinkOutput::positionMs() const
{
    if (!m_sink || m_sampleRate <= 0)
        return 0;
    // What has gone to the device, less what still waits in its buffer.
    const qint64 queuedBytes = std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
    const qint64 heardUs = m_sink->processedUSecs() - queuedBytes * 1000000 / (2 * m_sampleRate);
    return std::clamp<qint64>(heardUs / 1000, 0, qint64(m_pcm.size() / 2) * 1000 / m_sampleRate);
}

bool AudioSinkOutput::isFinished() const
{
    return m_sink && m_buffer.isOpen() && m_buffer.atEnd() && m_sink->state() == QAudio::IdleState;
}

}  // namespace hope::ui
