#pragma once

#include "core/ReaderPalette.h"

#include <QPointer>
#include <QWidget>

class QTimer;

namespace hope::ui {

class ClipControls;
class VideoView;

// The picture with its control bar. Full screen it becomes a window of its
// own through its window flags, still a child of the panel in Qt's parent
// tree, and comes back to the same place in the panel's layout.
class ClipStage final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipStage(QWidget *parent = nullptr);

    [[nodiscard]] VideoView *videoView() const { return m_video; }
    [[nodiscard]] ClipControls *controls() const { return m_controls; }

    void setColours(const core::ReaderPalette &colours);
    // Chapters to offer in full screen's chapter menu: start and title.
    void setChapters(const QList<QPair<qint64, QString>> &chapters);
    void setFullscreen(bool on, const QString &title = {});
    [[nodiscard]] bool isFullscreen() const { return m_fullscreen; }

signals:
    // A key the stage's window got: full screen, nothing above the stage
    // sees it. Accept the event to take it.
    void keyPressed(QKeyEvent *event);
    void fullscreenChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Full screen: the control bar and the pointer step aside while the
    // pointer rests, and come back when it moves or a key is pressed.
    void wakeControls();
    void restControls();
    void setTracking(bool on);
    // Full screen, the bar lies over the picture's foot, dark and
    // translucent, as players have it; docked, it sits under the picture.
    void setOverlay(bool on);
    void placeOverlay();

    VideoView *m_video = nullptr;
    ClipControls *m_controls = nullptr;
    QTimer *m_restTimer = nullptr;
    QString m_styleSheet;
    core::ReaderPalette m_colours;
    bool m_fullscreen = false;
    // Who had the keys before full screen, to have them again after.
    QPointer<QWidget> m_focusBefore;
    QPointer<QWidget> m_focusProxy;
};

}  // namespace hope::ui
