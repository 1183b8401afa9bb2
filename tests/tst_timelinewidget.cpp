#include "Contrast.h"
#include "TestArticle.h"
#include "core/MilestoneModel.h"
#include "core/ModelRoles.h"
#include "core/ReadingSession.h"
#include "ui/TimelineWidget.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>

#include <cmath>

using namespace hope::core;
using namespace hope::ui;

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    struct Fixture
    {
        MilestoneModel model;
        TimelineWidget timeline;
    };

    // What a tooltip's text reads as, once rendered.
    static QString shownText(const QString &tooltip)
    {
        QTextDocument doc;
        if (Qt::mightBeRichText(tooltip))
            doc.setHtml(tooltip);
        else
            doc.setPlainText(tooltip);
        return doc.toPlainText().replace(QChar::LineSeparator, u'\n');
    }

    // False if the window never showed: callers QVERIFY it.
    [[nodiscard]] bool show(Fixture &f, int width, bool strip = false)
    {
        f.model.setArticle(m_article);
        f.timeline.setModel(&f.model);
        f.timeline.setEras(m_article.eras, Language::Chinese);
        f.timeline.resize(
            width, strip ? f.timeline.minimumSizeHint().height() : f.timeline.sizeHint().height());
        f.timeline.show();
        return QTest::qWaitForWindowExposed(&f.timeline);
    }

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void clickOnEachMarker_selectsIt()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        QSignalSpy selected(&f.timeline, &TimelineWidget::selectionChanged);
        for (int row = f.model.rowCount() - 1; row >= 0; --row) {
            const QRect marker = f.timeline.markerRect(row);
            QVERIFY2(f.timeline.rect().contains(marker), qPrintable(QString::number(row)));
            QTest::mouseClick(&f.timeline, Qt::LeftButton, {}, marker.center());
            QCOMPARE(f.timeline.selectedRow(), row);
            QCOMPARE(selected.takeLast().at(0).toString(),
                     f.model.index(row, 0).data(ModelRoles::MilestoneIdRole).toString());
        }
    }

    void hover_showsATooltip_withDateTitleAndCategory()
    {
        Fixture f;
        f.model.setLanguage(Language::English);
        QVERIFY(show(f, 1280));
        const int row = f.model.rowOf(QStringLiteral("m-beijing-opening"));
        const QPoint at = f.timeline.markerRect(row).center();
        QHelpEvent help(QEvent::ToolTip, at, f.timeline.mapToGlobal(at));
        QCoreApplication::sendEvent(&f.timeline, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(shownText(QToolTip::text()),
                 QStringLiteral("4 February 2022 · The Beijing 2022 Winter Olympics open\nGames"));
        QToolTip::hideText();
    }

    // A title from a stranger's bundle holding markup shows as typed.
    void tooltip_showsMarkupAsText()
    {
        const QString markup = QStringLiteral("<img src=\"/dev/zero\"><a href=\"http://x\">x</a>");
        Article article = m_article;
        article.milestones[0].title = {markup, markup};
        Fixture f;
        f.model.setLanguage(Language::English);
        f.model.setArticle(article);
        f.timeline.setModel(&f.model);
        f.timeline.resize(1280, f.timeline.minimumSizeHint().height());
        f.timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.timeline));
        const int row = f.model.rowOf(article.milestones[0].id);
        const QPoint at = f.timeline.markerRect(row).center();
        QHelpEvent help(QEvent::ToolTip, at, f.timeline.mapToGlobal(at));
        QCoreApplication::sendEvent(&f.timeline, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(shownText(QToolTip::text()).contains(markup), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void doubleClick_activates()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        QSignalSpy activated(&f.timeline, &TimelineWidget::milestoneActivated);
        const int row = f.model.rowOf(QStringLiteral("m-damai-ticketing"));
        QTest::mouseDClick(&f.timeline, Qt::LeftButton, {}, f.timeline.markerRect(row).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("m-damai-ticketing"));
    }

    void keyboard_movesTheSelection_andEnterActivates()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        f.timeline.setFocus();
        QTRY_VERIFY(f.timeline.hasFocus());
        QSignalSpy activated(&f.timeline, &TimelineWidget::milestoneActivated);
        QTest::keyClick(&f.timeline, Qt::Key_Right);
        QCOMPARE(f.timeline.selectedRow(), 0);
        QTest::keyClick(&f.timeline, Qt::Key_Right);
        QTest::keyClick(&f.timeline, Qt::Key_Right);
        QCOMPARE(f.timeline.selectedRow(), 2);
        QTest::keyClick(&f.timeline, Qt::Key_Left);
        QCOMPARE(f.timeline.selectedRow(), 1);
        QTest::keyClick(&f.timeline, Qt::Key_End);
        QCOMPARE(f.timeline.selectedRow(), f.model.rowCount() - 1);
        QTest::keyClick(&f.timeline, Qt::Key_Right);
        QCOMPARE(f.timeline.selectedRow(), f.model.rowCount() - 1);
        QTest::keyClick(&f.timeline, Qt::Key_Home);
        QCOMPARE(f.timeline.selectedRow(), 0);
        QTest::keyClick(&f.timeline, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("m-ioc-partnership"));
    }

    // The timeline selects what the session selects, by id; an id the
    // article does not have selects nothing.
    void followsTheSessionsSelection_byId()
    {
        ReadingSession session;
        MilestoneModel model;
        model.follow(&session);
        TimelineWidget timeline;
        timeline.setModel(&model);
        timeline.follow(&session);
        timeline.resize(1000, timeline.minimumSizeHint().height());
        session.setArticle(m_article);
        for (const Milestone &m : m_article.milestones) {
            QVERIFY(session.selectMilestone(m.id));
            QCOMPARE(timeline.selectedId(), m.id);
        }
        timeline.setSelectedMilestone(QStringLiteral("no-such-milestone"));
        QCOMPARE(timeline.selectedRow(), -1);
        QVERIFY(session.selectMilestone(m_article.milestones.first().id));
        QCOMPARE(timeline.selectedId(), m_article.milestones.first().id);
    }

    void tab_reachesTheTimeline_andShowsAFocusRing()
    {
        QWidget window;
        auto *before = new QToolButton(&window);
        before->setFocusPolicy(Qt::StrongFocus);
        MilestoneModel model;
        model.setArticle(m_article);
        auto *timeline = new TimelineWidget(&window);
        timeline->setModel(&model);
        timeline->setGeometry(0, 30, 1000, timeline->minimumSizeHint().height());
        window.resize(1000, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        before->setFocus();
        const QImage unfocused = timeline->grab().toImage();
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(timeline->hasFocus());
        QVERIFY(timeline->grab().toImage() != unfocused);
    }

    // The zoom signs as drawn: their strongest pixels against the button's
    // own ground at least 4.5:1 (WCAG 1.4.3). A thin "−" antialiased at
    // 13 px measured 3.0:1.
    void zoomButtons_signsReadAgainstTheirGround()
    {
        Fixture f;
        QVERIFY(show(f, 1000));
        // Zoomed in a step, so that every button can be used (a disabled
        // one is greyed on purpose).
        f.timeline.zoomButtons().first()->click();
        for (QToolButton *b : f.timeline.zoomButtons())
            QVERIFY2(b->isEnabled(), qPrintable(b->text()));
        const auto luminance = [](QRgb c) {
            return contrast::luminance(c);
        };
        for (QToolButton *b : f.timeline.zoomButtons()) {
            const QImage image = b->grab().toImage().convertToFormat(QImage::Format_RGB32);
            // The ground: the colour most of the button is.
            QHash<QRgb, int> counts;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) ++counts[image.pixel(x, y)];
            QRgb ground = 0;
            int most = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() > most) {
                    most = it.value();
                    ground = it.key();
                }
            }
            const double g = luminance(ground);
            double best = 1.0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                const double l = luminance(it.key());
                best = std::max(best, (std::max(l, g) + 0.05) / (std::min(l, g) + 0.05));
            }
            QVERIFY2(
                best >= 4.5,
                qPrintable(QStringLiteral("\"%1\": %2:1").arg(b->text()).arg(best, 0, 'f', 2)));
        }
    }

    void labels_neverOverlap_norAreClipped_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("zoomSteps");
        QTest::addColumn<bool>("strip");
        for (int w : {500, 800, 980, 1280, 1620, 1920, 2260, 2560}) {
            QTest::addRow("%d", w) << w << 0 << false;
            QTest::addRow("%d zoomed", w) << w << 3 << false;
            QTest::addRow("%d strip", w) << w << 0 << true;
            QTest::addRow("%d strip zoomed", w) << w << 3 << true;
        }
    }

    // And no milestone is left out silently: each on the strip has its
    // label or is counted in "+N more", which no label covers.
    void labels_neverOverlap_norAreClipped()
    {
        QFETCH(int, width);
        QFETCH(int, zoomSteps);
        QFETCH(bool, strip);
        for (const Language language : {Language::Chinese, Language::English}) {
            Fixture f;
            f.model.setLanguage(language);
            QVERIFY(show(f, width, strip));
            QCOMPARE(f.timeline.isStrip(), strip);
            for (int i = 0; i < zoomSteps; ++i) f.timeline.zoomIn();
            f.timeline.setSelectedRow(f.model.rowOf(QStringLiteral("m-et-sports-brain")));
            int shown = 0;
            for (int a = 0; a < f.model.rowCount(); ++a) {
                const QRectF ra = f.timeline.labelRect(a);
                if (ra.isEmpty())
                    continue;
                ++shown;
                QVERIFY2(QRectF(f.timeline.rect()).contains(ra), qPrintable(QString::number(a)));
                // The text drawn fits the rectangle it is given.
                const QFontMetricsF fm(f.timeline.font());
                QFont bold = f.timeline.font();
                bold.setBold(true);
                const qreal textWidth = (a == f.timeline.selectedRow() ? QFontMetricsF(bold) : fm)
                                            .horizontalAdvance(f.timeline.labelText(a));
                QVERIFY2(textWidth <= ra.width() + 0.5,
                         qPrintable(f.timeline.labelText(a) +
                                    QStringLiteral(" %1 > %2").arg(textWidth).arg(ra.width())));
                for (int b = a + 1; b < f.model.rowCount(); ++b) {
                    const QRectF rb = f.timeline.labelRect(b);
                    QVERIFY2(rb.isEmpty() || !ra.intersects(rb),
                             qPrintable(QStringLiteral("%1 and %2").arg(a).arg(b)));
                }
            }
            // The selected milestone's label always shows.
            QVERIFY(!f.timeline.labelRect(f.timeline.selectedRow()).isEmpty());
            // Zoomed in, only the markers in view have labels.
            if (zoomSteps == 0 && !strip)
                QVERIFY2(shown >= std::min(f.model.rowCount(), width / 160),
                         qPrintable(QString::number(shown)));
            else
                QVERIFY(shown >= 1);
            int onStrip = 0;
            for (int row = 0; row < f.model.rowCount(); ++row) {
                const QPoint c = f.timeline.markerRect(row).center();
                onStrip += c.x() >= 0 && c.x() <= width ? 1 : 0;
            }
            QCOMPARE(shown + f.timeline.unlabelledCount(), onStrip);
            const QRect more = f.timeline.moreRect();
            QCOMPARE(more.isEmpty(), f.timeline.unlabelledCount() == 0);
            for (int a = 0; a < f.model.rowCount() && !more.isEmpty(); ++a) {
                QVERIFY(!f.timeline.labelRect(a).intersects(more));
                QVERIFY(!f.timeline.markerRect(a).intersects(more));
            }
            if (!more.isEmpty())
                QVERIFY(f.timeline.rect().contains(more));
        }
    }

    // The focus ring round the selected marker never covers an axis label
    // (it covered "2017"), nor another marker, in the strip or whole, at
    // every zoom step.
    void focusRing_coversNoAxisLabelNorMarker_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("strip");
        for (const int w : {500, 800, 1280, 1920, 2560}) {
            QTest::addRow("%d", w) << w << false;
            QTest::addRow("%d strip", w) << w << true;
        }
    }

    void focusRing_coversNoAxisLabelNorMarker()
    {
        QFETCH(int, width);
        QFETCH(bool, strip);
        Fixture f;
        QVERIFY(show(f, width, strip));
        for (int zoom = 0; zoom < 6; ++zoom) {
            for (int row = 0; row < f.model.rowCount(); ++row) {
                f.timeline.setSelectedRow(row);
                const QRectF ring = f.timeline.focusRingRect();
                QVERIFY(!ring.isEmpty());
                for (const TimelineLayout::AxisLabel &label :
                     f.timeline.timelineLayout().axisLabels())
                    QVERIFY2(!ring.intersects(label.rect),
                             qPrintable(QStringLiteral("zoom %1, row %2 over %3")
                                            .arg(zoom)
                                            .arg(row)
                                            .arg(label.text)));
                for (int other = 0; other < f.model.rowCount(); ++other) {
                    if (other == row)
                        continue;
                    const QPointF c = f.timeline.timelineLayout().marker(other).centre;
                    const qreal r = f.timeline.timelineLayout().geometry().markerRadius;
                    QVERIFY(!ring.intersects(QRectF(c - QPointF(r, r), c + QPointF(r, r))));
                }
            }
            f.timeline.zoomIn();
        }
    }

    void ctrlWheel_zoomsAboutTheCursor_andResetRestores()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        const QPoint at =
            f.timeline.markerRect(f.model.rowOf(QStringLiteral("m-cloud-datacentre"))).center();
        const QDate under = f.timeline.scale().xToDate(at.x());
        QWheelEvent wheel(at, f.timeline.mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&f.timeline, &wheel);
        QVERIFY(f.timeline.scale().zoom() > 2.0);
        QVERIFY(std::abs(f.timeline.scale().xToDate(at.x()).daysTo(under)) <= 3);
        // Zoomed: a click still lands on the marker where it is now drawn.
        const int row = f.model.rowOf(QStringLiteral("m-tmall-flagship"));
        QTest::mouseClick(&f.timeline, Qt::LeftButton, {}, f.timeline.markerRect(row).center());
        QCOMPARE(f.timeline.selectedRow(), row);
        // Plain wheel pans when zoomed.
        const QDate start = f.timeline.scale().viewStart();
        QWheelEvent pan(at, f.timeline.mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                        Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&f.timeline, &pan);
        QVERIFY(f.timeline.scale().viewStart() > start);
        QTest::keyClick(&f.timeline, Qt::Key_0);
        QCOMPARE(f.timeline.scale().zoom(), 1.0);
        QTest::keyClick(&f.timeline, Qt::Key_Plus);
        QCOMPARE(f.timeline.scale().zoom(), 1.5);
        QTest::keyClick(&f.timeline, Qt::Key_Minus);
        QCOMPARE(f.timeline.scale().zoom(), 1.0);
    }

    // README: "the wheel or a drag pans". Zoomed in, a drag over the axis
    // carries the markers with the pointer, as if the paper were pulled.
    void drag_pansTheMarkersWithThePointer()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        f.timeline.setFocus();
        for (int i = 0; i < 3; ++i) QTest::keyClick(&f.timeline, Qt::Key_Plus);
        QVERIFY(f.timeline.scale().zoom() > 3.0);
        // A marker well inside the view, room to move it either way.
        const int middle = f.timeline.width() / 2;
        int row = -1;
        for (int r = 0; r < f.model.rowCount(); ++r) {
            const int x = f.timeline.markerRect(r).center().x();
            if (x > 300 && x < f.timeline.width() - 300 &&
                (row < 0 ||
                 std::abs(x - middle) < std::abs(f.timeline.markerRect(row).center().x() - middle)))
                row = r;
        }
        QVERIFY2(row >= 0, "no marker in the middle of the zoomed view");
        // Grab the axis where there is no marker, label or button.
        const int axisY = f.timeline.markerRect(row).center().y();
        QPoint grab;
        for (int x = 200; x < f.timeline.width() - 200 && grab.isNull(); x += 3) {
            const QPoint p(x, axisY);
            if (f.timeline.rowAt(p) < 0 && !f.timeline.childAt(p))
                grab = p;
        }
        QVERIFY2(!grab.isNull(), "no empty place on the axis");
        const QRect before = f.timeline.markerRect(row);
        const QDate viewStart = f.timeline.scale().viewStart();

        // Drag 120 px to the left in steps: the marker follows, 120 px left.
        QTest::mousePress(&f.timeline, Qt::LeftButton, {}, grab);
        for (int dx = -20; dx >= -120; dx -= 20)
            QTest::mouseMove(&f.timeline, grab + QPoint(dx, 0));
        QTest::mouseRelease(&f.timeline, Qt::LeftButton, {}, grab + QPoint(-120, 0));
        const QRect left = f.timeline.markerRect(row);
        QVERIFY2(
            std::abs(left.center().x() - (before.center().x() - 120)) <= 2,
            qPrintable(QStringLiteral("%1 -> %2").arg(before.center().x()).arg(left.center().x())));
        QCOMPARE(left.center().y(), before.center().y());
        QVERIFY(f.timeline.scale().viewStart() > viewStart);
        // A drag selects nothing.
        QCOMPARE(f.timeline.selectedRow(), -1);

        // And 200 px to the right: 200 px right of where it was.
        const QPoint from = grab + QPoint(-120, 0);
        QTest::mousePress(&f.timeline, Qt::LeftButton, {}, from);
        for (int dx = 40; dx <= 200; dx += 40) QTest::mouseMove(&f.timeline, from + QPoint(dx, 0));
        QTest::mouseRelease(&f.timeline, Qt::LeftButton, {}, from + QPoint(200, 0));
        QVERIFY2(std::abs(f.timeline.markerRect(row).center().x() - (left.center().x() + 200)) <= 2,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(left.center().x())
                                .arg(f.timeline.markerRect(row).center().x())));
        // Once let go, moving the pointer pans no more.
        const QRect released = f.timeline.markerRect(row);
        QTest::mouseMove(&f.timeline, from + QPoint(100, 0));
        QCOMPARE(f.timeline.markerRect(row), released);
    }

    void keyboardSelection_pansTheMarkerIntoView()
    {
        Fixture f;
        QVERIFY(show(f, 900));
        for (int i = 0; i < 6; ++i) f.timeline.zoomIn();
        f.timeline.setFocus();
        QTest::keyClick(&f.timeline, Qt::Key_Home);
        QTest::keyClick(&f.timeline, Qt::Key_End);
        QVERIFY(f.timeline.rect().contains(f.timeline.markerRect(f.timeline.selectedRow())));
    }

    // Scrolling the article marks milestones in view on every step; that,
    // and choosing a milestone, repaint and never lay out again.
    void scrollStep_inView_andSelection_onlyRepaint()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        const int generation = f.timeline.layoutGeneration();
        QList<QRectF> labels;
        for (int row = 0; row < f.model.rowCount(); ++row) labels << f.timeline.labelRect(row);
        const QImage before = f.timeline.grab().toImage();

        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setVisibleParagraphs({QStringLiteral("s3-p3")});
        QVERIFY(!changed.isEmpty());
        f.model.setVisibleParagraphs({QStringLiteral("s3-p4")});
        QCOMPARE(f.timeline.layoutGeneration(), generation);
        // It did repaint: the halo marks what is in view.
        const QImage inView = f.timeline.grab().toImage();
        QVERIFY(inView != before);

        for (int row = 0; row < f.model.rowCount(); ++row) {
            f.timeline.setSelectedRow(row);
            QCOMPARE(f.timeline.selectedRow(), row);
            // Every other label keeps its row and place.
            for (int other = 0; other < f.model.rowCount(); ++other) {
                if (other != row)
                    QCOMPARE(f.timeline.labelRect(other), labels.at(other));
            }
        }
        f.timeline.setSelectedRow(-1);
        QCOMPARE(f.timeline.layoutGeneration(), generation);
        QCOMPARE(f.timeline.grab().toImage(), inView);
    }

    // Narrow, not every label has room: the selected one shows over the
    // others, which keep their rows, and only those it covers hide.
    void selectingAnUnplacedLabel_hidesOnlyWhatItCovers()
    {
        Fixture f;
        QVERIFY(show(f, 500));
        const int generation = f.timeline.layoutGeneration();
        int unplaced = -1;
        QList<QRectF> labels;
        for (int row = 0; row < f.model.rowCount(); ++row) {
            labels << f.timeline.labelRect(row);
            if (labels.last().isEmpty() && unplaced < 0)
                unplaced = row;
        }
        QVERIFY2(unplaced >= 0, "every label fits at 500 px");
        f.timeline.setSelectedRow(unplaced);
        const QRectF shown = f.timeline.labelRect(unplaced);
        QVERIFY(!shown.isEmpty());
        int kept = 0;
        for (int row = 0; row < f.model.rowCount(); ++row) {
            if (row == unplaced || labels.at(row).isEmpty())
                continue;
            const QRectF now = f.timeline.labelRect(row);
            if (now.isEmpty())
                continue;
            ++kept;
            QCOMPARE(now, labels.at(row));
            QVERIFY(!now.intersects(shown));
        }
        QVERIFY(kept > 0);
        QCOMPARE(f.timeline.layoutGeneration(), generation);
        f.timeline.setSelectedRow(-1);
        for (int row = 0; row < f.model.rowCount(); ++row)
            QCOMPARE(f.timeline.labelRect(row), labels.at(row));
    }

    // What decides the layout does lay out again.
    void size_language_view_andFont_layOutAgain()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        const int row = f.model.rowOf(QStringLiteral("m-cloud-datacentre"));
        int generation = f.timeline.layoutGeneration();

        f.timeline.resize(900, f.timeline.height());
        QVERIFY(f.timeline.layoutGeneration() > generation);
        generation = f.timeline.layoutGeneration();

        const QString chinese = f.timeline.labelText(row);
        f.model.setLanguage(Language::English);
        QVERIFY(f.timeline.layoutGeneration() > generation);
        QCOMPARE(f.timeline.labelText(row), QStringLiteral("Cloud data centre"));
        QVERIFY(chinese != f.timeline.labelText(row));
        generation = f.timeline.layoutGeneration();

        f.timeline.setEras(m_article.eras, Language::English);
        QVERIFY(f.timeline.layoutGeneration() > generation);
        generation = f.timeline.layoutGeneration();

        f.timeline.zoomIn();
        QVERIFY(f.timeline.layoutGeneration() > generation);
        generation = f.timeline.layoutGeneration();

        QFont bigger = f.timeline.font();
        bigger.setPixelSize(bigger.pixelSize() + 4);
        f.timeline.setFont(bigger);
        QVERIFY(f.timeline.layoutGeneration() > generation);
    }

    // Zoomed in far enough, the axis names its months.
    void zoomedIn_monthsAreNamed()
    {
        Fixture f;
        QVERIFY(show(f, 1280));
        QVERIFY(!f.timeline.timelineLayout().showsMonthLabels());
        for (int i = 0; i < 4; ++i) f.timeline.zoomIn();
        QVERIFY(f.timeline.timelineLayout().showsMonthLabels());
        QStringList months;
        for (const auto &label : f.timeline.timelineLayout().axisLabels()) {
            if (!label.year)
                months << label.text;
        }
        QVERIFY2(months.size() >= 3, qPrintable(months.join(u' ')));
        QVERIFY2(months.first().endsWith(u'月'), qPrintable(months.first()));
    }

    void accessibility_namesEachMilestone()
    {
        Fixture f;
        f.model.setLanguage(Language::English);
        QVERIFY(show(f, 1280));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&f.timeline);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        // The twelve milestones, then the three zoom buttons, named in words.
        QCOMPARE(iface->childCount(), 15);
        QStringList buttons;
        for (int i = 12; i < 15; ++i) {
            QCOMPARE(iface->child(i)->role(), QAccessible::Button);
            QCOMPARE(iface->indexOfChild(iface->child(i)), i);
            buttons << iface->child(i)->text(QAccessible::Name);
        }
        QCOMPARE(buttons, QStringList({QStringLiteral("Zoom in"), QStringLiteral("Zoom out"),
                                       QStringLiteral("Show the whole timeline")}));
        const int row = f.model.rowOf(QStringLiteral("m-cloud-datacentre"));
        QAccessibleInterface *item = iface->child(row);
        QVERIFY(item);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(
            item->text(QAccessible::Name),
            QStringLiteral("May 2018, Beijing 2022 Winter Olympics cloud data centre unveiled"));
        QVERIFY(item->text(QAccessible::Description).contains(u"cloud data centre"));
        QCOMPARE(iface->indexOfChild(item), row);
        QCOMPARE(item->parent(), iface);
        QVERIFY(!item->state().selected);
        f.timeline.setFocus();
        f.timeline.setSelectedRow(row);
        QVERIFY(item->state().selected);
        QTRY_COMPARE(iface->focusChild(), item);
        const QRect r = item->rect();
        QCOMPARE(iface->childAt(r.center().x(), r.center().y()), item);
    }

    // Through the accessibility interface, as a screen reader does it:
    // "select" chooses the milestone, "open" also asks to read about it.
    void accessibility_actionsSelectAndOpen()
    {
        Fixture f;
        f.model.setLanguage(Language::English);
        QVERIFY(show(f, 1280));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&f.timeline);
        const int row = f.model.rowOf(QStringLiteral("m-cloud-datacentre"));
        QAccessibleInterface *item = iface->child(row);
        QAccessibleActionInterface *actions = item->actionInterface();
        QVERIFY(actions);
        QCOMPARE(actions->actionNames(),
                 QStringList({QStringLiteral("select"), QStringLiteral("open")}));
        QVERIFY(item->text(QAccessible::Description).startsWith(u"Category: Cloud. Era: "));
        QVERIFY(!item->text(QAccessible::Description).contains(u"on screen"));
        f.model.setVisibleParagraphs(f.model.milestone(row).paragraphIds);
        QVERIFY(item->text(QAccessible::Description)
                    .startsWith(u"Told of in the text on screen. Category: Cloud."));
        QSignalSpy selected(&f.timeline, &TimelineWidget::selectionChanged);
        QSignalSpy activated(&f.timeline, &TimelineWidget::milestoneActivated);
        actions->doAction(QStringLiteral("select"));
        QCOMPARE(f.timeline.selectedRow(), row);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("m-cloud-datacentre"));
        QVERIFY(activated.isEmpty());
        QAccessibleInterface *other = iface->child(0);
        other->actionInterface()->doAction(QStringLiteral("open"));
        QCOMPARE(f.timeline.selectedRow(), 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), f.model.milestone(0).id);
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
