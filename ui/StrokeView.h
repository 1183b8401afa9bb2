#pragma once

#include "core/StrokeOrder.h"

#include <QWidget>

class QVariantAnimation;

namespace hope::ui {

// A character drawn stroke by stroke, in a square with the cross and
// diagonal guide lines of a practice sheet (米字格): all its strokes in
// ink, or, when animated, each in writing order as a brush would draw it
// over the faint shape of the whole.
class StrokeView final : public QWidget
{
    Q_OBJECT

public:
    // Each stroke takes this long to draw.
    static constexpr int kStrokeMs = 450;

    explicit StrokeView(QWidget *parent = nullptr);

    // The character's strokes, shown whole; none if there is no data.
    void setCharacter(const QString &character);
    [[nodiscard]] int strokeCount() const { return int(m_strokes.size()); }
    // Draws the strokes again from the first, one after another.
    void animate();
    [[nodiscard]] bool isAnimating() const;
    // How many strokes are drawn (a fraction while one is being drawn).
    [[nodiscard]] qreal progress() const { return m_progress; }

    [[nodiscard]] QSize sizeHint() const override { return {128, 128}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_character;
    QList<core::Stroke> m_strokes;
    QVariantAnimation *m_animation;
    qreal m_progress = 0;
};

}  // namespace hope::ui
