#pragma once

#include "core/Article.h"
#include "core/ReaderPalette.h"
#include "core/TimelineLayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRect>
#include <QStringList>

class QAbstractItemModel;
class QPainter;

namespace hope::core {
class TimelineScale;
}  // namespace hope::core

namespace hope::ui {

// Everything one paint of the timeline needs; the layout is worked out
// beforehand, the selection and in-view state are read as they are now.
struct TimelineScene
{
    const core::TimelineLayout *layout = nullptr;
    // Where the selected label goes, and what it hides meanwhile.
    const core::TimelineLayout::Selection *selection = nullptr;
    const core::TimelineScale *scale = nullptr;
    const QAbstractItemModel *model = nullptr;
    const QList<core::Era> *eras = nullptr;
    // Each era's bar below the axis (its band above spans the same width);
    // empty when the era is out of view.
    QList<QRectF> eraBars;
    core::Language language = core::Language::Chinese;
    // Each row's label as it fits its place.
    QStringList shownLabels;
    int selected = -1;
    int hovered = -1;
    bool focused = false;
    QRect rect;
    QFont font;
    qreal legendRight = 0;
    // The strip: no legend, eras as tints only.
    bool strip = false;
    QRect more;
    QString moreText;
    qreal headerHeight = 28;
    qreal sidePadding = 28;
    qreal eraRowHeight = 16;
    QColor focusColour;
    // Round the selected marker; empty: round the whole strip.
    QRectF focusRing;
    const core::ReaderPalette *colours = nullptr;
};

// Paints the timeline in layers, back to front: legend, era bands, axis,
// leader lines, labels, markers, focus ring.
class TimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(hope::ui::TimelinePainter)

public:
    TimelinePainter(QPainter *painter, const TimelineScene &scene);

    void paint();

private:
    void paintLegend();
    void paintEras();
    void paintAxis();
    void paintLeaders();
    void paintLabels();
    void paintMarkers();
    void paintMore();
    void paintFocusRing();

    [[nodiscard]] QFont smallFont() const;
    // The label drawn for a row, if any: the selection's place for the
    // selected row, none for those it hides.
    [[nodiscard]] const core::TimelineLayout::Label *shownLabel(int row) const;
    [[nodiscard]] bool markerOnStrip(int row) const;

    QPainter *m_p;
    const TimelineScene &m_s;
};

}  // namespace hope::ui
