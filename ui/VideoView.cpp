#include "ui/VideoView.h"

#include "ui/CaptionPainter.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace hope::ui {

namespace {
constexpr int kNoteMs = 4000;
}  // namespace

VideoView::VideoView(QWidget *parent) : QWidget(parent), m_noteTimer(new QTimer(this))
{
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteMs);
    connect(m_noteTimer, &QTimer::timeout, this, [this] {
        m_note.clear();
        update();
    });
    setObjectName(QStringLiteral("videoView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 90);
    // The picture keeps its 16:9 height; the chapter list below gives way.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void VideoView::setColours(const core::ReaderPalette &colours)
{
    m_colours = colours;
    update();
}

void VideoView::setPoster(const QImage &poster)
{
    m_poster = poster;
    update();
}

void VideoView::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void VideoView::showNote(const QString &text)
{
    m_note = text;
    m_noteTimer->start();
    update();
}

void VideoView::setCoveredBottom(int pixels)
{
    if (pixels == m_coveredBottom)
        return;
    m_coveredBottom = pixels;
    update();
}

void VideoView::clearFrame()
{
    m_frame = QImage();
    update();
}

void VideoView::setCaption(const CaptionText &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    update();
}

double VideoView::averagePaintMs() const
{
    return m_paints > 0 ? double(m_paintNs) / m_paints / 1e6 : 0.0;
}

void VideoView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), m_colours.stage);
    const QImage &image = m_frame.isNull() ? m_poster : m_frame;
    QRectF target = rect();
    if (!image.isNull()) {
        const QSizeF scaled = QSizeF(image.size()).scaled(size(), Qt::KeepAspectRatio);
        target = QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                        scaled);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, image);
    }
    CaptionPainter::paint(p, target, m_caption, m_colours, height() - m_coveredBottom);
    if (!m_note.isEmpty()) {
        p.save();
        QFont font = this->font();
        font.setPixelSize(std::max(11, int(target.height() / 18)));
        p.setFont(font);
        const QFontMetrics fm(font);
        const int pad = fm.height() / 3;
        const QString line = fm.elidedText(m_note, Qt::ElideMiddle, int(target.width()) - 4 * pad);
        const QRect box(int(target.left()) + pad, int(target.top()) + pad,
                        fm.horizontalAdvance(line) + 2 * pad, fm.height() + pad);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_colours.captionBand);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(m_colours.onStage);
        p.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, line);
        p.restore();
    }
    if (hasFocus()) {
        // The panel (this view's focus proxy) has the keys: say so, in a
        // light ring that shows on the dark picture.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(m_colours.stageFocus, 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    if (!m_frame.isNull()) {
        m_paintNs += timer.nsecsElapsed();
        ++m_paints;
    }
}

void VideoView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit fullscreenRequested();
}

void VideoView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
}

void VideoView::contextMenuEvent(QContextMenuEvent *event)
{
    emit menuRequested(event->globalPos());
    event->accept();
}

}  // namespace hope::ui
