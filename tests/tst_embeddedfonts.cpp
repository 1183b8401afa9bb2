// The embedded subsets must hold every character the reader can show:
// the article in both languages and the interface's Chinese translation;
// the Latin subsets every character of the English text, whose
// apostrophes and quotes must not be the CJK faces' full-width ones.
#include "core/ArticleScript.h"
#include "core/BundleLoader.h"
#include "core/ScriptConverter.h"
#include "ui/EmbeddedFonts.h"

#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRawFont>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace hope::core;
using namespace hope::ui;
using namespace Qt::StringLiterals;

namespace {

void addText(QSet<char32_t> &set, const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x20 && c != 0x2028)
            set.insert(c);
    }
}

enum class Texts { Both, English };

void addLocalized(QSet<char32_t> &set, const LocalizedText &t, Texts texts = Texts::Both)
{
    if (texts == Texts::Both)
        addText(set, t.zh);
    addText(set, t.en);
}

// Every text of the bundle the reader shows, in both languages or in
// English only.
void addArticle(QSet<char32_t> &needed, const Article &a, Texts texts)
{
    const ArticleMeta &m = a.meta;
    for (const LocalizedText *t :
         {&m.title, &m.outlet, &m.originalPublisher, &m.author, &m.editor, &m.editorsNote})
        addLocalized(needed, *t, texts);
    for (const ArticleSection &s : a.sections) {
        addLocalized(needed, s.label, texts);
        addLocalized(needed, s.heading, texts);
        addText(needed, s.number);
        for (const ArticleBlock &b : s.blocks) addLocalized(needed, b.text, texts);
    }
    // Milestones, eras, the clip, its chapters and captions.
    for (const Milestone &ms : a.milestones) {
        for (const LocalizedText *t : {&ms.label, &ms.title, &ms.description})
            addLocalized(needed, *t, texts);
    }
    for (const Era &e : a.eras) addLocalized(needed, e.label, texts);
    const ClipInfo &clip = a.clip;
    addLocalized(needed, clip.title, texts);
    addLocalized(needed, clip.description, texts);
    for (const ClipChapter &c : clip.chapters) addLocalized(needed, c.title, texts);
    for (const auto &cue : clip.captionsEn.cues()) addText(needed, cue.text);
    if (texts == Texts::Both) {
        for (const auto &cue : clip.captionsZh.cues()) addText(needed, cue.text);
    }
}

// Han, kana, CJK punctuation and full-width forms: what an English text
// may quote in Chinese is drawn by the CJK fallback, not the Latin face.
bool isCjk(char32_t c)
{
    return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || c >= 0x20000;
}

QRawFont rawFont(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QRawFont(file.readAll(), 16) : QRawFont();
}

QList<char32_t> missingFrom(const QRawFont &font, const QSet<char32_t> &needed)
{
    QList<char32_t> missing;
    for (const char32_t c : needed) {
        if (!font.supportsCharacter(c))
            missing << c;
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}

QString describe(const QList<char32_t> &missing)
{
    QString s;
    for (const char32_t c : missing)
        s += QString::fromUcs4(&c, 1) +
             QStringLiteral(" (U+%1) ").arg(quint32(c), 4, 16, QChar(u'0'));
    return s;
}

}  // namespace

class TestEmbeddedFonts : public QObject
{
    Q_OBJECT

private slots:
    void interfacePixels_followTheApplicationFont_data()
    {
        QTest::addColumn<int>("appPixels");
        QTest::addColumn<int>("design");
        QTest::addColumn<int>("expected");
        QTest::newRow("as designed") << 14 << 12 << 12;
        QTest::newRow("half as large again") << 21 << 12 << 18;
        QTest::newRow("twice") << 28 << 15 << 30;
        QTest::newRow("smaller is not followed") << 10 << 13 << 13;
    }

