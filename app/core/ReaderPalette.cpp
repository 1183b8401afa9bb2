#include "core/ReaderPalette.h"

namespace hope::core {

QColor ReaderPalette::category(MilestoneCategory category) const
{
    switch (category) {
        case MilestoneCategory::Partnership:
            return partnership;
        case MilestoneCategory::Games:
            return games;
        case MilestoneCategory::Cloud:
            return cloud;
        case MilestoneCategory::Commerce:
            return commerce;
        case MilestoneCategory::Technology:
            return technology;
        case MilestoneCategory::Film:
            return film;
    }
    return muted;
}

ReaderPalette ReaderPalette::light()
{
    ReaderPalette p;
    p.paper = QColor(0xfb, 0xf8, 0xf1);
    p.ink = QColor(0x2a, 0x27, 0x23);
    p.muted = QColor(0x7a, 0x72, 0x68);
    p.accent = QColor(0xb2, 0x45, 0x2c);
    p.onAccent = QColor(0xff, 0xff, 0xff);
    p.panel = QColor(0xf4, 0xf0, 0xe8);
    p.panelHover = QColor(0xe9, 0xe2, 0xd4);
    p.figurePaper = QColor(0xf1, 0xec, 0xe1);
    p.rule = QColor(0xd9, 0xd0, 0xc1);
    p.flash = QColor(0xf6, 0xe2, 0xb3);
    p.playing = QColor(0xe3, 0xec, 0xf4);
    p.speakingSentence = QColor(0xee, 0xe7, 0xd3);
    p.speakingWord = QColor(0xf2, 0xc9, 0x6d);
    p.pinyin = QColor(0x8a, 0x4a, 0x36);
    p.findMatch = QColor(0xf7, 0xdc, 0x86);
    p.findMissing = QColor(0xf6, 0xd0, 0xc8);
    p.notice = QColor(0xf6, 0xe2, 0xb3);
    p.onNotice = QColor(0x3a, 0x2a, 0x10);
    p.stage = QColor(0x07, 0x08, 0x0c);
    p.onStage = QColor(0xfb, 0xf8, 0xf1);
    p.stageFocus = QColor(0xf0, 0xb4, 0x5a);
    p.captionBand = QColor(0, 0, 0, 170);
    p.controlBar = QColor(0xec, 0xe6, 0xda);
    p.focusRing = QColor(0xa0, 0x38, 0x24);
    p.axis = QColor(0xcf, 0xc5, 0xb4);
    p.leader = QColor(0xa8, 0x9c, 0x8a);
    p.inViewHalo = QColor(0xf2, 0xd4, 0x8a);
    p.eraA = p.accent;
    p.eraB = QColor(0x1f, 0x5f, 0xa8);
    // Distinct in hue and lightness, so they tell apart for most colour vision.
    p.partnership = QColor(0xb2, 0x45, 0x2c);  // vermilion
    p.games = QColor(0x1f, 0x5f, 0xa8);        // Olympic blue
    p.cloud = QColor(0x2a, 0x9d, 0x8f);        // teal
    p.commerce = QColor(0xe0, 0x8a, 0x1e);     // amber
    p.technology = QColor(0x6a, 0x4c, 0x93);   // violet
    p.film = QColor(0x3a, 0x3a, 0x3a);         // ink
    return p;
}

QPalette ReaderPalette::toQPalette(QPalette base) const
{
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        base.setColor(group, QPalette::Window, panel);
        base.setColor(group, QPalette::WindowText, ink);
        base.setColor(group, QPalette::Base, paper);
        base.setColor(group, QPalette::AlternateBase, figurePaper);
        base.setColor(group, QPalette::Text, ink);
        base.setColor(group, QPalette::PlaceholderText, muted);
        base.setColor(group, QPalette::Button, panel);
        base.setColor(group, QPalette::ButtonText, ink);
        base.setColor(group, QPalette::Midlight, panelHover);
        base.setColor(group, QPalette::Mid, rule);
        base.setColor(group, QPalette::Highlight, accent);
        base.setColor(group, QPalette::HighlightedText, onAccent);
        base.setColor(group, QPalette::Link, accent);
        base.setColor(group, QPalette::ToolTipBase, paper);
        base.setColor(group, QPalette::ToolTipText, ink);
    }
    return base;
}

}  // namespace hope::core
