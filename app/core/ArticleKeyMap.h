#pragma once

#include <Qt>

#include <optional>

namespace hope::core {

// What a key does in the article, as readers expect of a page: the
// arrows a line, Page Up / Page Down and Space / Shift+Space a screen,
// Home / End the ends (with or without Ctrl, since a read-only page has no
// text cursor to move). With caret browsing the arrows, Home, End and the
// page keys move the caret instead, as in an editor.
enum class ArticleCommand {
    ToStart,
    ToEnd,
    ScreenUp,
    ScreenDown,
    LineUp,
    LineDown,
    // The text's own caret movement (by character, word with Ctrl, line,
    // page), the view following the caret.
    MoveCaret,
};

namespace ArticleKeyMap {
// Nothing for other keys, or reading keys held with a modifier that means
// something else (Alt+Up is read-aloud's, Shift+Down selection's).
[[nodiscard]] std::optional<ArticleCommand> command(int key, Qt::KeyboardModifiers modifiers,
                                                    bool caretBrowsing);
}  // namespace ArticleKeyMap

}  // namespace hope::core
