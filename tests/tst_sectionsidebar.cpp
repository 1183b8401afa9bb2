#include "TestArticle.h"
#include "core/ModelRoles.h"
#include "core/ReaderPalette.h"
#include "core/SectionModel.h"
#include "ui/SectionDelegate.h"
#include "ui/SectionSidebar.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace hope::core;
using namespace hope::ui;

class TestSectionSidebar : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    static QWidget *tooltipWidget()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"qtooltip_label")
                return w;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void clickOnEachEntry_requestsItsSection()
    {
        SectionModel model;
        model.setArticle(m_article);
        SectionSidebar sidebar;
        sidebar.setModel(&model);
        sidebar.resize(240, 400);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        QSignalSpy requested(&sidebar, &SectionSidebar::sectionRequested);
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            const QRect rect = sidebar.visualRect(model.index(row, 0));
            QVERIFY(!rect.isEmpty());
            QTest::mouseClick(sidebar.viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(requested.size(), 1);
            QCOMPARE(requested.takeFirst().at(0).toString(), m_article.sections.at(row).id);
        }
    }

    // A heading from a stranger's bundle holding markup shows as text in
    // the tooltip: the picture it names is never loaded.
    void tooltip_showsMarkupAsText()
    {
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("red.png"));
        QImage red(80, 40, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(picture));
        Article article = m_article;
        const QString markup = QStringLiteral("<img src=\"%1\"> <b>bold</b>").arg(picture);
        article.sections[1].heading = {markup, markup};
        SectionModel model;
        model.setArticle(article);
        SectionSidebar sidebar;
        sidebar.setModel(&model);
        sidebar.resize(240, 400);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        const QRect rect = sidebar.visualRect(model.index(1, 0));
        QHelpEvent help(QEvent::ToolTip, rect.center(),
                        sidebar.viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(sidebar.viewport(), &help);
        QWidget *tip = nullptr;
        QTRY_VERIFY((tip = tooltipWidget()) != nullptr && tip->isVisible());
        auto *label = qobject_cast<QLabel *>(tip);
        QVERIFY(label);
        QTextDocument shown;
        shown.setHtml(label->text());
        QCOMPARE(shown.toPlainText(), markup);
        const QImage shot = tip->grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) QVERIFY(shot.pixel(x, y) != qRgb(255, 0, 0));
        }
        QToolTip::hideText();
    }

    void arrowsMove_enterRequests()
    {
        SectionModel model;
        model.setArticle(m_article);
        SectionSidebar sidebar;
        sidebar.setModel(&model);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        sidebar.setFocus();
        sidebar.setCurrentSection(m_article.sections.at(0).id);
        QSignalSpy requested(&sidebar, &SectionSidebar::sectionRequested);
        QTest::keyClick(&sidebar, Qt::Key_Down);
        QTest::keyClick(&sidebar, Qt::Key_Down);
        QCOMPARE(requested.size(), 0);
        QCOMPARE(sidebar.currentIndex().row(), 2);
        QTest::keyClick(&sidebar, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().at(0).toString(), m_article.sections.at(2).id);
        QTest::keyClick(&sidebar, Qt::Key_Up);
        QTest::keyClick(&sidebar, Qt::Key_Enter);
        QCOMPARE(requested.takeFirst().at(0).toString(), m_article.sections.at(1).id);
    }

    void currentEntry_looksTheSame_withAndWithoutFocus()
    {
        SectionModel model;
        model.setArticle(m_article);
        QWidget window;
        auto *sidebar = new SectionSidebar(&window);
        auto *other = new QWidget(&window);
        other->setFocusPolicy(Qt::StrongFocus);
        other->move(0, 300);
        sidebar->setModel(&model);
        sidebar->resize(240, 280);
        window.resize(240, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sidebar->setCurrentSection(m_article.sections.at(2).id);
        const QRect rect = sidebar->visualRect(model.index(2, 0));
        const QPoint probe = rect.topLeft() + QPoint(rect.width() - 6, 4);
        sidebar->setFocus();
        QTRY_VERIFY(sidebar->hasFocus());
        const QRgb focused = sidebar->viewport()->grab().toImage().pixel(probe);
        other->setFocus();
        QTRY_VERIFY(!sidebar->hasFocus());
        const QRgb unfocused = sidebar->viewport()->grab().toImage().pixel(probe);
        QCOMPARE(unfocused, focused);
        QCOMPARE(QColor(focused), ReaderPalette::light().accent);
    }

    // Each entry shows its reading time at its right edge, in the muted
    // colour, and a narrow list wraps the name, never drops the time.
    void eachEntry_showsItsReadingTime_evenNarrow_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("wide") << 260;
        QTest::newRow("narrow") << 140;
    }

    void eachEntry_showsItsReadingTime_evenNarrow()
    {
        QFETCH(int, width);
        SectionModel model;
        model.setArticle(m_article);
        SectionSidebar sidebar;
        sidebar.setModel(&model);
        sidebar.setFont(QFont(sidebar.font().family(), 15));
        sidebar.resize(width, 400);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        const QColor muted = ReaderPalette::light().muted;
        const QColor panel = ReaderPalette::light().panel;
        const QImage image = sidebar.viewport()->grab().toImage();
        const auto inked = [&](const QRect &r, const QColor &colour) {
            int n = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    // Nearer the colour than the panel: small anti-aliased
                    // text seldom reaches its full colour in any pixel.
                    const auto distance = [&c](const QColor &to) {
                        return std::abs(c.red() - to.red()) + std::abs(c.green() - to.green()) +
                               std::abs(c.blue() - to.blue());
                    };
                    n += distance(colour) < distance(panel) ? 1 : 0;
                }
            return n;
        };
        // Not the current entry (that one is on the accent).
        const QRect row = sidebar.visualRect(model.index(3, 0));
        const int dpr = int(image.devicePixelRatio());
        const QRect timeArea(dpr * (row.right() - 44), dpr * row.top(), dpr * 40,
                             dpr * row.height());
        QVERIFY2(inked(timeArea, muted) > 10, qPrintable(QString::number(width)));
    }

    // In a narrow sidebar with large text (250 % of 13 px) no entry is cut
    // mid-word ("Introdu", "awaitec" were): names wrap at word ends, the
    // time goes under a name it would squeeze, and only a word wider than
    // the whole entry is shortened with "…".
    void entries_areNeverCut_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<Language>("language");
        for (const Language language : {Language::Chinese, Language::English}) {
            for (const int w : {120, 172, 240}) {
                for (const int px : {13, 20, 32})
                    QTest::addRow("%s, %d wide, %d px", language == Language::Chinese ? "zh" : "en",
                                  w, px)
                        << w << px << language;
            }
        }
    }

    void entries_areNeverCut()
    {
        QFETCH(int, width);
        QFETCH(int, pixels);
        QFETCH(Language, language);
        SectionModel model;
        model.setArticle(m_article);
        model.setLanguage(language);
        SectionSidebar sidebar;
        sidebar.setModel(&model);
        QFont font = sidebar.font();
        font.setPixelSize(pixels);
        sidebar.setFont(font);
        sidebar.resize(width, 2000);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        QCoreApplication::processEvents();
        const QFontMetrics metrics(font);
        QStyleOptionViewItem option;
        option.initFrom(sidebar.viewport());
        option.font = font;
        option.fontMetrics = metrics;
        const int entryWidth = sidebar.viewport()->width() - 2 * sidebar.spacing();
        int timesBelow = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QString name = index.data().toString();
            const QString time = index.data(ModelRoles::SectionReadingTimeRole).toString();
            const SectionDelegate::EntryLayout layout =
                SectionDelegate::layoutFor(option, entryWidth, name, time);
            // What cannot be broken: an English word, a Chinese character.
            int widest = 0;
            for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
                if (word.front().script() == QChar::Script_Han) {
                    for (const QChar c : word)
                        widest = std::max(widest, metrics.horizontalAdvance(c));
                } else {
                    widest = std::max(widest, metrics.horizontalAdvance(word));
                }
            }
            // Shortened only when a word is wider than the entry itself;
            // else every word fits the name's lines whole.
            QCOMPARE(layout.elided, widest > entryWidth - 2 * SectionDelegate::kPadding);
            if (!layout.elided)
                QVERIFY2(widest <= layout.nameWidth, qPrintable(name));
            timesBelow += layout.timeBelow ? 1 : 0;
            // The entry is as tall as its lines.
            QVERIFY(sidebar.visualRect(index).height() >= layout.nameHeight + layout.timeHeight);
        }
        // Narrow and large, the time leaves the name the width.
        if (width <= 172 && pixels >= 32)
            QVERIFY(timesBelow > 0);
    }

    void setCurrentSection_marksWithoutRequesting()
    {
        SectionModel model;
        model.setArticle(m_article);
        SectionSidebar sidebar;
        sidebar.setModel(&model);
        QSignalSpy requested(&sidebar, &SectionSidebar::sectionRequested);
        sidebar.setCurrentSection(m_article.sections.at(3).id);
        QCOMPARE(sidebar.currentIndex().row(), 3);
        QVERIFY(sidebar.selectionModel()->isRowSelected(3, {}));
        sidebar.setCurrentSection(QStringLiteral("no-such-section"));
        QCOMPARE(sidebar.currentIndex().row(), 3);
        QCOMPARE(requested.size(), 0);
    }
};

QTEST_MAIN(TestSectionSidebar)
#include "tst_sectionsidebar.moc"
