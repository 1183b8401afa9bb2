#pragma once

#include "core/CaptionLayout.h"

#include <QtGlobal>

namespace hope::core {

// What the reader remembers of the clip between runs.
struct ClipPreferences
{
    float volume = 1.0f;  // linear, 0..1
    bool muted = false;
    bool captions = true;
    qint64 positionMs = 0;
    CaptionSize captionSize = CaptionSize::Medium;
    // The other language's line under the reading language's.
    bool bothLanguages = false;
    bool pauseAfterLine = false;
};

}  // namespace hope::core
