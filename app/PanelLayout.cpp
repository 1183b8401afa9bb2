#include "app/PanelLayout.h"

#include <cstddef>

namespace hope::app {

PanelLayout::PanelLayout(const PanelVisibility &visibility) : m_visibility(visibility)
{}

bool PanelLayout::isWanted(Panel panel) const
{
    switch (panel) {
        case Panel::Sidebar:
            return m_visibility.sidebar;
        case Panel::Timeline:
            return m_visibility.timeline;
        case Panel::Clip:
            return m_visibility.clip;
    }
    return false;
}

bool &PanelLayout::wanted(Panel panel)
{
    switch (panel) {
        case Panel::Timeline:
            return m_visibility.timeline;
        case Panel::Clip:
            return m_visibility.clip;
        case Panel::Sidebar:
            break;
    }
    return m_visibility.sidebar;
}

bool PanelLayout::isBeside(Panel panel) const
{
    return isWanted(panel) && !m_visibility.readingMode && !(m_folded && folds(panel));
}

bool PanelLayout::isShown(Panel panel) const
{
    return isBeside(panel) || m_drawer == panel;
}

void PanelLayout::setWanted(Panel panel, bool wanted)
{
    if (wanted && m_visibility.readingMode)
        m_visibility.readingMode = false;
    if (m_folded && folds(panel)) {
        if (wanted)
            m_drawer = panel;
        else if (m_drawer == panel)
            m_drawer.reset();
        return;
    }
    this->wanted(panel) = wanted;
}

void PanelLayout::setReadingMode(bool on)
{
    m_visibility.readingMode = on;
    if (on)
        m_drawer.reset();
}

void PanelLayout::setFolded(bool folded)
{
    m_folded = folded;
    m_drawer.reset();
}

void PanelLayout::noteSize(Panel panel, int size)
{
    // A panel dragged shut or covered reports nothing worth giving back.
    if (size > 0)
        m_sizes.at(std::size_t(panel)) = size;
}

int PanelLayout::sizeToGiveBack(Panel panel, int fallback) const
{
    const int size = m_sizes.at(std::size_t(panel));
    return size > 0 ? size : fallback;
}

}  // namespace hope::app
