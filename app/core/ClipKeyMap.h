#pragma once

#include <Qt>

#include <optional>

namespace hope::core {

// What a key does to the clip, as video players have taught people: Space
// or K plays and pauses, arrows seek and change the volume, F is full
// screen, C the captions, [ and ] the speed, Page Up and Down the chapters.
enum class ClipCommand {
    TogglePlay,
    StepBack,
    StepForward,
    VolumeUp,
    VolumeDown,
    ToggleMute,
    ToggleFullscreen,
    LeaveFullscreen,
    ToggleCaptions,
    Slower,
    Faster,
    PreviousChapter,
    NextChapter,
};

namespace ClipKeyMap {
// Nothing for a key held with Ctrl, Alt or Meta: those belong to the
// window's menus (Shift is part of typing [ and ] on some layouts).
[[nodiscard]] std::optional<ClipCommand> command(int key, Qt::KeyboardModifiers modifiers);
}  // namespace ClipKeyMap

}  // namespace hope::core
