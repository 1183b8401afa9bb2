#pragma once

#include <QtPlugin>

#include <memory>

namespace hope::speech {
class PcmOutput;
}  // namespace hope::speech

// The player module's second entry point: sound for read-aloud. Qt
// Multimedia (QAudioSink) stays in the module, loaded the first time the
// reader reads aloud, like the clip's player.

namespace hope::ui {

class SpeechOutputFactory
{
public:
    virtual ~SpeechOutputFactory() = default;

    // Whether the machine has a sound output at all.
    [[nodiscard]] virtual bool hasAudioOutput() const = 0;
    // An output on the default device; its error() says why it cannot play.
    [[nodiscard]] virtual std::unique_ptr<speech::PcmOutput> createPcmOutput() = 0;
};

}  // namespace hope::ui

#define HopeSpeechOutputFactory_iid "io.github.hopereader.HopeReader.SpeechOutputFactory/1"
Q_DECLARE_INTERFACE(hope::ui::SpeechOutputFactory, HopeSpeechOutputFactory_iid)
