#include "Contrast.h"
#include "core/ReaderPalette.h"

#include <QTest>

#include <cmath>

using namespace hope::core;

namespace {

using contrast::luminance;

double contrastRatio(const QColor &a, const QColor &b)
{
    return contrast::ratio(a, b);
}

// A translucent colour painted over an opaque one, as QPainter blends it.
QColor over(QColor top, int alpha, const QColor &below)
{
    const auto mix = [alpha](int t, int b) {
        return qRound((t * alpha + b * (255 - alpha)) / 255.0);
    };
    return QColor(mix(top.red(), below.red()), mix(top.green(), below.green()),
                  mix(top.blue(), below.blue()));
}

constexpr double kBody = 7.0;
constexpr double kText = 4.5;
constexpr double kGraphic = 3.0;

struct Theme
{
    const char *name;
    ReaderPalette colours;
};

QList<Theme> themes()
{
    return {{"light", ReaderPalette::light()},
            {"sepia", ReaderPalette::sepia()},
            {"dark", ReaderPalette::dark()}};
}

}  // namespace

class TestReaderPalette : public QObject
{
    Q_OBJECT

private slots:
    void contrast_data()
    {
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("minimum");
        for (const Theme &t : themes()) {
            const ReaderPalette &p = t.colours;
            const QPalette q = p.toQPalette(QPalette());
            const auto row = [&t](const char *role, const QColor &fg, const QColor &bg,
                                  double minimum) {
                QTest::addRow("%s: %s", t.name, role) << fg << bg << minimum;
            };
            // The article.
            row("body text on paper", p.ink, p.paper, kBody);
            row("body text in a jump's flash", p.ink, p.flash, kBody);
            row("body text in the playing scene", p.ink, p.playing, kBody);
            row("milestone link on paper", p.accent, p.paper, kText);
            row("milestone link in a flash", p.accent, p.flash, kText);
            row("milestone link in the playing scene", p.accent, p.playing, kText);
            row("byline on paper", p.muted, p.paper, kText);
            row("editor's note", p.muted, p.figurePaper, kText);
            row("figure caption", p.muted, p.figurePaper, kText);
            row("play link in a figure", p.accent, p.figurePaper, kText);
            row("selected text", p.onAccent, p.accent, kText);
            row("body text in the sentence read aloud", p.ink, p.speakingSentence, kBody);
            row("body text in the word read aloud", p.ink, p.speakingWord, kBody);
            row("milestone link in the sentence read aloud", p.accent, p.speakingSentence, kText);
            row("milestone link in the word read aloud", p.accent, p.speakingWord, kText);
            row("body text in a find match", p.ink, p.findMatch, kBody);
            row("milestone link in a find match", p.accent, p.findMatch, kText);
            row("find field text, nothing found", p.ink, p.findMissing, kBody);
            for (const HighlightColour c : kHighlightColours) {
                const QByteArray code = highlightColourCode(c).toUtf8();
                QTest::addRow("%s: body text on the %s highlight", t.name, code.constData())
                    << p.ink << p.highlight(c) << kBody;
                QTest::addRow("%s: interleaved English on the %s highlight", t.name,
                              code.constData())
                    << p.companionInk() << p.highlight(c) << kBody;
                QTest::addRow("%s: milestone link on the %s highlight", t.name, code.constData())
                    << p.accent << p.highlight(c) << kText;
                QTest::addRow("%s: pinyin over the %s highlight", t.name, code.constData())
                    << p.pinyin << p.highlight(c) << kText;
                for (int tone = 1; tone <= 4; ++tone)
                    QTest::addRow("%s: tone %d pinyin over the %s highlight", t.name, tone,
                                  code.constData())
                        << p.tone(tone) << p.highlight(c) << kText;
            }
            // Bilingual reading: the English of an interleaved pair, and the
            // pair of the paragraph pointed at.
            row("interleaved English on paper", p.companionInk(), p.paper, kBody);
            row("interleaved English in a flash", p.companionInk(), p.flash, kBody);
            row("body text in the marked pair", p.ink, p.pairTint(), kBody);
            row("interleaved English in the marked pair", p.companionInk(), p.pairTint(), kBody);
            row("milestone link in the marked pair", p.accent, p.pairTint(), kText);
            row("pinyin on paper", p.pinyin, p.paper, kText);
            row("pinyin in the sentence read aloud", p.pinyin, p.speakingSentence, kText);
            row("pinyin in a jump's flash", p.pinyin, p.flash, kText);
            row("pinyin in the playing scene", p.pinyin, p.playing, kText);
            for (int tone = 1; tone <= 4; ++tone) {
                const QByteArray name = "tone " + QByteArray::number(tone) + " pinyin";
                row((name + " on paper").constData(), p.tone(tone), p.paper, kText);
                row((name + " in the sentence read aloud").constData(), p.tone(tone),
                    p.speakingSentence, kText);
                row((name + " in a jump's flash").constData(), p.tone(tone), p.flash, kText);
                row((name + " in the playing scene").constData(), p.tone(tone), p.playing, kText);
            }
            // Sidebar, card, clip panel, find bar: the widget palette.
            row("Contents title", q.color(QPalette::PlaceholderText), q.color(QPalette::Window),
                kText);
            row("clip length line", q.color(QPalette::PlaceholderText), q.color(QPalette::Window),
                kText);
            row("find bar status", q.color(QPalette::PlaceholderText), q.color(QPalette::Window),
                kText);
            row("placeholder in a field", q.color(QPalette::PlaceholderText),
                q.color(QPalette::Base), kText);
            row("panel text", q.color(QPalette::WindowText), q.color(QPalette::Window), kText);
            row("field text", q.color(QPalette::Text), q.color(QPalette::Base), kBody);
            row("button text", q.color(QPalette::ButtonText), q.color(QPalette::Button), kText);
            row("tooltip", q.color(QPalette::ToolTipText), q.color(QPalette::ToolTipBase), kText);
            row("link", q.color(QPalette::Link), q.color(QPalette::Base), kText);
            row("current chapter row", q.color(QPalette::HighlightedText),
                q.color(QPalette::Highlight), kText);
            row("current chapter row, window inactive",
                q.color(QPalette::Inactive, QPalette::HighlightedText),
                q.color(QPalette::Inactive, QPalette::Highlight), kText);
            row("section being read", p.onAccent, p.accent, kText);
            row("sidebar entry", p.ink, p.panel, kText);
            row("sidebar entry under the mouse", p.ink, p.panelHover, kText);
            row("card text", p.ink, p.panel, kText);
            row("card date basis", p.muted, p.panel, kText);
            row("clip time label", p.ink, p.controlBar, kText);
            row("clip notice", p.onNotice, p.notice, kText);
            row("captions on the stage", p.onStage,
                over(p.captionBand, p.captionBand.alpha(), p.stage), kText);
            // The band over the brightest picture there can be: captions
            // and the notes on the picture stay >= 4.5:1 over any frame.
            row("captions over a white frame", p.onStage,
                over(p.captionBand, p.captionBand.alpha(), QColor(Qt::white)), kText);
            row("clip title on the stage", p.onStage, p.stage, kText);
            for (const auto &[name, category] :
                 QList<QPair<const char *, QColor>>{{"Partnership", p.partnership},
                                                    {"Games", p.games},
                                                    {"Cloud", p.cloud},
                                                    {"Commerce", p.commerce},
                                                    {"Technology", p.technology},
                                                    {"Film", p.film}}) {
                const QByteArray label = QByteArray("card label ● ") + name;
                row(label.constData(), category, p.panel, kText);
                const QByteArray marker = QByteArray("timeline marker ") + name;
                row(marker.constData(), category, p.paper, kGraphic);
            }
            // The timeline: labels over the era bands, each era's name on its bar.
            for (const QColor &era : {p.eraA, p.eraB}) {
                const QColor tint = over(era, p.eraTintAlpha, p.paper);
                const QColor bar = over(era, p.eraBarAlpha, p.paper);
                const bool first = era == p.eraA;
                row(first ? "timeline label over era band A" : "timeline label over era band B",
                    p.muted, tint, kText);
                row(first ? "timeline label in view, band A" : "timeline label in view, band B",
                    p.ink, tint, kText);
                row(first ? "selected timeline label, band A" : "selected timeline label, band B",
                    p.accent, tint, kText);
                row(first ? "era name on bar A" : "era name on bar B", p.ink, bar, kText);
            }
            // Graphics and focus.
            row("timeline axis", p.axis, p.paper, kGraphic);
            row("timeline leader line", p.leader, p.paper, kGraphic);
            row("in-view halo", p.inViewHalo, p.paper, kGraphic);
            row("timeline focus ring", q.color(QPalette::Highlight), p.paper, kGraphic);
            row("sidebar focus frame", p.accent, p.panel, kGraphic);
            row("clip control focus ring", p.focusRing, p.controlBar, kGraphic);
            row("chapter list focus ring", p.focusRing, p.panel, kGraphic);
            row("video focus ring", p.stageFocus, p.stage, kGraphic);
            row("article focus ring", p.focusRing, p.paper, kGraphic);
            row("box round the focused link", p.focusRing, p.paper, kGraphic);
            row("box round the focused link in a figure", p.focusRing, p.figurePaper, kGraphic);
            row("box round the focused link in a flash", p.focusRing, p.flash, kGraphic);
            row("Read Aloud button ring on the status line", p.focusRing, q.color(QPalette::Window),
                kGraphic);
            row("sidebar focus ring", p.focusRing, p.panel, kGraphic);
            row("card button focus ring", p.focusRing, p.panel, kGraphic);
            row("seek bar chapter ticks", q.color(QPalette::Highlight), p.controlBar, kGraphic);
        }
    }

