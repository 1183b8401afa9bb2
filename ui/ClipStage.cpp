#include "ui/ClipStage.h"

#include "core/ReaderPalette.h"

#include "ui/ClipControls.h"
#include "ui/VideoView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace hope::ui {

using namespace core;

namespace {
// Full screen: the controls rest after this long without pointer motion.
constexpr int kControlsRestMs = 2000;
}  // namespace

ClipStage::ClipStage(QWidget *parent)
    : QWidget(parent),
      m_video(new VideoView),
      m_controls(new ClipControls),
      m_restTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("clipStage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_video, 1);
    layout->addWidget(m_controls);
    setAttribute(Qt::WA_StyledBackground, true);
    setColours(ReaderPalette::light());
    m_video->installEventFilter(this);
    m_restTimer->setSingleShot(true);
    m_restTimer->setInterval(kControlsRestMs);
    connect(m_restTimer, &QTimer::timeout, this, &ClipStage::restControls);
    connect(m_controls, &ClipControls::fullscreenRequested, this,
            [this] { setFullscreen(!m_fullscreen, windowTitle()); });
    connect(m_video, &VideoView::fullscreenRequested, this,
            [this] { setFullscreen(!m_fullscreen, windowTitle()); });
}

void ClipStage::setColours(const ReaderPalette &colours)
{
    m_colours = colours;
    m_styleSheet = QStringLiteral("#clipStage { background: %1; }").arg(colours.stage.name());
    setStyleSheet(m_styleSheet);
    m_video->setColours(colours);
    m_controls->setFocusRingColour(colours.focusRing);
    m_controls->setOverlay(m_fullscreen, colours);
}

void ClipStage::setChapters(const QList<QPair<qint64, QString>> &chapters)
{
    m_controls->setChapters(chapters);
}

void ClipStage::setOverlay(bool on)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    if (on) {
        box->removeWidget(m_controls);
        placeOverlay();
        m_controls->raise();
    } else {
        box->addWidget(m_controls);
        m_video->setCoveredBottom(0);
    }
    m_controls->setOverlay(on, m_colours);
}

void ClipStage::placeOverlay()
{
    const int h = m_controls->heightForWidth(width()) > 0 ? m_controls->heightForWidth(width())
                                                          : m_controls->sizeHint().height();
    m_controls->setGeometry(0, height() - h, width(), h);
    m_video->setCoveredBottom(m_controls->isVisible() ? h : 0);
}

void ClipStage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fullscreen)
        placeOverlay();
}

void ClipStage::setFullscreen(bool on, const QString &title)
{
    if (on == m_fullscreen)
        return;
    // In the panel the picture keeps 16:9 for its width; full screen, it
    // takes all the height there is.
    QSizePolicy policy = m_video->sizePolicy();
    policy.setVerticalPolicy(on ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    policy.setHeightForWidth(!on);
    m_video->setSizePolicy(policy);
    m_fullscreen = on;
    setOverlay(on);
    if (on) {
        m_focusBefore = QApplication::focusWidget();
        m_focusProxy = focusProxy();
        const QScreen *screen = this->screen();
        // A window, yet still the panel's child: its layout keeps the place.
        setWindowFlag(Qt::Window, true);
        setWindowTitle(title);
        setFocusProxy(nullptr);
        setFocusPolicy(Qt::StrongFocus);
        setTracking(true);
        // Without a window manager to honour the request, cover the screen anyway.
        if (screen)
            setGeometry(screen->geometry());
        showFullScreen();
        raise();
        activateWindow();
        setFocus();
        wakeControls();
    } else {
        m_restTimer->stop();
        setTracking(false);
        unsetCursor();
        m_controls->setVisible(true);
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        setWindowFlag(Qt::Window, false);
        setFocusPolicy(Qt::NoFocus);
        setFocusProxy(m_focusProxy);
        show();
        // The reader's window takes the keys back, and within it whatever
        // had them before.
        QWidget *back = m_focusBefore;
        if (!back || back->window() != window() || !back->isVisible())
            back = m_focusProxy ? m_focusProxy.data() : parentWidget();
        window()->raise();
        window()->activateWindow();
        if (back)
            back->setFocus(Qt::ActiveWindowFocusReason);
    }
    emit fullscreenChanged(on);
}

void ClipStage::setTracking(bool on)
{
    setMouseTracking(on);
    m_video->setMouseTracking(on);
}

void ClipStage::wakeControls()
{
    if (!m_fullscreen)
        return;
    m_controls->setVisible(true);
    m_controls->raise();
    placeOverlay();
    unsetCursor();
    m_restTimer->start();
}

void ClipStage::restControls()
{
    if (!m_fullscreen)
        return;
    // The keys stay with the stage while the bar is away.
    if (m_controls->isAncestorOf(QApplication::focusWidget()))
        setFocus();
    m_controls->setVisible(false);
    m_video->setCoveredBottom(0);
    setCursor(Qt::BlankCursor);
}

void ClipStage::keyPressEvent(QKeyEvent *event)
{
    wakeControls();
    event->ignore();
    emit keyPressed(event);
    if (!event->isAccepted())
        QWidget::keyPressEvent(event);
}

void ClipStage::mouseMoveEvent(QMouseEvent *event)
{
    wakeControls();
    QWidget::mouseMoveEvent(event);
}

void ClipStage::closeEvent(QCloseEvent *event)
{
    // Closing the full-screen window returns the picture to the panel.
    if (m_fullscreen) {
        event->ignore();
        setFullscreen(false);
        return;
    }
    QWidget::closeEvent(event);
}

bool ClipStage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_video &&
        (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonPress))
        wakeControls();
    return QWidget::eventFilter(watched, event);
}

}  // namespace hope::ui