    // The clip panel and the timeline are as large as the interface font,
    // which Launcher sets from the desktop's.
    void interfacePixels_followTheApplicationFont()
    {
        QFETCH(int, appPixels);
        QFETCH(int, design);
        QFETCH(int, expected);
        const QFont before = QGuiApplication::font();
        QFont font = before;
        font.setPixelSize(appPixels);
        QGuiApplication::setFont(font);
        const int got = EmbeddedFonts::interfacePixels(design);
        QGuiApplication::setFont(before);
        QCOMPARE(got, expected);
    }

    void fonts_register()
    {
        QVERIFY(EmbeddedFonts::ensureRegistered());
        QCOMPARE(QFontInfo(EmbeddedFonts::serif(18)).family(), QStringLiteral("Hope Serif CJK SC"));
        QCOMPARE(QFontInfo(EmbeddedFonts::sans(14)).family(), QStringLiteral("Hope Sans CJK SC"));
        QCOMPARE(QFontInfo(EmbeddedFonts::serif(18, Language::Chinese)).family(),
                 QStringLiteral("Hope Serif CJK SC"));
        QCOMPARE(QFontInfo(EmbeddedFonts::serif(18, Language::English)).family(),
                 QStringLiteral("Hope Serif"));
        QCOMPARE(QFontInfo(EmbeddedFonts::sans(14, Language::English)).family(),
                 QStringLiteral("Hope Sans"));
        // English falls back to the CJK face for anything Chinese it quotes.
        QCOMPARE(EmbeddedFonts::serif(18, Language::English).families(),
                 QStringList({QStringLiteral("Hope Serif"), QStringLiteral("Hope Serif CJK SC")}));
    }

    // The families must come from the resources, not from fonts that
    // happen to be installed where the tests run.
    void embeddedFiles_provideEveryFamily()
    {
        QSet<QString> families;
        for (const QString &path : EmbeddedFonts::resourcePaths()) {
            const QRawFont font = rawFont(path);
            QVERIFY2(font.isValid(), qPrintable(path));
            families.insert(font.familyName());
        }
        for (const QString &path : EmbeddedFonts::traditionalResourcePaths()) {
            const QRawFont font = rawFont(path);
            QVERIFY2(font.isValid(), qPrintable(path));
            families.insert(font.familyName());
        }
        for (const char *family : {"Hope Serif", "Hope Sans", "Hope Serif CJK SC",
                                   "Hope Sans CJK SC", "Hope Serif CJK TC", "Hope Sans CJK TC"})
            QVERIFY2(families.contains(QLatin1String(family)), family);
    }

    void everyCharacter_isCovered_data()
    {
        QTest::addColumn<QString>("fontPath");
        // The Latin faces are held to the English text only (below).
        for (const QString &path : EmbeddedFonts::resourcePaths()) {
            if (path.contains(u"CJK"))
                QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
        }
    }

