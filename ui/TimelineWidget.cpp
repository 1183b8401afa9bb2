#include "ui/TimelineWidget.h"

#include "core/ModelRoles.h"
#include "core/ReadingSession.h"
#include "ui/EmbeddedFonts.h"
#include "ui/FocusVisible.h"
#include "ui/TimelineAccessible.h"
#include "ui/TimelinePainter.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QPainter>
#include <QToolButton>

namespace hope::ui {

using namespace core;

namespace {
constexpr int kHeaderHeight = 28;
// Kept at the end of the strip's label row for "+N more".
constexpr int kStripCountRoom = 80;
constexpr int kSidePadding = 28;
constexpr int kEraRowHeight = 16;
const TimelineLayout::Geometry kWhole;
const TimelineLayout::Geometry kStrip = TimelineLayout::Geometry::strip();

// What a change to these roles means for the widget.
bool changesDates(const QList<int> &roles)
{
    return roles.isEmpty() || roles.contains(ModelRoles::MilestoneDateRole);
}

bool changesLabels(const QList<int> &roles)
{
    return changesDates(roles) || roles.contains(ModelRoles::MilestoneLabelRole);
}

QAccessibleInterface *timelineAccessibleFactory(const QString &className, QObject *object)
{
    if (className == u"hope::ui::TimelineWidget" && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineWidget *>(object));
    return nullptr;
}
}  // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent),
      m_zoomIn(new QToolButton(this)),
      m_zoomOut(new QToolButton(this)),
      m_zoomReset(new QToolButton(this)),
      m_focusVisible(new FocusVisible(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(timelineAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);

    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setFont(EmbeddedFonts::sans(EmbeddedFonts::interfacePixels(12)));
    for (QToolButton *b : {m_zoomIn, m_zoomOut, m_zoomReset}) {
        b->setAutoRaise(true);
        // The timeline itself takes the keys (+, -, 0); Tab should not
        // stop on each button.
        b->setFocusPolicy(Qt::NoFocus);
        b->setFont(EmbeddedFonts::sans(EmbeddedFonts::interfacePixels(13)));
    }
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomOut->setText(QStringLiteral("−"));
    // The signs bold and a size up: a regular "−" at 13 px is a hairline
    // that antialiasing greys to 3.4:1 against the bar.
    QFont signs = EmbeddedFonts::sans(EmbeddedFonts::interfacePixels(15));
    signs.setBold(true);
    m_zoomIn->setFont(signs);
    m_zoomOut->setFont(signs);
    connect(m_zoomIn, &QToolButton::clicked, this, &TimelineWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &TimelineWidget::zoomOut);
    connect(m_zoomReset, &QToolButton::clicked, this, &TimelineWidget::resetZoom);
    retranslateUi();
}

void TimelineWidget::retranslateUi()
{
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel, +)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel, −)"));
    m_zoomReset->setText(tr("Fit"));
    m_zoomReset->setToolTip(tr("Show the whole timeline again (0)"));
    // The signs on the buttons say nothing to a screen reader.
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomIn->setAccessibleDescription(tr("+ or Ctrl+wheel, with the timeline focused"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomOut->setAccessibleDescription(tr("− or Ctrl+wheel, with the timeline focused"));
    m_zoomReset->setAccessibleName(tr("Show the whole timeline"));
    m_zoomReset->setAccessibleDescription(tr("0, with the timeline focused"));
    setAccessibleName(tr("Timeline of Alibaba's Olympic milestones"));
    setAccessibleDescription(
        tr("Left and Right choose a milestone, Enter opens it in the article, + and − zoom."));
}

QSize TimelineWidget::sizeHint() const
{
    return {900, wholeHeight()};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {360, stripHeight()};
}

int TimelineWidget::wholeHeight() const
{
    return int(kWhole.axisY) + 26 + int(m_eras.size()) * kEraRowHeight + 6;
}

int TimelineWidget::stripHeight()
{
    return int(kStrip.axisY + 6 + kStrip.axisLabelHeight) + 4;
}

bool TimelineWidget::isStrip() const
{
    return height() < wholeHeight();
}

int TimelineWidget::unlabelledCount() const
{
    return int(m_unlabelled.size());
}

QRect TimelineWidget::moreRect() const
{
    const int n = unlabelledCount();
    if (n == 0)
        return {};
    QFont small = font();
    small.setPixelSize(std::max(9, font().pixelSize() - 1));
    const int w = QFontMetrics(small).horizontalAdvance(moreText(n)) + 8;
    // In the strip, at the end of its row of labels, which the labels
    // leave free; in the whole timeline, in the header before the zoom.
    if (isStrip())
        return QRect(width() - w - 4, int(kStrip.labelTop), w, int(kStrip.rowHeight));
    return QRect(m_zoomIn->x() - w - 8, 2, w, kHeaderHeight - 4);
}

QString TimelineWidget::moreText(int n) const
{
    return tr("+%n more", "milestones without a label", n);
}

void TimelineWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connectModel();
    onRowsChanged();
}

void TimelineWidget::connectModel()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineWidget::onRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::onRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineWidget::onRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TimelineWidget::onRowsChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineWidget::onRowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                onDataChanged(roles);
            });
}

