#include "core/ClipKeyMap.h"

namespace hope::core::ClipKeyMap {

std::optional<ClipCommand> command(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    switch (key) {
        case Qt::Key_Space:
        case Qt::Key_K:
            return ClipCommand::TogglePlay;
        case Qt::Key_Left:
            return ClipCommand::StepBack;
        case Qt::Key_Right:
            return ClipCommand::StepForward;
        case Qt::Key_Up:
            return ClipCommand::VolumeUp;
        case Qt::Key_Down:
            return ClipCommand::VolumeDown;
        case Qt::Key_M:
            return ClipCommand::ToggleMute;
        case Qt::Key_F:
            return ClipCommand::ToggleFullscreen;
        case Qt::Key_Escape:
            return ClipCommand::LeaveFullscreen;
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
        default:
            return std::nullopt;
    }
}

}  // namespace hope::core::ClipKeyMap
