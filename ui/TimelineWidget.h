#pragma once

#include "core/Article.h"
#include "core/ReaderPalette.h"
#include "core/TimelineLayout.h"
#include "core/TimelineScale.h"

#include <QWidget>

class QAbstractItemModel;
class QToolButton;

namespace hope::core {
class ReadingSession;
}

namespace hope::ui {

class FocusVisible;

// A horizontal time axis of the article's milestones: markers shaped and
// coloured by category, era bands behind them, labels that never overlap,
// zoom and pan. Reads the milestones from a model with the MilestoneModel
// roles. It lays out again only when what decides the layout changes
// (rows, dates, labels, size, view, font); the selection and the "in view"
// marks, which change on every scroll step, only repaint.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    [[nodiscard]] QAbstractItemModel *model() const { return m_model; }
    void setEras(const QList<core::Era> &eras, core::Language language);
    // The session's eras in its language, and its milestone selected, by
    // id, from now on.
    void follow(const core::ReadingSession *session);

    [[nodiscard]] int selectedRow() const { return m_selected; }
    [[nodiscard]] QString selectedId() const;
    // Selects without activating; -1 clears. Pans to show the marker.
    void setSelectedRow(int row);
    // The milestone with this id in the model; an unknown or empty id clears.
    void setSelectedMilestone(const QString &milestoneId);
    void setColours(const core::ReaderPalette &colours);

    // Geometry, in widget coordinates, for painting, hit tests and tests.
    [[nodiscard]] QRect markerRect(int row) const;
    [[nodiscard]] QRectF labelRect(int row) const;
    // Where the keyboard's focus ring goes round the selected milestone.
    [[nodiscard]] QRectF focusRingRect() const;
    [[nodiscard]] QString labelText(int row) const;
    [[nodiscard]] const core::TimelineScale &scale() const { return m_scale; }
    [[nodiscard]] int rowAt(const QPoint &pos) const;
    // An era's named bar below the axis (empty out of view or on the
    // strip), and the era under a point (-1: none).
    [[nodiscard]] QRectF eraBar(int era) const;
    [[nodiscard]] int eraAt(QPoint pos) const;
    [[nodiscard]] const core::TimelineLayout &timelineLayout() const { return m_layout; }
    // Counts layouts, so tests can tell what does not cause one.
    [[nodiscard]] int layoutGeneration() const { return m_layoutGeneration; }

    void zoomIn();
    void zoomOut();
    void resetZoom();
    // As a click and a double-click do: for the accessibility actions.
    void chooseRow(int row);
    void openRow(int row);
    // The zoom buttons, in the accessibility tree after the milestones.
    [[nodiscard]] QList<QToolButton *> zoomButtons() const;

    // Tall enough for every row of labels, the legend and the eras; below
    // it the timeline is a strip: markers, the axis and one row of labels.
    [[nodiscard]] int wholeHeight() const;
    [[nodiscard]] static int stripHeight();
    [[nodiscard]] bool isStrip() const;
    // Milestones on the strip whose label has no room, counted where the
    // reader sees it ("+2 more"), named in its tooltip.
    [[nodiscard]] int unlabelledCount() const;
    [[nodiscard]] QRect moreRect() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void selectionChanged(const QString &milestoneId);
    // Enter, double-click: go to the paragraphs that tell of it.
    void milestoneActivated(const QString &milestoneId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void connectModel();
    void onDataChanged(const QList<int> &roles);
    void onRowsChanged();
    void setupScale();
    void remeasure();
    void relayout();
    void updateSelection();
    void updateZoomButtons();
    void retranslateUi();
    void selectAndAnnounce(int row);
    void notifyAccessibility(int row);
    [[nodiscard]] int count() const { return m_layout.size(); }
    [[nodiscard]] QDate dateOf(int row) const;
    [[nodiscard]] QString moreText(int n) const;

    QAbstractItemModel *m_model = nullptr;
    QList<core::Era> m_eras;
    core::ReaderPalette m_colours = core::ReaderPalette::light();
    core::Language m_language = core::Language::Chinese;
    core::TimelineScale m_scale;
    // Label sizes: measured again only when labels or the font change.
    QList<core::TimelineLayout::Entry> m_entries;
    core::TimelineLayout m_layout;
    // Each row's label as fitted to its place in the layout.
    QStringList m_shownLabels;
    core::TimelineLayout::Selection m_selection;
    QString m_selectedText;
    // Rows on the strip whose label has no room.
    QList<int> m_unlabelled;
    int m_layoutGeneration = 0;
    int m_selected = -1;
    int m_hovered = -1;
    bool m_dragging = false;
    qreal m_dragLastX = 0;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomReset = nullptr;
    FocusVisible *m_focusVisible = nullptr;
};

}  // namespace hope::ui