void TimelineWidget::onRowsChanged()
{
    // Rows may now be other milestones: the selection no longer holds.
    m_selected = -1;
    remeasure();
    setupScale();
    relayout();
}

void TimelineWidget::onDataChanged(const QList<int> &roles)
{
    if (changesDates(roles))
        setupScale();
    if (changesLabels(roles)) {
        remeasure();
        relayout();
        return;
    }
    // In view, colours, titles: drawn or read as they are at paint time.
    update();
}

void TimelineWidget::setEras(const QList<Era> &eras, Language language)
{
    m_eras = eras;
    m_language = language;
    // Labels and era names are the bundle's text, in the reading language.
    setFont(EmbeddedFonts::sans(EmbeddedFonts::interfacePixels(12), language));
    setupScale();
    relayout();
    updateGeometry();
}

void TimelineWidget::follow(const core::ReadingSession *session)
{
    const auto showEras = [this, session] {
        setEras(session->article().eras, session->language());
    };
    connect(session, &core::ReadingSession::articleChanged, this, showEras);
    connect(session, &core::ReadingSession::languageChanged, this, showEras);
    connect(session, &core::ReadingSession::scriptChanged, this, showEras);
    connect(session, &core::ReadingSession::milestoneSelected, this,
            &TimelineWidget::setSelectedMilestone);
    showEras();
}

void TimelineWidget::setSelectedMilestone(const QString &milestoneId)
{
    int row = -1;
    for (int r = 0; m_model && !milestoneId.isEmpty() && r < count(); ++r) {
        if (m_model->index(r, 0).data(ModelRoles::MilestoneIdRole).toString() == milestoneId) {
            row = r;
            break;
        }
    }
    setSelectedRow(row);
}

QString TimelineWidget::selectedId() const
{
    return m_model && m_selected >= 0 && m_selected < count()
               ? m_model->index(m_selected, 0).data(ModelRoles::MilestoneIdRole).toString()
               : QString();
}

QDate TimelineWidget::dateOf(int row) const
{
    return m_entries.at(row).date;
}

void TimelineWidget::remeasure()
{
    m_entries.clear();
    if (!m_model)
        return;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        m_entries << TimelineLayout::measure(index.data(ModelRoles::MilestoneDateRole).toDate(),
                                             index.data(ModelRoles::MilestoneLabelRole).toString(),
                                             metrics);
    }
}

