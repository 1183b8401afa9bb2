#pragma once

#include "speech/PcmOutput.h"

#include <QBuffer>
#include <QByteArray>

#include <memory>

class QAudioSink;

namespace hope::ui {

// Read-aloud audio on the default sound device, through QAudioSink in
// pull mode from a buffer of the samples. Lives in the player module.
class AudioSinkOutput final : public speech::PcmOutput
{
public:
    AudioSinkOutput();
    ~AudioSinkOutput() override;

    void play(const QByteArray &pcm, int sampleRate) override;
    void pause() override;
    void resume() override;
    void stop() override;
    [[nodiscard]] qint64 positionMs() const override;
    [[nodiscard]] bool isFinished() const override;
    [[nodiscard]] QString error() const override { return m_error; }

private:
    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_buffer;
    QByteArray m_pcm;
    int m_sampleRate = 0;
    QString m_error;
};

}  // namespace hope::ui
