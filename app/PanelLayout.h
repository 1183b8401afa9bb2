#pragma once

#include <array>
#include <optional>

namespace hope::app {

// The panels around the article that the reader can put away.
enum class Panel { Sidebar, Timeline, Clip };
inline constexpr std::array kPanels{Panel::Sidebar, Panel::Timeline, Panel::Clip};

// What is remembered between runs.
struct PanelVisibility
{
    bool sidebar = true;
    bool timeline = true;
    bool clip = true;
    bool readingMode = false;

    friend bool operator==(const PanelVisibility &a, const PanelVisibility &b)
    {
        return a.sidebar == b.sidebar && a.timeline == b.timeline && a.clip == b.clip &&
               a.readingMode == b.readingMode;
    }
};

// Which panels are on screen and what size to give one back. The reader's
// choices are kept apart from reading mode, which only covers them, so that
// leaving it brings back exactly the layout it was entered from. In a
// window too narrow for them (folded) the side panels leave the text its
// width: one at a time opens on demand as a drawer over the text, and the
// reader's choices come back when the window is wide again.
class PanelLayout final
{
public:
    explicit PanelLayout(const PanelVisibility &visibility = {});

    [[nodiscard]] PanelVisibility visibility() const { return m_visibility; }
    [[nodiscard]] bool readingMode() const { return m_visibility.readingMode; }
    // Wanted by the reader, whether or not reading mode covers it.
    [[nodiscard]] bool isWanted(Panel panel) const;
    // On screen: beside the text, or as the open drawer.
    [[nodiscard]] bool isShown(Panel panel) const;
    // Beside the text, in its splitter.
    [[nodiscard]] bool isBeside(Panel panel) const;
    [[nodiscard]] std::optional<Panel> drawer() const { return m_drawer; }
    [[nodiscard]] bool isFolded() const { return m_folded; }
    // The sidebar and the clip panel fold; the timeline, a strip, never.
    [[nodiscard]] static bool folds(Panel panel) { return panel != Panel::Timeline; }

    // Asking for a panel in reading mode ends it: the reader wants to see it.
    // Folded, asking for a side panel opens (or shuts) its drawer and leaves
    // the reader's choice for the wide window as it was.
    void setWanted(Panel panel, bool wanted);
    void setReadingMode(bool on);
    void setFolded(bool folded);

    // Sizes the panel had when last on screen, to give it back at.
    void noteSize(Panel panel, int size);
    [[nodiscard]] int sizeToGiveBack(Panel panel, int fallback) const;

private:
    [[nodiscard]] bool &wanted(Panel panel);

    PanelVisibility m_visibility;
    bool m_folded = false;
    std::optional<Panel> m_drawer;
    std::array<int, kPanels.size()> m_sizes{};
};

}  // namespace hope::app
