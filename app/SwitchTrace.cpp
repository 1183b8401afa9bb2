#include "app/SwitchTrace.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace hope::app {

SwitchTrace::SwitchTrace(QWidget *article, QObject *parent) : QObject(parent), m_article(article)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool SwitchTrace::wanted()
{
    return qEnvironmentVariableIntValue("HOPE_SWITCH_TRACE") > 0;
}

bool SwitchTrace::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
        // A key that is a shortcut never arrives as a key press.
        case QEvent::ShortcutOverride:
        case QEvent::KeyPress: {
            // One event reaches each widget on the way: the first starts it.
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool modifierAlone = key->key() == Qt::Key_Shift ||
                                       key->key() == Qt::Key_Control || key->key() == Qt::Key_Alt ||
                                       key->key() == Qt::Key_Meta;
            if (modifierAlone || key->isAutoRepeat() || !watched->isWidgetType() ||
                m_since.isValid())
                break;
            m_what = QKeySequence(key->keyCombination()).toString();
            m_since.start();
            break;
        }
        case QEvent::MouseButtonRelease:
            if (!watched->isWidgetType() || m_since.isValid())
                break;
            m_what = QStringLiteral("click on %1")
                         .arg(QLatin1String(watched->metaObject()->className()));
            m_since.start();
            break;
        case QEvent::Paint:
            // After this paint is done, the frame is the reader's; frames
            // that follow within the second (a layout finished in steps, a
            // scroll put right) are counted, the last one is when it settled.
            if (m_since.isValid() && !m_reportQueued &&
                (watched == m_article ||
                 m_article->isAncestorOf(qobject_cast<QWidget *>(watched)))) {
                m_reportQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_reportQueued = false;
                    if (!m_since.isValid())
                        return;
                    const double ms = double(m_since.nsecsElapsed()) / 1e6;
                    if (m_frames++ == 0) {
                        m_first = ms;
                        QTimer::singleShot(1000, this, &SwitchTrace::report);
                    }
                    m_last = ms;
                });
            }
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void SwitchTrace::report()
{
    std::fprintf(stderr, "switch: %-20s first frame %7.1f ms, last %7.1f ms (%d frames)\n",
                 qPrintable(m_what), m_first, m_last, m_frames);
    m_since.invalidate();
    m_frames = 0;
}

}  // namespace hope::app
