#include "ui/FocusVisible.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QFocusEvent>
#include <QStyle>
#include <QWidget>

namespace hope::ui {

FocusVisible::FocusVisible(QWidget *widget) : QObject(widget), m_widget(widget)
{
    widget->installEventFilter(this);
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        area->viewport()->installEventFilter(this);
    widget->setProperty("focusVisible", false);
}

bool FocusVisible::shown() const
{
    return m_widget->hasFocus() && m_fromKeyboard;
}

bool FocusVisible::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
        case QEvent::FocusIn:
            // The window coming to the front gives back the focus it had,
            // however that came: the ring stays as it was (hidden on the
            // first start, before the reader has touched anything).
            if (watched == m_widget) {
                const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
                if (reason != Qt::ActiveWindowFocusReason)
                    setFromKeyboard(reason != Qt::MouseFocusReason);
            }
            break;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            setFromKeyboard(false);
            break;
        case QEvent::KeyPress:
            if (watched == m_widget)
                setFromKeyboard(true);
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void FocusVisible::setFromKeyboard(bool fromKeyboard)
{
    if (fromKeyboard == m_fromKeyboard)
        return;
    m_fromKeyboard = fromKeyboard;
    m_widget->setProperty("focusVisible", fromKeyboard);
    // A style sheet reads the property when the widget is polished.
    if (!m_widget->styleSheet().isEmpty()) {
        m_widget->style()->unpolish(m_widget);
        m_widget->style()->polish(m_widget);
    }
    m_widget->update();
    if (auto *area = qobject_cast<QAbstractScrollArea *>(m_widget))
        area->viewport()->update();
}

}  // namespace hope::ui
