#pragma once

#include "core/Language.h"
#include "core/ReaderPalette.h"
#include "ui/CaptionPainter.h"

#include <QImage>
#include <QWidget>

class QTimer;

namespace hope::ui {

// Paints the clip: the poster until there is a frame, then each frame,
// with the captions over the picture. Painted by hand, so a screenshot
// (QWidget::grab) holds the picture and the captions alike.
class VideoView final : public QWidget
{
    Q_OBJECT

public:
    explicit VideoView(QWidget *parent = nullptr);

    void setColours(const core::ReaderPalette &colours);
    void setPoster(const QImage &poster);
    void setFrame(const QImage &frame);
    void clearFrame();
    // The language picks the caption's face (see EmbeddedFonts).
    void setCaption(const CaptionText &caption);
    // The reading language's caption.
    [[nodiscard]] QString caption() const { return m_caption.text; }
    [[nodiscard]] const CaptionText &captionText() const { return m_caption; }
    // A note over the picture's top for a few seconds, as mpv's on-screen
    // messages ("Frame saved as …"); plain text, one line, elided.
    void showNote(const QString &text);
    // Pixels at the view's foot covered by a control bar: captions stay
    // above them.
    void setCoveredBottom(int pixels);
    [[nodiscard]] int coveredBottom() const { return m_coveredBottom; }
    [[nodiscard]] QString note() const { return m_note; }
    [[nodiscard]] bool hasFrame() const { return !m_frame.isNull(); }
    [[nodiscard]] QSize frameSize() const { return m_frame.size(); }
    [[nodiscard]] const QImage &frame() const { return m_frame; }
    [[nodiscard]] const core::ReaderPalette &colours() const { return m_colours; }
    // Average time spent painting a frame, in ms.
    [[nodiscard]] double averagePaintMs() const;

    [[nodiscard]] QSize sizeHint() const override { return {480, 270}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return width * 9 / 16; }

signals:
    void fullscreenRequested();
    void clicked();
    // Asked for the picture's menu at a global position.
    void menuRequested(const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    core::ReaderPalette m_colours = core::ReaderPalette::light();
    QImage m_poster;
    QImage m_frame;
    CaptionText m_caption;
    QString m_note;
    int m_coveredBottom = 0;
    QTimer *m_noteTimer = nullptr;
    qint64 m_paintNs = 0;
    int m_paints = 0;
};

}  // namespace hope::ui
