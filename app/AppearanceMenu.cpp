#include "app/AppearanceMenu.h"

#include "core/TextZoom.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace hope::app {

using namespace core;

AppearanceMenu::AppearanceMenu(QMenu *menu, QObject *parent) : QObject(parent)
{
    m_zoomIn = menu->addAction(QString(), this, &AppearanceMenu::zoomInRequested);
    // Ctrl+= is where Ctrl++ is without Shift on most keyboards; browsers
    // take both, and so does the reader.
    m_zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    m_zoomOut = menu->addAction(QString(), this, &AppearanceMenu::zoomOutRequested);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_actualSize = menu->addAction(QString(), this, &AppearanceMenu::actualSizeRequested);
    m_actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_themeMenu = menu->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (QAction **slot : {&m_system, &m_light, &m_sepia, &m_dark}) {
        *slot = m_themeMenu->addAction(QString());
        (*slot)->setCheckable(true);
        group->addAction(*slot);
    }
    m_themeMenu->insertSeparator(m_light);
    for (const ReaderTheme theme :
         {ReaderTheme::System, ReaderTheme::Light, ReaderTheme::Sepia, ReaderTheme::Dark}) {
        QAction *action = themeAction(theme);
        action->setObjectName(QStringLiteral("theme-") + themeCode(theme));
        connect(action, &QAction::triggered, this, [this, theme] { emit themeRequested(theme); });
    }
    retranslateUi();
}

QAction *AppearanceMenu::themeAction(ReaderTheme theme) const
{
    switch (theme) {
        case ReaderTheme::Light:
            return m_light;
        case ReaderTheme::Sepia:
            return m_sepia;
        case ReaderTheme::Dark:
            return m_dark;
        case ReaderTheme::System:
            break;
    }
    return m_system;
}

void AppearanceMenu::setTheme(ReaderTheme theme)
{
    themeAction(theme)->setChecked(true);
}

void AppearanceMenu::setZoom(int percent)
{
    m_zoomIn->setEnabled(percent < TextZoom::kMaximum);
    m_zoomOut->setEnabled(percent > TextZoom::kMinimum);
    m_actualSize->setEnabled(percent != TextZoom::kDefault);
    m_zoom = percent;
    retranslateUi();
}

void AppearanceMenu::retranslateUi()
{
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_actualSize->setText(m_zoom == TextZoom::kDefault ? tr("&Actual Size")
                                                       : tr("&Actual Size (now %1%)").arg(m_zoom));
    m_themeMenu->setTitle(tr("T&heme"));
    m_system->setText(tr("&Follow the System"));
    m_light->setText(tr("&Light"));
    m_sepia->setText(tr("&Sepia"));
    m_dark->setText(tr("&Dark"));
}

}  // namespace hope::app
