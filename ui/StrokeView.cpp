#include "ui/StrokeView.h"

#include <QEvent>
#include <QPainter>
#include <QVariantAnimation>

#include <cmath>

namespace hope::ui {

StrokeView::StrokeView(QWidget *parent) : QWidget(parent), m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("strokeView"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(sizeHint());
    m_animation->setStartValue(0.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toReal();
        update();
    });
    retranslateUi();
}

void StrokeView::setCharacter(const QString &character)
{
    m_animation->stop();
    m_character = character;
    const QList<uint> points = character.toUcs4();
    m_strokes = points.size() == 1 ? core::StrokeOrder::of(points.first()) : QList<core::Stroke>();
    m_progress = strokeCount();
    retranslateUi();
    update();
}

void StrokeView::animate()
{
    if (m_strokes.isEmpty())
        return;
    m_animation->stop();
    m_animation->setEndValue(qreal(strokeCount()));
    m_animation->setDuration(kStrokeMs * strokeCount());
    m_progress = 0;
    m_animation->start();
}

bool StrokeView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void StrokeView::retranslateUi()
{
    setAccessibleName(tr("Stroke order of %1").arg(m_character));
    setAccessibleDescription(tr("%n stroke(s)", nullptr, strokeCount()));
}

void StrokeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StrokeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor ink = palette().color(QPalette::WindowText);
    QColor guide = ink;
    guide.setAlphaF(0.25);
    painter.setPen(QPen(guide, 1, Qt::SolidLine));
    painter.drawRect(box);
    painter.setPen(QPen(guide, 1, Qt::DashLine));
    painter.drawLine(QLineF(box.center().x(), box.top(), box.center().x(), box.bottom()));
    painter.drawLine(QLineF(box.left(), box.center().y(), box.right(), box.center().y()));
    painter.drawLine(box.topLeft(), box.bottomRight());
    painter.drawLine(box.topRight(), box.bottomLeft());

    painter.scale(box.width() / core::StrokeOrder::kBox, box.height() / core::StrokeOrder::kBox);
    painter.setPen(Qt::NoPen);
    QColor faint = ink;
    faint.setAlphaF(0.18);
    const int whole = int(std::floor(m_progress));
    for (int i = 0; i < strokeCount(); ++i) {
        const core::Stroke &stroke = m_strokes.at(i);
        if (i < whole) {
            painter.setBrush(ink);
            painter.drawPath(stroke.outline);
            continue;
        }
        painter.setBrush(faint);
        painter.drawPath(stroke.outline);
        if (i == whole && m_progress > whole) {
            painter.setBrush(ink);
            painter.drawPath(core::StrokeOrder::drawn(stroke, m_progress - whole));
        }
    }
}

}  // namespace hope::ui
