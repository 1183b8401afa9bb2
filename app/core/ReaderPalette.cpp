#include "core/ReaderPalette.h"

#include <algorithm>
#include <cmath>

namespace hope::core {

QString themeCode(ReaderTheme theme)
{
    switch (theme) {
        case ReaderTheme::Light:
            return QStringLiteral("light");
        case ReaderTheme::Sepia:
            return QStringLiteral("sepia");
        case ReaderTheme::Dark:
            return QStringLiteral("dark");
        case ReaderTheme::System:
            break;
    }
    return QStringLiteral("system");
}

std::optional<ReaderTheme> themeFromCode(const QString &code)
{
    for (const ReaderTheme theme :
         {ReaderTheme::System, ReaderTheme::Light, ReaderTheme::Sepia, ReaderTheme::Dark}) {
        if (code.compare(themeCode(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

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

// Every pair of colours that meets on screen is measured against WCAG 2
// by tst_readerpalette: body text 7:1, other text 4.5:1, markers, lines
// and focus rings 3:1, in every theme.
namespace {
QColor mix(const QColor &a, const QColor &b, qreal towardB)
{
    const auto channel = [towardB](int x, int y) {
        return qRound(x + (y - x) * towardB);
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

// WCAG 2's contrast ratio of two colours.
qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](qreal v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const qreal x = luminance(a);
    const qreal y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
}  // namespace

QColor ReaderPalette::companionInk() const
{
    // As far towards the paper as body text may go (7:1) on every
    // background it can have: paper, a jump's flash, the marked pair.
    for (qreal toward = 0.25; toward > 0.0; toward -= 0.01) {
        const QColor c = mix(ink, paper, toward);
        if (contrast(c, paper) >= 7.2 && contrast(c, flash) >= 7.2 &&
            contrast(c, pairTint()) >= 7.2)
            return c;
    }
    return ink;
}

QColor ReaderPalette::tone(int tone) const
{
    switch (tone) {
        case 1:
            return tone1;
        case 2:
            return tone2;
        case 3:
            return tone3;
        case 4:
            return tone4;
        default:
            return pinyin;
    }
}

QColor ReaderPalette::highlight(HighlightColour colour) const
{
    switch (colour) {
        case HighlightColour::Green:
            return highlightGreen;
        case HighlightColour::Blue:
            return highlightBlue;
        case HighlightColour::Pink:
            return highlightPink;
        case HighlightColour::Yellow:
            break;
    }
    return highlightYellow;
}

QColor ReaderPalette::pairTint() const
{
    return mix(paper, accent, 0.10);
}

ReaderPalette ReaderPalette::light()
{
    ReaderPalette p;
    p.paper = QColor(0xfb, 0xf8, 0xf1);
    p.ink = QColor(0x2a, 0x27, 0x23);
    p.muted = QColor(0x5f, 0x58, 0x50);
    p.accent = QColor(0xa6, 0x3f, 0x27);
    p.onAccent = QColor(0xff, 0xff, 0xff);
    p.panel = QColor(0xf4, 0xf0, 0xe8);
    p.panelHover = QColor(0xe9, 0xe2, 0xd4);
    p.figurePaper = QColor(0xf1, 0xec, 0xe1);
    p.rule = QColor(0xd9, 0xd0, 0xc1);
    p.flash = QColor(0xf6, 0xe2, 0xb3);
    p.playing = QColor(0xe3, 0xec, 0xf4);
    p.speakingSentence = QColor(0xee, 0xe7, 0xd3);
    // Light enough that a milestone link spoken on it still reads at 4.5:1.
    p.speakingWord = QColor(0xf7, 0xdc, 0x96);
    p.pinyin = QColor(0x8a, 0x4a, 0x36);
    p.tone1 = QColor(0xb3, 0x26, 0x1e);
    p.tone2 = QColor(0x2e, 0x6b, 0x2a);
    p.tone3 = QColor(0x1d, 0x5a, 0xa6);
    p.tone4 = QColor(0x7a, 0x2e, 0x92);
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
    p.axis = QColor(0x8f, 0x85, 0x77);
    p.leader = QColor(0x8f, 0x85, 0x77);
    p.inViewHalo = QColor(0xb4, 0x7c, 0x12);
    p.eraA = QColor(0xa6, 0x3f, 0x27);
    p.eraB = QColor(0x1f, 0x5f, 0xa8);
    p.partnership = QColor(0xa6, 0x3f, 0x27);
    p.games = QColor(0x1f, 0x5f, 0xa8);
    p.cloud = QColor(0x1d, 0x72, 0x67);
    p.commerce = QColor(0x8f, 0x5a, 0x0e);
    p.technology = QColor(0x6a, 0x4c, 0x93);
    p.film = QColor(0x3a, 0x3a, 0x3a);
    p.highlightYellow = QColor(0xf8, 0xe3, 0x8c);
    p.highlightGreen = QColor(0xd2, 0xe9, 0xc3);
    p.highlightBlue = QColor(0xd2, 0xe4, 0xf5);
    p.highlightPink = QColor(0xf8, 0xdc, 0xe5);
    return p;
}

ReaderPalette ReaderPalette::sepia()
{
    ReaderPalette p;
    p.paper = QColor(0xf4, 0xec, 0xd8);
    p.ink = QColor(0x3b, 0x2f, 0x22);
    p.muted = QColor(0x5e, 0x50, 0x40);
    p.accent = QColor(0x9a, 0x3c, 0x20);
    p.onAccent = QColor(0xff, 0xff, 0xff);
    p.panel = QColor(0xeb, 0xe1, 0xc8);
    p.panelHover = QColor(0xdf, 0xd2, 0xb4);
    p.figurePaper = QColor(0xe8, 0xdc, 0xc0);
    p.rule = QColor(0xcf, 0xc0, 0xa0);
    p.flash = QColor(0xec, 0xd4, 0x9a);
    p.playing = QColor(0xdd, 0xe3, 0xdc);
    p.speakingSentence = QColor(0xe6, 0xdb, 0xbd);
    p.speakingWord = QColor(0xef, 0xd4, 0x8a);
    p.pinyin = QColor(0x7e, 0x42, 0x30);
    p.tone1 = QColor(0xa5, 0x23, 0x18);
    p.tone2 = QColor(0x2a, 0x62, 0x26);
    p.tone3 = QColor(0x1a, 0x50, 0x96);
    p.tone4 = QColor(0x6f, 0x28, 0x85);
    p.findMatch = QColor(0xef, 0xd0, 0x7c);
    p.findMissing = QColor(0xef, 0xc6, 0xb8);
    p.notice = QColor(0xec, 0xd4, 0x9a);
    p.onNotice = QColor(0x3a, 0x2a, 0x10);
    p.stage = QColor(0x07, 0x08, 0x0c);
    p.onStage = QColor(0xf4, 0xec, 0xd8);
    p.stageFocus = QColor(0xf0, 0xb4, 0x5a);
    p.captionBand = QColor(0, 0, 0, 170);
    p.controlBar = QColor(0xe2, 0xd6, 0xba);
    p.focusRing = QColor(0x8f, 0x35, 0x19);
    p.axis = QColor(0x8a, 0x7a, 0x60);
    p.leader = QColor(0x8a, 0x7a, 0x60);
    p.inViewHalo = QColor(0xa4, 0x74, 0x14);
    p.eraA = QColor(0x9a, 0x3c, 0x20);
    p.eraB = QColor(0x1f, 0x5a, 0x96);
    p.partnership = QColor(0x9a, 0x3c, 0x20);
    p.games = QColor(0x1f, 0x5a, 0x96);
    p.cloud = QColor(0x1b, 0x6a, 0x5f);
    p.commerce = QColor(0x80, 0x50, 0x0c);
    p.technology = QColor(0x63, 0x46, 0x89);
    p.film = QColor(0x3b, 0x2f, 0x22);
    p.highlightYellow = QColor(0xee, 0xd5, 0x8a);
    p.highlightGreen = QColor(0xcf, 0xdc, 0xae);
    p.highlightBlue = QColor(0xca, 0xd9, 0xe0);
    p.highlightPink = QColor(0xef, 0xce, 0xce);
    return p;
}

ReaderPalette ReaderPalette::dark()
{
    ReaderPalette p;
    p.paper = QColor(0x1c, 0x1b, 0x19);
    p.ink = QColor(0xe8, 0xe2, 0xd6);
    p.muted = QColor(0xac, 0xa4, 0x96);
    p.accent = QColor(0xf0, 0x8a, 0x6c);
    p.onAccent = QColor(0x1c, 0x1b, 0x19);
    p.panel = QColor(0x25, 0x23, 0x20);
    p.panelHover = QColor(0x34, 0x31, 0x2c);
    p.figurePaper = QColor(0x2a, 0x28, 0x25);
    p.rule = QColor(0x4a, 0x46, 0x3f);
    p.flash = QColor(0x3e, 0x33, 0x18);
    p.playing = QColor(0x1f, 0x2f, 0x3f);
    p.speakingSentence = QColor(0x2f, 0x2c, 0x26);
    p.speakingWord = QColor(0x3f, 0x34, 0x16);
    p.pinyin = QColor(0xe0, 0xa8, 0x90);
    p.tone1 = QColor(0xff, 0x9a, 0x8c);
    p.tone2 = QColor(0x8f, 0xd0, 0x8a);
    p.tone3 = QColor(0x93, 0xbd, 0xf5);
    p.tone4 = QColor(0xd8, 0xa8, 0xf0);
    p.findMatch = QColor(0x45, 0x37, 0x0f);
    p.findMissing = QColor(0x4a, 0x25, 0x20);
    p.notice = QColor(0x4a, 0x3d, 0x1c);
    p.onNotice = QColor(0xf6, 0xe2, 0xb3);
    p.stage = QColor(0x07, 0x08, 0x0c);
    p.onStage = QColor(0xfb, 0xf8, 0xf1);
    p.stageFocus = QColor(0xf0, 0xb4, 0x5a);
    p.captionBand = QColor(0, 0, 0, 170);
    p.controlBar = QColor(0x2e, 0x2b, 0x27);
    p.focusRing = QColor(0xf0, 0x8a, 0x6c);
    p.axis = QColor(0x7d, 0x76, 0x6b);
    p.leader = QColor(0x7d, 0x76, 0x6b);
    p.inViewHalo = QColor(0x8a, 0x6a, 0x1c);
    p.eraA = QColor(0xf0, 0x8a, 0x6c);
    p.eraB = QColor(0x7f, 0xb0, 0xea);
    p.partnership = QColor(0xf0, 0x8a, 0x6c);
    p.games = QColor(0x7f, 0xb0, 0xea);
    p.cloud = QColor(0x5c, 0xc8, 0xb8);
    p.commerce = QColor(0xf0, 0xb4, 0x5a);
    p.technology = QColor(0xbb, 0xa0, 0xe6);
    p.film = QColor(0xd0, 0xca, 0xbd);
    p.highlightYellow = QColor(0x3e, 0x33, 0x0d);
    p.highlightGreen = QColor(0x1d, 0x3b, 0x27);
    p.highlightBlue = QColor(0x1d, 0x35, 0x50);
    p.highlightPink = QColor(0x4a, 0x22, 0x38);
    return p;
}

ReaderPalette ReaderPalette::forTheme(ReaderTheme theme, const QPalette &platform)
{
    switch (theme) {
        case ReaderTheme::Light:
            return light();
        case ReaderTheme::Sepia:
            return sepia();
        case ReaderTheme::Dark:
            return dark();
        case ReaderTheme::System:
            break;
    }
    return isDarkPalette(platform) ? dark() : light();
}

bool ReaderPalette::isDarkPalette(const QPalette &platform)
{
    return platform.color(QPalette::Window).lightnessF() <
           platform.color(QPalette::WindowText).lightnessF();
}

QPalette ReaderPalette::toQPalette(QPalette base) const
{
    // Light, Dark and Shadow are the style's bevels and frames: from the
    // panel's colour, so a dark theme has no white edges.
    const bool darkPaper = paper.lightnessF() < ink.lightnessF();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        base.setColor(group, QPalette::Window, panel);
        base.setColor(group, QPalette::Base, paper);
        base.setColor(group, QPalette::AlternateBase, figurePaper);
        base.setColor(group, QPalette::Button, panel);
        base.setColor(group, QPalette::Midlight, panelHover);
        base.setColor(group, QPalette::Mid, rule);
        base.setColor(group, QPalette::Light, darkPaper ? panelHover : paper);
        base.setColor(group, QPalette::Dark, darkPaper ? stage : rule.darker(130));
        base.setColor(group, QPalette::Shadow, stage);
        base.setColor(group, QPalette::Highlight, accent);
        base.setColor(group, QPalette::HighlightedText, onAccent);
        base.setColor(group, QPalette::Link, accent);
        base.setColor(group, QPalette::LinkVisited, accent);
        base.setColor(group, QPalette::ToolTipBase, paper);
        base.setColor(group, QPalette::ToolTipText, ink);
        base.setColor(group, QPalette::BrightText, onAccent);
        // Greyed-out controls step back as the muted text does.
        const QColor text = group == QPalette::Disabled ? muted : ink;
        base.setColor(group, QPalette::WindowText, text);
        base.setColor(group, QPalette::Text, text);
        base.setColor(group, QPalette::ButtonText, text);
        base.setColor(group, QPalette::PlaceholderText, muted);
    }
    return base;
}

}  // namespace hope::core
