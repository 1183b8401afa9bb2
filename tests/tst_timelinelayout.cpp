#include "TestArticle.h"
#include "core/TimelineLayout.h"
#include "core/TimelineScale.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QTest>

using namespace hope::core;

using Entries = QList<TimelineLayout::Entry>;

namespace {
const TimelineLayout::Geometry kGeometry;

// The article's milestones, each label about as wide as it is in the
// widget's font: English at 7 px a letter, Chinese at 12 px a character.
Entries articleEntries(const Article &article, Language language)
{
    Entries entries;
    for (const Milestone &m : article.milestones) {
        const QString text = m.label.in(language);
        const qreal w = text.size() * (language == Language::Chinese ? 12 : 7) + 2;
        entries << TimelineLayout::Entry{m.date.middle(), w, 30};
    }
    return entries;
}

// The widget's scale: milestones framed with five months either side.
TimelineScale scaleFor(const Entries &entries, qreal width, qreal zoom = 1)
{
    QDate first = entries.first().date;
    QDate last = entries.first().date;
    for (const auto &e : entries) {
        first = std::min(first, e.date);
        last = std::max(last, e.date);
    }
    TimelineScale scale(first.addYears(-1), last.addYears(1), first.addMonths(-5),
                        last.addMonths(5));
    scale.setPixelRange(28, width - 28);
    scale.zoomAt(width / 2, zoom);
    return scale;
}

TimelineLayout layoutOf(const Entries &entries, qreal width, qreal zoom = 1,
                        Language language = Language::English)
{
    QFont font;
    font.setPixelSize(12);
    return TimelineLayout(entries, scaleFor(entries, width, zoom), width, QFontMetricsF(font),
                          language, kGeometry);
}

// Whether a polyline crosses a rectangle's inside.
bool crosses(const QPolygonF &line, const QRectF &rect)
{
    const QRectF inside = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    for (int i = 1; i < line.size(); ++i) {
        const QLineF seg(line.at(i - 1), line.at(i));
        for (qreal t = 0; t <= 1.0; t += 0.02) {
            if (inside.contains(seg.pointAt(t)))
                return true;
        }
    }
    return false;
}

bool segmentsIntersect(const QPolygonF &a, const QPolygonF &b)
{
    for (int i = 1; i < a.size(); ++i) {
        for (int j = 1; j < b.size(); ++j) {
            if (QLineF(a.at(i - 1), a.at(i)).intersects(QLineF(b.at(j - 1), b.at(j)), nullptr) ==
                QLineF::BoundedIntersection)
                return true;
        }
    }
    return false;
}

qreal distanceToPolyline(const QPointF &p, const QPolygonF &line)
{
    qreal best = 1e9;
    for (int i = 1; i < line.size(); ++i) {
        const QLineF seg(line.at(i - 1), line.at(i));
        for (qreal t = 0; t <= 1.0; t += 0.01)
            best = std::min(best, QLineF(p, seg.pointAt(t)).length());
    }
    return best;
}
}  // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    void checkLeadersAndLabels(const TimelineLayout &layout)
    {
        const qreal r = kGeometry.markerRadius;
        for (int a = 0; a < layout.size(); ++a) {
            const TimelineLayout::Label &la = layout.label(a);
            if (la.row < 0)
                continue;
            // The leader runs from the label's bottom to its own marker.
            QCOMPARE(la.leader.first().y(), la.rect.bottom());
            QVERIFY(la.leader.first().x() >= la.rect.left() &&
                    la.leader.first().x() <= la.rect.right());
            QVERIFY2(std::abs(QLineF(la.leader.last(), layout.marker(a).centre).length() -
                              (r + 1)) < 0.01,
                     qPrintable(QString::number(a)));
            for (int b = 0; b < layout.size(); ++b) {
                if (b == a)
                    continue;
                // No marker but its own on the way.
                QVERIFY2(distanceToPolyline(layout.marker(b).centre, la.leader) > r,
                         qPrintable(QStringLiteral("leader %1 through marker %2").arg(a).arg(b)));
                const TimelineLayout::Label &lb = layout.label(b);
                if (lb.row < 0)
                    continue;
                // No label over another's leader line, no two lines crossing.
                QVERIFY2(!crosses(la.leader, lb.rect),
                         qPrintable(QStringLiteral("leader %1 under label %2").arg(a).arg(b)));
                QVERIFY2(!segmentsIntersect(la.leader, lb.leader),
                         qPrintable(QStringLiteral("leaders %1 and %2 cross").arg(a).arg(b)));
                QVERIFY2(!la.rect.intersects(lb.rect),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(a).arg(b)));
            }
        }
    }

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    // Markers too near to stand at their dates stand side by side, never
    // overlapping (nor their rings), as near their dates as they can: at
    // 2021 the film's and Tokyo's rings hid the interactive site's marker.
    void nearMarkers_standApart_data()
    {
        QTest::addColumn<Entries>("entries");
        QTest::addColumn<QList<qreal>>("offsets");  // from each date, in gaps
        const QDate d(2018, 2, 15);
        QTest::newRow("alone") << Entries{{d, 80, 30}, {d.addYears(2), 80, 30}}
                               << QList<qreal>{0, 0};
        QTest::newRow("two on one date")
            << Entries{{d, 80, 30}, {d, 80, 30}, {d.addYears(2), 80, 30}}
            << QList<qreal>{-0.5, 0.5, 0};
        QTest::newRow("three on one date")
            << Entries{{d, 80, 30}, {d, 90, 30}, {d, 70, 30}, {d.addYears(2), 80, 30}}
            << QList<qreal>{-1, 0, 1, 0};
        QTest::newRow("four on one date")
            << Entries{{d, 60, 30}, {d, 60, 30}, {d, 60, 30}, {d, 60, 30}, {d.addYears(2), 60, 30}}
            << QList<qreal>{-1.5, -0.5, 0.5, 1.5, 0};
    }

    void nearMarkers_standApart()
    {
        QFETCH(Entries, entries);
        QFETCH(QList<qreal>, offsets);
        const TimelineLayout layout = layoutOf(entries, 1000);
        const TimelineScale scale = scaleFor(entries, 1000);
        for (int i = 0; i < layout.size(); ++i) {
            const TimelineLayout::Marker &m = layout.marker(i);
            const qreal dateX = scale.dateToX(entries.at(i).date);
            QCOMPARE(m.date, QPointF(dateX, kGeometry.axisY));
            QVERIFY2(std::abs(m.centre.x() - (dateX + offsets.at(i) * kGeometry.markerGap)) < 0.01,
                     qPrintable(QString::number(i)));
            QCOMPARE(m.centre.y(), kGeometry.axisY - kGeometry.markerLift);
            QVERIFY2(layout.label(i).row >= 0, qPrintable(QString::number(i)));
        }
        checkLeadersAndLabels(layout);
    }

    // At any width and zoom: no two markers nearer than the gap (a ring and
    // a halo apart), each in date order, no leader line running along the
    // axis (each stands upright), no stem longer than the cluster needs.
    void articleMarkers_neverOverlap_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<qreal>("zoom");
        for (const int w : {360, 500, 640, 800, 1024, 1280, 1600, 1920, 2560, 3840}) {
            for (const qreal zoom : {1.0, 1.5, 2.25, 3.375, 8.0})
                QTest::addRow("%d x%.3g", w, zoom) << w << zoom;
        }
    }

    void articleMarkers_neverOverlap()
    {
        QFETCH(int, width);
        QFETCH(qreal, zoom);
        for (const TimelineLayout::Geometry &g : {kGeometry, TimelineLayout::Geometry::strip()}) {
            const Entries entries = articleEntries(m_article, Language::English);
            QFont font;
            font.setPixelSize(12);
            const TimelineLayout layout(entries, scaleFor(entries, width, zoom), width,
                                        QFontMetricsF(font), Language::English, g);
            const qreal ring = g.markerRadius + 6;
            const qreal halo = g.markerRadius + 4;
            for (int i = 1; i < layout.size(); ++i) {
                const qreal apart = layout.marker(i).centre.x() - layout.marker(i - 1).centre.x();
                QVERIFY2(apart >= ring + halo,
                         qPrintable(QStringLiteral("%1: %2").arg(i).arg(apart)));
            }
            for (int i = 0; i < layout.size(); ++i) {
                const TimelineLayout::Label &label = layout.label(i);
                if (label.row < 0)
                    continue;
                QCOMPARE(label.leader.size(), 2);
                QCOMPARE(label.leader.first().x(), label.leader.last().x());
                // The ring stays off the row of axis labels.
                QVERIFY(layout.marker(i).centre.y() + ring < g.axisY + 6);
            }
        }
    }

    // "Cloud data centre" (2018-05) stood under the lines of the 2018-02
    // stack as if it were one of them.
    void articleLabels_neverSitOnAnotherDatesLines_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<Language>("language");
        QTest::addColumn<qreal>("zoom");
        for (const int w : {800, 980, 1280, 1920, 2560}) {
            for (const Language l : {Language::Chinese, Language::English}) {
                const char *name = l == Language::Chinese ? "zh" : "en";
                QTest::addRow("%d %s", w, name) << w << l << 1.0;
                QTest::addRow("%d %s zoomed", w, name) << w << l << 3.0;
            }
        }
    }

    void articleLabels_neverSitOnAnotherDatesLines()
    {
        QFETCH(int, width);
        QFETCH(Language, language);
        QFETCH(qreal, zoom);
        const TimelineLayout layout = layoutOf(articleEntries(m_article, language), width, zoom);
        checkLeadersAndLabels(layout);
        // Room enough: (nearly) every label shows, lines and all.
        if (width >= 1920 && zoom == 1.0) {
            int shown = 0;
            for (int i = 0; i < layout.size(); ++i) shown += layout.label(i).row >= 0 ? 1 : 0;
            QVERIFY2(shown >= layout.size() - (width < 2560 ? 1 : 0),
                     qPrintable(QString::number(shown)));
        }
    }

    // Selecting puts the selected label over the layout, never a new
    // layout: every other label keeps its row and place, or is hidden
    // while it would be covered.
    void selection_leavesTheOtherLabelsWhereTheyAre_data()
    {
        QTest::addColumn<int>("width");
        for (const int w : {500, 800, 1280}) QTest::addRow("%d", w) << w;
    }

    void selection_leavesTheOtherLabelsWhereTheyAre()
    {
        QFETCH(int, width);
        const TimelineLayout layout = layoutOf(articleEntries(m_article, Language::English), width);
        for (int selected = 0; selected < layout.size(); ++selected) {
            const TimelineLayout::Selection s = layout.selection(selected);
            QVERIFY2(s.label.row >= 0, qPrintable(QString::number(selected)));
            if (layout.label(selected).row >= 0) {
                QCOMPARE(s.label.rect, layout.label(selected).rect);
                QVERIFY(s.hidden.isEmpty());
                continue;
            }
            QVERIFY(s.label.rect.left() >= 0 && s.label.rect.right() <= width);
            for (int other = 0; other < layout.size(); ++other) {
                const TimelineLayout::Label &l = layout.label(other);
                if (other == selected || l.row < 0 || s.hidden.contains(other))
                    continue;
                QVERIFY2(!l.rect.intersects(s.label.rect),
                         qPrintable(QStringLiteral("%1 over %2").arg(selected).arg(other)));
                QVERIFY(!crosses(s.label.leader, l.rect));
                QVERIFY(!crosses(l.leader, s.label.rect));
            }
        }
    }

    void monthLabels_onlyWhenThereIsRoom_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<Language>("language");
        QTest::addColumn<bool>("months");
        QTest::addColumn<QString>("example");
        QTest::newRow("whole view, zh") << 1.0 << Language::Chinese << false << QString();
        QTest::newRow("whole view, en") << 1.0 << Language::English << false << QString();
        QTest::newRow("zoom 4, zh") << 4.0 << Language::Chinese << true << QStringLiteral("6月");
        QTest::newRow("zoom 4, en") << 4.0 << Language::English << true << QStringLiteral("Jun");
        QTest::newRow("zoom 16, en") << 16.0 << Language::English << true << QStringLiteral("Jun");
    }

    void monthLabels_onlyWhenThereIsRoom()
    {
        QFETCH(qreal, zoom);
        QFETCH(Language, language);
        QFETCH(bool, months);
        QFETCH(QString, example);
        const int width = 1280;
        const TimelineLayout layout =
            layoutOf(articleEntries(m_article, language), width, zoom, language);
        QCOMPARE(layout.showsMonthLabels(), months);
        QStringList monthTexts;
        int years = 0;
        const QList<TimelineLayout::AxisLabel> &labels = layout.axisLabels();
        for (int i = 0; i < labels.size(); ++i) {
            const TimelineLayout::AxisLabel &a = labels.at(i);
            QVERIFY(a.rect.left() >= 0 && a.rect.right() <= width);
            if (a.year) {
                ++years;
                QCOMPARE(a.text, QString::number(a.date.year()));
            } else {
                QCOMPARE(a.date.day(), 1);
                monthTexts << a.text;
            }
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!a.rect.intersects(labels.at(j).rect), qPrintable(a.text));
        }
        QCOMPARE(!monthTexts.isEmpty(), months);
        if (months) {
            QVERIFY2(monthTexts.contains(example), qPrintable(monthTexts.join(u' ')));
            // Enough of them to read the axis by.
            QVERIFY(monthTexts.size() + years >= 3);
        } else {
            QVERIFY(years >= 4);
        }
    }
};

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
