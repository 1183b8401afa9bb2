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
    // The text's own caret movement (by character, line, page), the view
    // following the caret.
    MoveCaret,
    // With caret browsing, Ctrl+Right / Ctrl+Left (and Shift, selecting):
    // to the next or previous word as the reader segments it (Chinese by
    // the pinyin converter's words; Qt's own move runs over a whole clause).
    NextWord,
    PreviousWord,
};

namespace ArticleKeyMap {
// Nothing for other keys, or reading keys held with a modifier that means
// something else (Alt+Up is read-aloud's, Shift+Down selection's).
[[nodiscard]] std::optional<ArticleCommand> command(int key, Qt::KeyboardModifiers modifiers,
                                                    bool caretBrowsing);
}  // namespace ArticleKeyMap

}  // namespace hope::core
