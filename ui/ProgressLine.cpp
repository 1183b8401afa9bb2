#include "ui/ProgressLine.h"

#include <QEvent>
#include <QPainter>

namespace hope::ui {

ProgressLine::ProgressLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("progressLine"));
    // Section names are bundle text.
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setContentsMargins(8, 0, 8, 0);
    retranslateUi();
}

void ProgressLine::setProgress(const core::ReadingProgress::Estimate &estimate,
                               const QString &section)
{
    m_estimate = estimate;
    m_section = section;
    m_known = true;
    retranslateUi();
}

void ProgressLine::retranslateUi()
{
    setAccessibleName(tr("Reading progress"));
    if (!m_known) {
        clear();
        return;
    }
    QStringList parts;
    //: Share of the article read so far.
    parts << tr("%1% read").arg(m_estimate.percent);
    if (!m_section.isEmpty())
        parts << m_section;
    const int minutes = m_estimate.minutesLeft;
    if (minutes <= 0)
        parts << tr("at the end");
    else if (m_estimate.ownPace)
        parts << tr("about %n min left at your pace", nullptr, minutes);
    else
        parts << tr("about %n min left", nullptr, minutes);
    setText(parts.join(QStringLiteral("  ·  ")));
    setToolTip(m_estimate.ownPace
                   ? tr("Time left at the pace you have been reading")
                   : tr("Time left at about 300 Chinese characters or 230 English words a "
                        "minute, until you have read for a while"));
}

QSize ProgressLine::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().averageCharWidth() * 10 + m.left() + m.right(),
            QLabel::minimumSizeHint().height()};
}

void ProgressLine::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    const QRect room = contentsRect();
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(room, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     fontMetrics().elidedText(text(), Qt::ElideRight, room.width()));
}

void ProgressLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

}  // namespace hope::ui
