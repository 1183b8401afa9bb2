#include "core/CardPlacement.h"

#include <algorithm>

namespace hope::core {

namespace {

int clamped(int value, int low, int high)
{
    // A card larger than the screen keeps its start on the screen.
    return high < low ? low : std::clamp(value, low, high);
}

}  // namespace

QPoint CardPlacement::place(QSize card, const QRect &word, const QRect &screen, int gap)
{
    const int x = clamped(word.left(), screen.left(), screen.right() + 1 - card.width());
    const int y = clamped(word.top(), screen.top(), screen.bottom() + 1 - card.height());
    if (word.bottom() + 1 + gap + card.height() <= screen.bottom() + 1)
        return {x, word.bottom() + 1 + gap};
    if (word.top() - gap - card.height() >= screen.top())
        return {x, word.top() - gap - card.height()};
    if (word.right() + 1 + gap + card.width() <= screen.right() + 1)
        return {word.right() + 1 + gap, y};
    if (word.left() - gap - card.width() >= screen.left())
        return {word.left() - gap - card.width(), y};
    // Nowhere beside the words has room: the card goes on the side with
    // the most, the words as little covered as can be.
    const int below = screen.bottom() - word.bottom();
    const int above = word.top() - screen.top();
    return below >= above ? QPoint(x, clamped(word.bottom() + 1 + gap, screen.top(),
                                              screen.bottom() + 1 - card.height()))
                          : QPoint(x, screen.top());
}

}  // namespace hope::core
