#include "ui/SeekSlider.h"

#include "ui/SeekSliderAccessible.h"

#include <QAccessible>

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QStylePainter>

#include <algorithm>

namespace hope::ui {

SeekSlider::SeekSlider(QWidget *parent) : QSlider(Qt::Horizontal, parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(SeekSliderAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("seekSlider"));
    setMinimumHeight(22);
}

void SeekSlider::setChapterStarts(const QList<qint64> &startsMs)
{
    m_chapters = startsMs;
    update();
}

int SeekSlider::xForValue(qint64 value) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    return groove.x() + handle.width() / 2 +
           QStyle::sliderPositionFromValue(minimum(), maximum(), int(value), span);
}

void SeekSlider::seekTo(qint64 ms)
{
    const int value = int(std::clamp<qint64>(ms, minimum(), maximum()));
    setSliderDown(true);
    setValue(value);
    emit sliderMoved(value);
    setSliderDown(false);
}

void SeekSlider::setPlaybackPosition(qint64 ms)
{
    m_playhead = std::clamp<qint64>(ms, minimum(), maximum());
    if (m_playhead / 1000 != value() / 1000) {
        m_following = true;
        setValue(int(m_playhead / 1000 * 1000));
        m_following = false;
    }
    update();
}

qint64 SeekSlider::shownPosition() const
{
    return m_playhead >= 0 && !isSliderDown() ? m_playhead : value();
}

void SeekSlider::sliderChange(SliderChange change)
{
    // Set by anything but playback (a click, a key, a screen reader): the
    // handle is drawn at the value again.
    if (change == SliderValueChange && !m_following)
        m_playhead = -1;
    QSlider::sliderChange(change);
}

void SeekSlider::paintEvent(QPaintEvent *)
{
    // As QSlider paints itself, the handle at the position shown.
    QStylePainter painter(this);
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    opt.sliderPosition = int(shownPosition());
    opt.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
    if (tickPosition() != NoTicks)
        opt.subControls |= QStyle::SC_SliderTickmarks;
    painter.drawComplexControl(QStyle::CC_Slider, opt);
    if (maximum() <= minimum())
        return;
    QPainter p(this);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    for (const qint64 start : std::as_const(m_chapters)) {
        if (start <= minimum())
            continue;
        const int x = xForValue(start);
        p.drawLine(x, 1, x, 5);
        p.drawLine(x, height() - 6, x, height() - 2);
    }
}

void SeekSlider::mousePressEvent(QMouseEvent *event)
{
    // A click on the groove goes there, as in every media player.
    if (event->button() == Qt::LeftButton && maximum() > minimum()) {
        QStyleOptionSlider opt;
        initStyleOption(&opt);
        const QRect handle =
            style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
        if (!handle.contains(event->position().toPoint())) {
            const QRect groove =
                style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
            const int value = QStyle::sliderValueFromPosition(
                minimum(), maximum(), int(event->position().x()) - groove.x() - handle.width() / 2,
                groove.width() - handle.width());
            setSliderDown(true);
            setValue(value);
            emit sliderMoved(value);
            setSliderDown(false);
            event->accept();
            return;
        }
    }
    QSlider::mousePressEvent(event);
}

}  // namespace hope::ui
