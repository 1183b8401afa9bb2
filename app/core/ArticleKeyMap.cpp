#include "core/ArticleKeyMap.h"

namespace hope::core::ArticleKeyMap {

std::optional<ArticleCommand> command(int key, Qt::KeyboardModifiers modifiers, bool caretBrowsing)
{
    if (caretBrowsing) {
        const bool word =
            (modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::ControlModifier;
        if (word && key == Qt::Key_Right)
            return ArticleCommand::NextWord;
        if (word && key == Qt::Key_Left)
            return ArticleCommand::PreviousWord;
        switch (key) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Home:
            case Qt::Key_End:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                return ArticleCommand::MoveCaret;
            default:
                break;
        }
    }
    // The keypad's keys are the same keys.
    const Qt::KeyboardModifiers mods = modifiers & ~Qt::KeypadModifier;
    const bool none = mods == Qt::NoModifier;
    const bool noneOrCtrl = none || mods == Qt::ControlModifier;
    const auto when = [](bool condition, ArticleCommand c) {
        return condition ? std::optional(c) : std::nullopt;
    };
    switch (key) {
        case Qt::Key_Home:
            return when(noneOrCtrl, ArticleCommand::ToStart);
        case Qt::Key_End:
            return when(noneOrCtrl, ArticleCommand::ToEnd);
        case Qt::Key_PageUp:
            return when(none, ArticleCommand::ScreenUp);
        case Qt::Key_PageDown:
            return when(none, ArticleCommand::ScreenDown);
        case Qt::Key_Space:
            if (none)
                return ArticleCommand::ScreenDown;
            return when(mods == Qt::ShiftModifier, ArticleCommand::ScreenUp);
        case Qt::Key_Up:
            return when(none, ArticleCommand::LineUp);
        case Qt::Key_Down:
            return when(none, ArticleCommand::LineDown);
        default:
            return std::nullopt;
    }
}

}  // namespace hope::core::ArticleKeyMap
