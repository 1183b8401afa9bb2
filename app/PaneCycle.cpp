#include "app/PaneCycle.h"

#include <QApplication>
#include <QShortcut>
#include <QWidget>

namespace hope::app {

PaneCycle::PaneCycle(QWidget *window, const QList<Pane> &panes)
    : QObject(window), m_window(window), m_panes(panes)
{
    const auto add = [this](const QKeySequence &keys, void (PaneCycle::*slot)()) {
        auto *shortcut = new QShortcut(keys, m_window);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_F6), &PaneCycle::next);
    add(QKeySequence(Qt::CTRL | Qt::Key_F6), &PaneCycle::next);
    add(QKeySequence(Qt::SHIFT | Qt::Key_F6), &PaneCycle::previous);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F6), &PaneCycle::previous);
}

void PaneCycle::next()
{
    move(+1);
}

void PaneCycle::previous()
{
    move(-1);
}

int PaneCycle::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < m_panes.size(); ++i) {
        const QWidget *root = m_panes.at(i).root;
        if (focus && root && (root == focus || root->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

bool PaneCycle::isOnScreen(int pane) const
{
    // A panel put away is hidden; one dragged shut has no size.
    const QWidget *entry = m_panes.at(pane).entry;
    return entry && entry->isVisible() && entry->isEnabled() && entry->width() > 0 &&
           entry->height() > 0 && entry->focusPolicy() != Qt::NoFocus;
}

void PaneCycle::move(int step)
{
    const int count = int(m_panes.size());
    const int from = currentPane();
    int at = from < 0 ? (step > 0 ? -1 : count) : from;
    for (int tried = 0; tried < count; ++tried) {
        at = (at + step + count) % count;
        if (isOnScreen(at)) {
            m_panes.at(at).entry->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void PaneCycle::setEntry(QWidget *root, QWidget *entry)
{
    for (Pane &pane : m_panes) {
        if (pane.root == root)
            pane.entry = entry;
    }
}

void PaneCycle::orderTabChain()
{
    // Each pane's focusable widgets in the order the chain has them now
    // (the order they were made in), then chained pane after pane.
    QList<QWidget *> chain;
    for (const Pane &pane : std::as_const(m_panes)) {
        if (!pane.root)
            continue;
        QWidget *w = m_window;
        do {
            w = w->nextInFocusChain();
            if ((w == pane.root || pane.root->isAncestorOf(w)) &&
                (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !chain.contains(w))
                chain << w;
        } while (w != m_window);
    }
    for (int i = 1; i < chain.size(); ++i) QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

}  // namespace hope::app
