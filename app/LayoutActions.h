#pragma once

#include "core/ReadingLayout.h"

#include <QObject>

class QAction;
class QMenu;

namespace hope::app {

// View > Layout: one checked action among Chinese, English, Side by Side
// and Interleaved, with Ctrl+Alt+1..4.
class LayoutActions final : public QObject
{
    Q_OBJECT

public:
    // Adds the submenu to `parent`.
    explicit LayoutActions(QMenu *parent);

    void setCurrent(core::ReadingLayout layout);
    void retranslate();
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *action(core::ReadingLayout layout) const;

signals:
    void layoutRequested(hope::core::ReadingLayout layout);

private:
    QMenu *m_menu;
    QList<QAction *> m_actions;
};

}  // namespace hope::app
