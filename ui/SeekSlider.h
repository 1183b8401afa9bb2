#pragma once

#include <QSlider>

namespace hope::ui {

// The clip's position, with a tick where each chapter starts. Jumps to
// where it is clicked rather than by pages.
class SeekSlider final : public QSlider
{
    Q_OBJECT

public:
    explicit SeekSlider(QWidget *parent = nullptr);

    void setChapterStarts(const QList<qint64> &startsMs);
    // The x of a time on the groove, for painting and for tests.
    [[nodiscard]] int xForValue(qint64 value) const;
    // Goes there as a drag does (assistive technology setting the value).
    void seekTo(qint64 ms);
    // Follows playback: the handle is drawn at ms exactly, while the value
    // (what a screen reader is told) moves only when the whole second
    // changes, so that it hears of it at most once a second, not with
    // every frame.
    void setPlaybackPosition(qint64 ms);
    // Where the handle is drawn.
    [[nodiscard]] qint64 shownPosition() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void sliderChange(SliderChange change) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QList<qint64> m_chapters;
    // The playback position drawn, or -1 to draw the value.
    qint64 m_playhead = -1;
    bool m_following = false;
};

}  // namespace hope::ui
