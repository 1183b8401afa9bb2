#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

namespace hope::core {

// Where a card about some words goes on the screen: next to them and never
// over them, so the reader still sees what was looked up. Below the words
// if it fits, else above, else beside them (right, then left), else in the
// corner of the screen with the most room; always inside the screen when
// it is large enough to hold the card.
class CardPlacement final
{
public:
    // The card's top left corner; word and screen in the same coordinates
    // (global pixels), gap the space kept between words and card.
    [[nodiscard]] static QPoint place(QSize card, const QRect &word, const QRect &screen,
                                      int gap = 4);
};

}  // namespace hope::core
