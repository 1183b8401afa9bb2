#pragma once

#include "core/Annotation.h"
#include "core/Article.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace hope::core {

// The reader's themes; System picks light or dark to match the desktop.
enum class ReaderTheme { System, Light, Sepia, Dark };

// "system", "light", "sepia", "dark": on the command line and in settings.
[[nodiscard]] QString themeCode(ReaderTheme theme);
[[nodiscard]] std::optional<ReaderTheme> themeFromCode(const QString &code);

// Every colour the reader paints with, in one place. Widgets take the
// QPalette roles from their own palette(), which toQPalette() fills, and
// the few colours Qt has no role for from here; so a change of colours is
// one call on the window (see MainWindow::applyPalette).
struct ReaderPalette
{
    // The article's page and its text.
    QColor paper;
    QColor ink;
    // Bylines, captions, labels that step back.
    QColor muted;
    // Links, the section being read, the selected milestone, focus.
    QColor accent;
    QColor onAccent;
    // The sidebar, the milestone card and the clip's controls.
    QColor panel;
    QColor panelHover;
    // The editor's note and the places of figures.
    QColor figurePaper;
    QColor rule;
    // Where a jump landed, for a moment; the scene of the clip playing.
    QColor flash;
    QColor playing;
    // Read aloud: the sentence being read, and the word being spoken on it.
    QColor speakingSentence;
    QColor speakingWord;
    // Pinyin drawn above Chinese text for learners.
    QColor pinyin;
    // Pinyin in tone colours, as learners' books print it: the first tone
    // red, the second green, the third blue, the fourth purple (the
    // neutral tone in the plain pinyin colour).
    QColor tone1;
    QColor tone2;
    QColor tone3;
    QColor tone4;
    // Every match of a find; the field of a find that matched nothing.
    QColor findMatch;
    QColor findMissing;
    // A message about the clip, on its own band.
    QColor notice;
    QColor onNotice;
    // The clip's stage is dark in every theme, as a screen is.
    QColor stage;
    QColor onStage;
    QColor stageFocus;
    // Under the captions, so they read over any picture.
    QColor captionBand;
    // The clip's controls, and the ring round the one that has focus.
    QColor controlBar;
    QColor focusRing;
    // The timeline's axis and the lines from labels to their markers.
    QColor axis;
    QColor leader;
    // The ring on timeline markers whose paragraphs are on screen.
    QColor inViewHalo;
    // The two alternating bands of the timeline's eras: a faint tint behind
    // the milestone labels, a stronger one behind the era's own name.
    QColor eraA;
    QColor eraB;
    int eraTintAlpha = 18;
    int eraBarAlpha = 60;

    [[nodiscard]] QColor category(MilestoneCategory category) const;
    // The reader's highlighters: the text reads on each at 7:1.
    [[nodiscard]] QColor highlight(HighlightColour colour) const;

    // Bilingual reading, derived from the colours above so that every
    // theme has them: the English of an interleaved pair steps back a
    // little from the Chinese; the pair of the paragraph under the pointer
    // is tinted.
    // A syllable's colour by its tone (1 to 4; anything else the neutral).
    [[nodiscard]] QColor tone(int tone) const;
    [[nodiscard]] QColor companionInk() const;
    [[nodiscard]] QColor pairTint() const;

    // The reader's warm paper, on top of the platform's palette.
    [[nodiscard]] static ReaderPalette light();
    // Warmer and darker paper, brown ink: softer in a bright room.
    [[nodiscard]] static ReaderPalette sepia();
    // Light text on a warm near-black, for reading in the dark.
    [[nodiscard]] static ReaderPalette dark();
    // System follows the platform palette: dark when its window is darker
    // than its text (Qt 6.4 has no colour-scheme query of its own).
    [[nodiscard]] static ReaderPalette forTheme(ReaderTheme theme, const QPalette &platform);
    [[nodiscard]] static bool isDarkPalette(const QPalette &platform);
    // The platform's palette with the reader's colours in its roles.
    [[nodiscard]] QPalette toQPalette(QPalette base) const;

    // Each category's colour is text on the card's panel and a marker on
    // the timeline's paper, so it is chosen per theme.
    QColor partnership;
    QColor games;
    QColor cloud;
    QColor commerce;
    QColor technology;
    QColor film;
    QColor highlightYellow;
    QColor highlightGreen;
    QColor highlightBlue;
    QColor highlightPink;
};

}  // namespace hope::core
