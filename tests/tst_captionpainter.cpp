// The captions as they are drawn, with the reader's own fonts, on the
// clip's 960x540 picture.
#include "TestArticle.h"
#include "ui/CaptionPainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace hope::core;
using namespace hope::ui;

Q_DECLARE_METATYPE(hope::core::CaptionSize)

namespace {
// Where the end card's title and slogan are burned in (scripts/make-clip:
// 50 px at y 300, 30 px at y 372), on the clip's 960x540 frame.
const QRectF kEndCardTitles(0, 300, 960, 102);
const QRectF kPicture(0, 0, 960, 540);
}  // namespace

class TestCaptionPainter : public QObject
{
    Q_OBJECT

private:
    ClipInfo m_clip;

    // The longest line of a track, by what it takes on screen.
    [[nodiscard]] QString longest(Language language) const
    {
        QString best;
        for (const CaptionCue &c : m_clip.captions(language).cues())
            if (c.text.size() > best.size())
                best = c.text;
        return best;
    }

private slots:
    void initTestCase() { m_clip = embeddedArticle().clip; }

    // At every size, the longest shipped line sits inside the picture
    // under the end card's title lines, were it ever shown there (the
    // tracks keep it off the card: tst_captiontrack).
    void band_staysUnderTheEndCardsTitles_atEverySize_data()
    {
        QTest::addColumn<CaptionSize>("size");
        QTest::addColumn<bool>("english");
        for (const CaptionSize s : {CaptionSize::Small, CaptionSize::Medium, CaptionSize::Large}) {
            const QByteArray name = CaptionLayout::code(s).toLatin1();
            QTest::newRow(name + " en") << s << true;
            QTest::newRow(name + " zh") << s << false;
        }
    }

    void band_staysUnderTheEndCardsTitles_atEverySize()
    {
        QFETCH(CaptionSize, size);
        QFETCH(bool, english);
        CaptionText c;
        c.language = english ? Language::English : Language::Chinese;
        c.text = longest(c.language);
        QVERIFY(c.text.contains(u'\n'));  // two lines: the tallest caption
        c.size = size;
        const QRectF band = CaptionPainter::band(kPicture, c);
        QVERIFY(kPicture.contains(band));
        QVERIFY2(!band.intersects(kEndCardTitles),
                 qPrintable(QStringLiteral("band top %1").arg(band.top())));
    }

    // Larger sizes are larger; both languages take more room, and the
    // band grows upwards from the same bottom.
    void sizesGrow_andBothLanguagesStack()
    {
        CaptionText c;
        c.language = Language::English;
        c.text = longest(Language::English);
        QRectF previous;
        for (const CaptionSize s : {CaptionSize::Small, CaptionSize::Medium, CaptionSize::Large}) {
            c.size = s;
            const QRectF band = CaptionPainter::band(kPicture, c);
            QVERIFY(band.height() > previous.height());
            if (!previous.isNull())
                QCOMPARE(band.bottom(), previous.bottom());
            previous = band;
        }
        c.size = CaptionSize::Medium;
        const QRectF one = CaptionPainter::band(kPicture, c);
        c.second = longest(Language::Chinese);
        c.secondLanguage = Language::Chinese;
        const QRectF two = CaptionPainter::band(kPicture, c);
        QVERIFY(two.height() > one.height());
        QCOMPARE(two.bottom(), one.bottom());
        QVERIFY(CaptionPainter::band(kPicture, CaptionText()).isNull());
    }

    // Full screen, the control bar lies over the picture's foot: the
    // captions stand above it, the same size.
    void floor_liftsTheBandAboveABar()
    {
        CaptionText c;
        c.language = Language::English;
        c.text = longest(Language::English);
        const QRectF free = CaptionPainter::band(kPicture, c);
        QCOMPARE(CaptionPainter::band(kPicture, c, 540), free);
        const QRectF lifted = CaptionPainter::band(kPicture, c, 440);
        QVERIFY2(lifted.bottom() <= 440, qPrintable(QString::number(lifted.bottom())));
        QVERIFY(lifted.bottom() < free.bottom());
        QCOMPARE(lifted.size(), free.size());
    }

    // What is painted is where band() says: outside it the frame is
    // untouched, inside it the band darkens the picture.
    void paint_drawsInsideTheBand()
    {
        QImage image(960, 540, QImage::Format_RGB32);
        image.fill(QColor(200, 200, 200));
        CaptionText c;
        c.language = Language::English;
        c.text = longest(Language::English);
        c.second = longest(Language::Chinese);
        c.secondLanguage = Language::Chinese;
        {
            QPainter p(&image);
            CaptionPainter::paint(p, kPicture, c, ReaderPalette::light());
        }
        const QRect band = CaptionPainter::band(kPicture, c).toAlignedRect();
        int outside = 0;
        int inside = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const bool changed = image.pixelColor(x, y) != QColor(200, 200, 200);
                if (band.adjusted(-1, -1, 1, 1).contains(x, y))
                    inside += changed;
                else
                    outside += changed;
            }
        }
        QCOMPARE(outside, 0);
        QVERIFY(inside > band.width() * band.height() / 9 / 2);
    }
};

QTEST_MAIN(TestCaptionPainter)
#include "tst_captionpainter.moc"
