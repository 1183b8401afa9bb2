#include "core/ClipKeyMap.h"

namespace hope::core::ClipKeyMap {

std::optional<ClipCommand> command(int key, Qt::KeyboardModifiers modifiers)
{
    if (key == Qt::Key_S && modifiers == Qt::ControlModifier)
        return ClipCommand::SaveFrame;
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    const bool shift = modifiers & Qt::ShiftModifier;
    switch (key) {
        case Qt::Key_Space:
        case Qt::Key_K:
            return ClipCommand::TogglePlay;
        case Qt::Key_Left:
            return shift ? ClipCommand::PreviousCue : ClipCommand::StepBack;
        case Qt::Key_Right:
            return shift ? ClipCommand::NextCue : ClipCommand::StepForward;
        case Qt::Key_Up:
        case Qt::Key_0:
            return ClipCommand::VolumeUp;
        case Qt::Key_Down:
        case Qt::Key_9:
            return ClipCommand::VolumeDown;
        case Qt::Key_M:
            return ClipCommand::ToggleMute;
        case Qt::Key_F:
            return ClipCommand::ToggleFullscreen;
        case Qt::Key_Escape:
            return ClipCommand::Dismiss;
        case Qt::Key_C:
            return ClipCommand::ToggleCaptions;
        case Qt::Key_BracketLeft:
            return ClipCommand::Slower;
        case Qt::Key_BracketRight:
            return ClipCommand::Faster;
        case Qt::Key_PageUp:
            return ClipCommand::PreviousChapter;
        case Qt::Key_PageDown:
            return ClipCommand::NextChapter;
        case Qt::Key_Backspace:
            return ClipCommand::NormalSpeed;
        case Qt::Key_R:
            return ClipCommand::ToggleRepeat;
        case Qt::Key_Comma:
            return ClipCommand::FrameBack;
        case Qt::Key_Period:
            return ClipCommand::FrameForward;
        case Qt::Key_S:
            return shift ? ClipCommand::SaveFrameAlone : ClipCommand::SaveFrameWithCaptions;
        default:
            return std::nullopt;
    }
}

}  // namespace hope::core::ClipKeyMap
