#pragma once

#include <QLibrary>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

namespace hope::speech {

// espeak-ng, and what it links (PulseAudio, libsndfile, audio codecs), is
// loaded on first use: a reader that never reads aloud never maps it. The
// functions keep espeak-ng's names, so calls read as its documentation.
class EspeakLibrary final
{
public:
    decltype(&::espeak_ng_InitializePath) espeak_ng_InitializePath = nullptr;
    decltype(&::espeak_Info) espeak_Info = nullptr;
    decltype(&::espeak_Initialize) espeak_Initialize = nullptr;
    decltype(&::espeak_SetSynthCallback) espeak_SetSynthCallback = nullptr;
    decltype(&::espeak_ListVoices) espeak_ListVoices = nullptr;
    decltype(&::espeak_SetParameter) espeak_SetParameter = nullptr;
    decltype(&::espeak_SetVoiceByName) espeak_SetVoiceByName = nullptr;
    decltype(&::espeak_SetVoiceByProperties) espeak_SetVoiceByProperties = nullptr;
    decltype(&::espeak_Synth) espeak_Synth = nullptr;

    // False if the library or any of these functions is missing.
    bool load();

private:
    QLibrary m_library;
};

}  // namespace hope::speech
