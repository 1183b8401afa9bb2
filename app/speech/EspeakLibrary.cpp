#include "speech/EspeakLibrary.h"

namespace hope::speech {

namespace {
template <typename Function>
void resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
}
}  // namespace

bool EspeakLibrary::load()
{
    if (m_library.isLoaded())
        return true;
    m_library.setFileNameAndVersion(QStringLiteral("espeak-ng"), 1);
    if (!m_library.load())
        return false;
    resolve(m_library, "espeak_ng_InitializePath", espeak_ng_InitializePath);
    resolve(m_library, "espeak_Info", espeak_Info);
    resolve(m_library, "espeak_Initialize", espeak_Initialize);
    resolve(m_library, "espeak_SetSynthCallback", espeak_SetSynthCallback);
    resolve(m_library, "espeak_ListVoices", espeak_ListVoices);
    resolve(m_library, "espeak_SetParameter", espeak_SetParameter);
    resolve(m_library, "espeak_SetVoiceByName", espeak_SetVoiceByName);
    resolve(m_library, "espeak_SetVoiceByProperties", espeak_SetVoiceByProperties);
    resolve(m_library, "espeak_Synth", espeak_Synth);
    const bool all = espeak_ng_InitializePath && espeak_Info && espeak_Initialize &&
                     espeak_SetSynthCallback && espeak_ListVoices && espeak_SetParameter &&
                     espeak_SetVoiceByName && espeak_SetVoiceByProperties && espeak_Synth;
    if (!all)
        m_library.unload();
    return all;
}

}  // namespace hope::speech