    void contrast()
    {
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(double, minimum);
        const double ratio = contrastRatio(foreground, background);
        if (ratio < minimum) {
            QFAIL(qPrintable(QStringLiteral("%1 on %2: %3:1, needs %4:1")
                                 .arg(foreground.name(), background.name())
                                 .arg(ratio, 0, 'f', 2)
                                 .arg(minimum)));
        }
    }

    // The formula itself, against figures WebAIM's checker gives.
    void contrastFormula_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
        QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::newRow("#949494 on white") << QColor(0x94, 0x94, 0x94) << QColor(Qt::white) << 3.03;
    }

    void contrastFormula()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, expected);
        QCOMPARE(qRound(contrastRatio(a, b) * 100), qRound(expected * 100));
    }

    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("theme");
        QTest::newRow("system") << "system" << int(ReaderTheme::System);
        QTest::newRow("light") << "light" << int(ReaderTheme::Light);
        QTest::newRow("sepia") << "sepia" << int(ReaderTheme::Sepia);
        QTest::newRow("dark") << "dark" << int(ReaderTheme::Dark);
        QTest::newRow("upper case") << "DARK" << int(ReaderTheme::Dark);
        QTest::newRow("unknown") << "solarized" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void codes()
    {
        QFETCH(QString, code);
        QFETCH(int, theme);
        const auto parsed = themeFromCode(code);
        QCOMPARE(parsed ? int(*parsed) : -1, theme);
        if (parsed)
            QCOMPARE(themeCode(*parsed), code.toLower());
    }

    void system_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light desktop")
            << QColor(0xef, 0xef, 0xef) << QColor(0x10, 0x10, 0x10) << false;
        QTest::newRow("dark desktop")
            << QColor(0x2d, 0x2d, 0x2d) << QColor(0xee, 0xee, 0xee) << true;
        QTest::newRow("high-contrast dark") << QColor(Qt::black) << QColor(Qt::white) << true;
        QTest::newRow("high-contrast light") << QColor(Qt::white) << QColor(Qt::black) << false;
    }

    // "Follow the system": the platform's window darker than its text.
    void system()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        QFETCH(bool, dark);
        QPalette platform;
        platform.setColor(QPalette::Window, window);
        platform.setColor(QPalette::WindowText, text);
        const ReaderPalette chosen = ReaderPalette::forTheme(ReaderTheme::System, platform);
        QCOMPARE(luminance(chosen.paper) < luminance(chosen.ink), dark);
    }

    // Every panel's QPalette carries the theme: a dark theme has no light
    // window, field or button left from the platform.
    void widgetPalette_followsTheTheme()
    {
        for (const Theme &t : themes()) {
            const QPalette q = t.colours.toQPalette(QPalette(Qt::white));
            for (const auto role :
                 {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase}) {
                const double l = luminance(q.color(role));
                const bool darkTheme = luminance(t.colours.paper) < luminance(t.colours.ink);
                QVERIFY2(darkTheme ? l < 0.1 : l > 0.6, t.name);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderPalette)
#include "tst_readerpalette.moc"
