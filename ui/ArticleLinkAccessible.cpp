#include "ui/ArticleLinkAccessible.h"

#include "ui/ArticleView.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QWidget>
#include <QWindow>

namespace hope::ui {

ArticleLinkAccessible::ArticleLinkAccessible(ArticleView *view, int index)
    : m_view(view), m_index(index)
{}

bool ArticleLinkAccessible::isValid() const
{
    return m_view && m_index >= 0 && m_index < m_view->links().size();
}

QWindow *ArticleLinkAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *ArticleLinkAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
}

QString ArticleLinkAccessible::anchor() const
{
    if (!isValid())
        return {};
    const core::LinkSpan &link = m_view->links().at(m_index);
    QTextCursor cursor(m_view->document());
    cursor.setPosition(link.start);
    cursor.setPosition(link.end, QTextCursor::KeepAnchor);
    QString words = cursor.selectedText();
    words.remove(QChar::ObjectReplacementCharacter);
    words.replace(QChar::LineSeparator, u' ');
    return words.simplified();
}

QString ArticleLinkAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
        case QAccessible::Name: {
            // A figure's still has no words: what it plays and shows.
            const QString words = anchor();
            return words.isEmpty() ? m_view->linkDescription(m_index) : words;
        }
        case QAccessible::Description: {
            const QString description = m_view->linkDescription(m_index);
            return description == text(QAccessible::Name) ? QString() : description;
        }
        default:
            return {};
    }
}

QRect ArticleLinkAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect box = m_view->linkRect(m_index);
    return QRect(m_view->viewport()->mapToGlobal(box.topLeft()), box.size());
}

QAccessible::State ArticleLinkAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.focusable = true;
    s.linked = true;
    s.readOnly = true;
    s.focused = m_view->hasFocus() && m_view->focusedLink() == m_index;
    const QRect box = m_view->linkRect(m_index);
    s.offscreen = !m_view->isVisible() || !m_view->viewport()->rect().intersects(box);
    s.invisible = !m_view->isVisible();
    return s;
}

void *ArticleLinkAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    if (type == QAccessible::HyperlinkInterface)
        return static_cast<QAccessibleHyperlinkInterface *>(this);
    return nullptr;
}

QStringList ArticleLinkAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void ArticleLinkAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == pressAction()) {
        m_view->activateLink(m_index);
    } else if (actionName == setFocusAction()) {
        const core::LinkSpan &link = m_view->links().at(m_index);
        QTextCursor cursor(m_view->document());
        cursor.setPosition(link.start);
        cursor.setPosition(link.end, QTextCursor::KeepAnchor);
        m_view->setFocus(Qt::OtherFocusReason);
        m_view->setTextCursor(cursor);
    }
}

QStringList ArticleLinkAccessible::keyBindingsForAction(const QString &actionName) const
{
    return actionName == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList{};
}

QString ArticleLinkAccessible::anchorTarget() const
{
    return isValid() ? m_view->links().at(m_index).href : QString();
}

int ArticleLinkAccessible::startIndex() const
{
    return isValid() ? m_view->links().at(m_index).start : -1;
}

int ArticleLinkAccessible::endIndex() const
{
    return isValid() ? m_view->links().at(m_index).end : -1;
}

}  // namespace hope::ui
