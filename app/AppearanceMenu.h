#pragma once

#include "core/ReaderPalette.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace hope::app {

// The View menu's text size and theme entries. It only asks; the window
// applies the size and the colours and tells it what is so.
class AppearanceMenu final : public QObject
{
    Q_OBJECT

public:
    // Adds the entries to menu, which keeps them for as long as it lives.
    explicit AppearanceMenu(QMenu *menu, QObject *parent = nullptr);

    void setTheme(core::ReaderTheme theme);
    // Greys out the step that would go nowhere, and says the size in the
    // Actual Size entry while it is not 100 %.
    void setZoom(int percent);
    void retranslateUi();

    [[nodiscard]] QAction *zoomInAction() const { return m_zoomIn; }
    [[nodiscard]] QAction *zoomOutAction() const { return m_zoomOut; }
    [[nodiscard]] QAction *actualSizeAction() const { return m_actualSize; }
    [[nodiscard]] QAction *themeAction(core::ReaderTheme theme) const;

signals:
    void zoomInRequested();
    void zoomOutRequested();
    void actualSizeRequested();
    void themeRequested(hope::core::ReaderTheme theme);

private:
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_actualSize = nullptr;
    int m_zoom = 100;
    QMenu *m_themeMenu = nullptr;
    QAction *m_system = nullptr;
    QAction *m_light = nullptr;
    QAction *m_sepia = nullptr;
    QAction *m_dark = nullptr;
};

}  // namespace hope::app