    void everyCharacter_isCovered()
    {
        QFETCH(QString, fontPath);
        QSet<char32_t> needed;
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        addArticle(needed, *r.article, Texts::Both);
        addText(needed,
                QLocale(QLocale::Chinese).toString(r.article->meta.date, QLocale::LongFormat));
        // The reader's own symbols, drawn in these fonts too.
        addText(needed,
                QStringLiteral("\u25cf\u25b6\u2192\u2212\u2013\u2014\u201c\u201d\u2026\u00d7"));

        QFile ts(QStringLiteral(HOPE_SOURCE_DIR "/translations/hope-reader_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int translations = 0;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == u"translation") {
                addText(needed, xml.readElementText(QXmlStreamReader::IncludeChildElements));
                ++translations;
            }
        }
        QVERIFY(translations > 20);

        const QRawFont font = rawFont(fontPath);
        QVERIFY(font.isValid());
        const QList<char32_t> missing = missingFrom(font, needed);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/make-fonts; missing: ") +
                                               describe(missing)));
    }

    // The article in Traditional characters, as both of OpenCC's
    // conversions show it, in the TC faces: no character left to another
    // face (or to a system font, where Taiwan's forms may be missing).
    void traditional_isCoveredByTcFaces_data()
    {
        QTest::addColumn<QString>("fontPath");
        QTest::addColumn<QString>("config");
        for (const QString &path : EmbeddedFonts::traditionalResourcePaths()) {
            for (const QString &config : {u"s2twp.json"_s, u"s2hk.json"_s}) {
                QTest::addRow("%s %s", qPrintable(path.section(u'/', -1)), qPrintable(config))
                    << path << config;
            }
        }
    }
    void traditional_isCoveredByTcFaces()
    {
        QFETCH(QString, fontPath);
        QFETCH(QString, config);
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        const ScriptConverter converter(config);
        QVERIFY2(converter.load(), qPrintable(converter.error()));
        const Article shown = articleInScript(*r.article, converter);
        QSet<char32_t> needed;
        addArticle(needed, shown, Texts::Both);
        QSet<char32_t> han;
        for (const char32_t c : std::as_const(needed)) {
            if (QChar::script(c) == QChar::Script_Han)
                han.insert(c);
        }
        QVERIFY(han.contains(U'奧'));
        QVERIFY(han.contains(U'會'));
        const QRawFont font = rawFont(fontPath);
        QVERIFY2(font.isValid(), qPrintable(fontPath));
        const QList<char32_t> missing = missingFrom(font, han);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/make-fonts; missing: ") +
                                               describe(missing)));
    }

    void traditional_facesComeFirstWhenShown()
    {
        QVERIFY(EmbeddedFonts::ensureTraditionalRegistered());
        EmbeddedFonts::setChineseScript(ChineseScript::TraditionalTaiwan);
        const QFont chinese = EmbeddedFonts::serif(18, Language::Chinese);
        const QFont english = EmbeddedFonts::sans(14, Language::English);
        EmbeddedFonts::setChineseScript(ChineseScript::Simplified);
        QCOMPARE(chinese.families(),
                 QStringList({u"Hope Serif CJK TC"_s, u"Hope Serif CJK SC"_s, u"Hope Serif"_s}));
        QCOMPARE(QFontInfo(chinese).family(), u"Hope Serif CJK TC"_s);
        QCOMPARE(english.families(),
                 QStringList({u"Hope Sans"_s, u"Hope Sans CJK TC"_s, u"Hope Sans CJK SC"_s}));
        // Back to Simplified: the SC faces alone, as before.
        QCOMPARE(EmbeddedFonts::serif(18, Language::Chinese).families(),
                 QStringList({u"Hope Serif CJK SC"_s, u"Hope Serif"_s}));
    }

    // The lookup card shows CC-CEDICT's entries in regular type: their
    // Traditional forms and the Chinese of their senses.
    void dictionary_isCoveredByRegularFaces_data()
    {
        QTest::addColumn<QString>("fontPath");
        for (const QString &path : EmbeddedFonts::resourcePaths()) {
            if (path.contains(u"CJK") && path.contains(u"Regular"))
                QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
        }
    }
    void dictionary_isCoveredByRegularFaces()
    {
        QFETCH(QString, fontPath);
        QFile dictionary(QStringLiteral(":/dictionary/cedict-subset.u8"));
        QVERIFY(dictionary.open(QIODevice::ReadOnly));
        QSet<char32_t> needed;
        addText(needed, QString::fromUtf8(dictionary.readAll()));
        QVERIFY(needed.contains(U'奧'));
        const QRawFont font = rawFont(fontPath);
        QVERIFY(font.isValid());
        // The card's Latin face comes first; the CJK face draws the rest.
        QString latinPath = fontPath;
        latinPath.replace(u"CJKsc"_s, QString()).replace(u".otf"_s, u".ttf"_s);
        const QRawFont latin = rawFont(latinPath);
        QVERIFY2(latin.isValid(), qPrintable(latinPath));
        QList<char32_t> missing = missingFrom(font, needed);
        missing.removeIf([&](char32_t c) { return latin.supportsCharacter(c); });
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/make-fonts; missing: ") +
                                               describe(missing)));
    }

    // The Zhuyin ruby, drawn in the regular CJK faces (the Latin face
    // first has none of it).
    void zhuyin_isCoveredByRegularFaces_data()
    {
        QTest::addColumn<QString>("fontPath");
        for (const QString &path : EmbeddedFonts::resourcePaths()) {
            if (path.contains(u"CJKsc") && path.contains(u"Regular"))
                QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
        }
    }
    void zhuyin_isCoveredByRegularFaces()
    {
        QFETCH(QString, fontPath);
        QSet<char32_t> needed;
        // Every symbol of the standard's 37, and its four tone marks.
        for (char32_t c = 0x3105; c <= 0x3129; ++c) needed.insert(c);
        for (const char32_t c : {U'ˊ', U'ˇ', U'ˋ', U'˙'}) needed.insert(c);
        const QRawFont font = rawFont(fontPath);
        QVERIFY(font.isValid());
        const QList<char32_t> missing = missingFrom(font, needed);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/make-fonts; missing: ") +
                                               describe(missing)));
    }

    void englishText_isCoveredByLatinFaces_data()
    {
        QTest::addColumn<QString>("fontPath");
        for (const QString &path : EmbeddedFonts::resourcePaths()) {
            if (!path.contains(u"CJK"))
                QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
        }
    }

    void englishText_isCoveredByLatinFaces()
    {
        QFETCH(QString, fontPath);
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        QSet<char32_t> english;
        addArticle(english, *r.article, Texts::English);
        addText(english, QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .toString(r.article->meta.date, QStringLiteral("dddd d MMMM yyyy")));
        // What English typesetting uses even where the text has none yet.
        addText(english, QStringLiteral("\u2018\u2019\u201c\u201d\u2026\u2013\u2014\u00b7\u2022"));
        english.removeIf([](char32_t c) { return isCjk(c); });
        QVERIFY(english.size() > 60);
        const QRawFont font = rawFont(fontPath);
        QVERIFY(font.isValid());
        const QList<char32_t> missing = missingFrom(font, english);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/make-fonts; missing: ") +
                                               describe(missing)));
    }

    // The CJK faces draw ’ a full em wide, which left "Alibaba’ s" with a
    // gap; the English faces must draw it like a Latin apostrophe.
    void englishFaces_drawPunctuationProportionally_data()
    {
        QTest::addColumn<QFont>("font");
        QTest::newRow("body serif") << EmbeddedFonts::serif(18, Language::English);
        QTest::newRow("sans") << EmbeddedFonts::sans(14, Language::English);
        QFont bold = EmbeddedFonts::serif(18, Language::English);
        bold.setBold(true);
        QTest::newRow("bold serif") << bold;
    }

    void englishFaces_drawPunctuationProportionally()
    {
        QFETCH(QFont, font);
        const QFontMetricsF fm(font);
        const qreal em = font.pixelSize();
        for (const QString &mark : {QStringLiteral("\u2019"), QStringLiteral("\u2018"),
                                    QStringLiteral("\u201c"), QStringLiteral("\u201d")})
            QVERIFY2(fm.horizontalAdvance(mark) < 0.5 * em, qPrintable(mark));
        // A Latin ellipsis is about as wide as the three dots it stands for;
        // the CJK one is a full em whatever the dots.
        const qreal ellipsis = fm.horizontalAdvance(QStringLiteral("\u2026"));
        const qreal dots = fm.horizontalAdvance(QStringLiteral("..."));
        QVERIFY2(std::abs(ellipsis - dots) < 0.15 * dots,
                 qPrintable(QStringLiteral("%1 vs %2").arg(ellipsis).arg(dots)));
        // And the fallback still draws Chinese, a full em wide.
        QVERIFY(fm.horizontalAdvance(QStringLiteral("\u4e2d")) > 0.9 * em);
    }

    // Chinese keeps its full-width quotes, as clreq expects.
    void chineseFaces_keepFullWidthQuotes()
    {
        const QFont font = EmbeddedFonts::serif(18, Language::Chinese);
        const QFontMetricsF fm(font);
        QVERIFY(fm.horizontalAdvance(QStringLiteral("\u201c")) > 0.9 * font.pixelSize());
        QVERIFY(fm.horizontalAdvance(QStringLiteral("\u2019")) > 0.9 * font.pixelSize());
    }
};

QTEST_MAIN(TestEmbeddedFonts)
#include "tst_embeddedfonts.moc"
