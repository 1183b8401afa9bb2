#pragma once

#include <Qt>

#include <optional>

namespace hope::core {

// What a key does to the clip, as video players have taught people: Space
// or K plays and pauses, arrows seek and change the volume, F is full
// screen, C the captions, [ and ] the speed, Page Up and Down the chapters;
// and as mpv has them: , and . step a frame, 9 and 0 the volume, Backspace
// the normal speed, S saves the frame. For study, R repeats the line and
// Shift with an arrow goes a line back or on.
enum class ClipCommand {
    TogglePlay,
    StepBack,
    StepForward,
    VolumeUp,
    VolumeDown,
    ToggleMute,
    ToggleFullscreen,
    // Esc: ends a repeat, else leaves full screen.
    Dismiss,
    ToggleCaptions,
    Slower,
    Faster,
    PreviousChapter,
    NextChapter,
    NormalSpeed,
    PreviousCue,
    NextCue,
    ToggleRepeat,
    FrameBack,
    FrameForward,
    // The frame as it shows, with the captions if they are on.
    SaveFrame,
    SaveFrameWithCaptions,
    SaveFrameAlone,
};

namespace ClipKeyMap {
// Nothing for a key held with Ctrl, Alt or Meta but Ctrl+S: those belong
// to the window's menus (Shift is part of typing [ and ] on some layouts).
[[nodiscard]] std::optional<ClipCommand> command(int key, Qt::KeyboardModifiers modifiers);
}  // namespace ClipKeyMap

}  // namespace hope::core
