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

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QList<qint64> m_chapters;
};

}  // namespace hope::ui