void TimelineWidget::setupScale()
{
    QDate first;
    QDate last;
    for (const TimelineLayout::Entry &entry : std::as_const(m_entries)) {
        first = first.isValid() ? std::min(first, entry.date) : entry.date;
        last = last.isValid() ? std::max(last, entry.date) : entry.date;
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    QDate fullFirst = first;
    QDate fullLast = last;
    for (const Era &era : std::as_const(m_eras)) {
        fullFirst = std::min(fullFirst, era.start.first());
        fullLast = std::max(fullLast, era.end.last());
    }
    // The default view frames the milestones; eras that run on (the
    // partnership, to 2028) are reached by zooming out or panning.
    m_scale = TimelineScale(QDate(fullFirst.year(), 1, 1).addMonths(-6),
                            QDate(fullLast.year(), 12, 31).addMonths(6), first.addMonths(-5),
                            last.addMonths(5));
}

void TimelineWidget::relayout()
{
    m_scale.setPixelRange(kSidePadding, std::max(kSidePadding + 1, width() - kSidePadding));
    // The strip keeps the end of its label row for the count of the rest.
    const bool strip = isStrip();
    const qreal room = strip ? width() - kStripCountRoom : width();
    m_layout = TimelineLayout(m_entries, m_scale, room, QFontMetricsF(font()), m_language,
                              strip ? kStrip : kWhole);
    ++m_layoutGeneration;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    m_shownLabels.clear();
    for (int row = 0; row < count(); ++row) {
        const QString label =
            m_model->index(row, 0).data(ModelRoles::MilestoneLabelRole).toString();
        const TimelineLayout::Label &placed = m_layout.label(row);
        m_shownLabels << (placed.shortened
                              ? metrics.elidedText(label, Qt::ElideRight, placed.rect.width() - 2)
                              : label);
    }
    updateSelection();
    updateZoomButtons();
}

void TimelineWidget::updateSelection()
{
    // Over the layout, never a new one: the other labels keep their rows.
    m_selection = m_layout.selection(m_selected);
    m_selectedText.clear();
    if (m_selected >= 0 && m_selection.label.row >= 0) {
        QFont bold = font();
        bold.setBold(true);
        const QString label =
            m_model->index(m_selected, 0).data(ModelRoles::MilestoneLabelRole).toString();
        m_selectedText = m_selection.label.shortened
                             ? QFontMetricsF(bold).elidedText(label, Qt::ElideRight,
                                                              m_selection.label.rect.width() - 2)
                             : label;
    }
    // Worked out with the labels, not on each paint: the count's place
    // and the tooltip's names are read from it.
    m_unlabelled.clear();
    for (int row = 0; row < count(); ++row) {
        const qreal x = m_layout.marker(row).centre.x();
        if (x >= 0 && x <= width() && labelRect(row).isEmpty())
            m_unlabelled << row;
    }
    update();
}

void TimelineWidget::updateZoomButtons()
{
    const bool zoomed = m_scale.zoom() > 1.001 || m_scale.zoom() < 0.999;
    m_zoomReset->setEnabled(zoomed);
    m_zoomIn->setEnabled(m_scale.zoom() < TimelineScale::kMaxZoom - 0.001);
}

QRect TimelineWidget::markerRect(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const QPointF c = m_layout.marker(row).centre;
    const int r = int(m_layout.geometry().markerRadius) + 2;
    return QRect(qRound(c.x()) - r, qRound(c.y()) - r, 2 * r + 1, 2 * r + 1);
}

QRectF TimelineWidget::focusRingRect() const
{
    if (m_selected < 0 || m_selected >= count())
        return {};
    // Round the marker and its selection ring, over its stem, clear of
    // the axis and its labels.
    const QPointF c = m_layout.marker(m_selected).centre;
    const qreal r = m_layout.geometry().markerRadius + 2.5 + 5;
    return QRectF(c - QPointF(r, r), c + QPointF(r, r));
}

QRectF TimelineWidget::labelRect(int row) const
{
    if (row < 0 || row >= count() || m_selection.hidden.contains(row))
        return {};
    const TimelineLayout::Label &label =
        row == m_selected ? m_selection.label : m_layout.label(row);
    return label.row >= 0 ? label.rect : QRectF();
}

QString TimelineWidget::labelText(int row) const
{
    if (row == m_selected && row >= 0)
        return m_selectedText;
    return labelRect(row).isEmpty() ? QString() : m_shownLabels.value(row);
}

int TimelineWidget::rowAt(const QPoint &pos) const
{
    // Markers first, then labels, the one drawn on top first.
    for (int row = count() - 1; row >= 0; --row) {
        if (markerRect(row).contains(pos) && markerRect(row).left() >= 0)
            return row;
    }
    for (int row = 0; row < count(); ++row) {
        if (labelRect(row).contains(pos))
            return row;
    }
    return -1;
}

void TimelineWidget::setColours(const ReaderPalette &colours)
{
    m_colours = colours;
    update();
}

void TimelineWidget::setSelectedRow(int row)
{
    if (row < -1 || row >= count())
        row = -1;
    if (row >= 0) {
        // Only a pan to bring the marker into view lays out again.
        const qreal before = m_scale.dateToX(dateOf(row));
        m_scale.ensureVisible(dateOf(row), 40);
        if (m_scale.dateToX(dateOf(row)) != before)
            relayout();
    }
    if (row == m_selected)
        return;
    m_selected = row;
    updateSelection();
    notifyAccessibility(row);
}

void TimelineWidget::chooseRow(int row)
{
    if (row >= 0 && row < count())
        selectAndAnnounce(row);
}

void TimelineWidget::openRow(int row)
{
    if (row < 0 || row >= count())
        return;
    selectAndAnnounce(row);
    emit milestoneActivated(selectedId());
}

QList<QToolButton *> TimelineWidget::zoomButtons() const
{
    return {m_zoomIn, m_zoomOut, m_zoomReset};
}

void TimelineWidget::selectAndAnnounce(int row)
{
    const int before = m_selected;
    setSelectedRow(row);
    if (m_selected != before)
        emit selectionChanged(selectedId());
}

void TimelineWidget::notifyAccessibility(int row)
{
    if (row < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(row);
    QAccessible::updateAccessibility(&selection);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(row);
        QAccessible::updateAccessibility(&focus);
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = kHeaderHeight - 4;
    int x = width() - 6;
    for (QToolButton *b : {m_zoomReset, m_zoomOut, m_zoomIn}) {
        const int w = std::max(h, b->sizeHint().width());
        x -= w;
        b->setGeometry(x, 2, w, h);
        b->setVisible(!isStrip());
        x -= 2;
    }
    relayout();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange) {
        remeasure();
        relayout();
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    notifyAccessibility(m_selected);
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

QRectF TimelineWidget::eraBar(int i) const
{
    const Era &era = m_eras.at(i);
    const qreal x0 = std::max(m_scale.left() - kSidePadding, m_scale.dateToX(era.start.first()));
    const qreal x1 =
        std::min(m_scale.right() + kSidePadding, m_scale.dateToX(era.end.last().addDays(1)));
    if (x1 <= x0)
        return {};
    const qreal top = m_layout.geometry().axisY + 24 + i * kEraRowHeight + 2;
    return QRectF(x0, top, x1 - x0, kEraRowHeight - 4);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelineScene scene;
    scene.layout = &m_layout;
    scene.selection = &m_selection;
    scene.scale = &m_scale;
    scene.model = m_model;
    scene.eras = &m_eras;
    for (int i = 0; i < m_eras.size(); ++i) scene.eraBars << eraBar(i);
    scene.language = m_language;
    scene.shownLabels = m_shownLabels;
    if (m_selected >= 0 && m_selected < scene.shownLabels.size())
        scene.shownLabels[m_selected] = m_selectedText;
    scene.selected = m_selected;
    scene.hovered = m_hovered;
    scene.focused = m_focusVisible->shown();
    scene.rect = rect();
    scene.font = font();
    scene.legendRight = m_zoomIn->x() - 12;
    scene.strip = isStrip();
    scene.headerHeight = scene.strip ? 0 : kHeaderHeight;
    scene.more = moreRect();
    if (!scene.more.isEmpty()) {
        scene.moreText = moreText(unlabelledCount());
        if (!scene.strip)
            scene.legendRight = std::min(scene.legendRight, qreal(scene.more.left() - 12));
    }
    scene.sidePadding = kSidePadding;
    scene.eraRowHeight = kEraRowHeight;
    scene.focusColour = palette().color(QPalette::Highlight);
    scene.focusRing = focusRingRect();
    scene.colours = &m_colours;
    TimelinePainter(&painter, scene).paint();
}

}  // namespace hope::ui
