// The embedded subsets must hold every character the reader can show:
// the article in both languages and the interface's Chinese translation.
#include "core/BundleLoader.h"
#include "ui/EmbeddedFonts.h"

#include <QFile>
#include <QFontInfo>
#include <QGuiApplication>
#include <QRawFont>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace hope::core;
using namespace hope::ui;

namespace {

void addText(QSet<char32_t> &set, const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x20 && c != 0x2028)
            set.insert(c);
    }
}

void addLocalized(QSet<char32_t> &set, const LocalizedText &t)
{
    addText(set, t.zh);
    addText(set, t.en);
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
    void fonts_register()
    {
        QVERIFY(EmbeddedFonts::ensureRegistered());
        QCOMPARE(QFontInfo(EmbeddedFonts::serif(18)).family(), QStringLiteral("Noto Serif CJK SC"));
        QCOMPARE(QFontInfo(EmbeddedFonts::sans(14)).family(), QStringLiteral("Noto Sans CJK SC"));
    }

    void everyCharacter_isCovered_data()
    {
        QTest::addColumn<QString>("fontPath");
        for (const QString &path : EmbeddedFonts::resourcePaths())
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }

    void everyCharacter_isCovered()
    {
        QFETCH(QString, fontPath);
        QSet<char32_t> needed;
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        const ArticleMeta &m = r.article->meta;
        for (const LocalizedText *t :
             {&m.title, &m.outlet, &m.originalPublisher, &m.author, &m.editor, &m.editorsNote})
            addLocalized(needed, *t);
        for (const ArticleSection &s : r.article->sections) {
            addLocalized(needed, s.label);
            addLocalized(needed, s.heading);
            addText(needed, s.number);
            for (const ArticleBlock &b : s.blocks) addLocalized(needed, b.text);
        }
        addText(needed, QLocale(QLocale::Chinese).toString(m.date, QLocale::LongFormat));
        // The reader's own symbols, drawn in these fonts too.
        addText(needed,
                QStringLiteral("\u25cf\u25b6\u2192\u2212\u2013\u2014\u201c\u201d\u2026\u00d7"));
        // Everything else the bundle shows: milestones, eras, the clip, its
        // chapters and captions.
        for (const Milestone &ms : r.article->milestones) {
            for (const LocalizedText *t : {&ms.label, &ms.title, &ms.description})
                addLocalized(needed, *t);
        }
        for (const Era &e : r.article->eras) addLocalized(needed, e.label);
        const ClipInfo &clip = r.article->clip;
        addLocalized(needed, clip.title);
        addLocalized(needed, clip.description);
        for (const ClipChapter &c : clip.chapters) addLocalized(needed, c.title);
        for (const CaptionTrack *track : {&clip.captionsZh, &clip.captionsEn}) {
            for (const auto &cue : track->cues()) addText(needed, cue.text);
        }

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

        QFile file(fontPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRawFont font(file.readAll(), 16);
        QVERIFY(font.isValid());
        QList<char32_t> missing;
        for (const char32_t c : std::as_const(needed)) {
            if (!font.supportsCharacter(c))
                missing << c;
        }
        std::sort(missing.begin(), missing.end());
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run scripts/make-fonts; missing: ") +
                                               describe(missing)));
    }
};

QTEST_MAIN(TestEmbeddedFonts)
#include "tst_embeddedfonts.moc"
