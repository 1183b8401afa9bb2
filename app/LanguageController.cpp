#include "app/LanguageController.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hope::app {

using namespace core;

LanguageController::LanguageController(QObject *parent)
    : QObject(parent), m_app(new QTranslator(this)), m_qt(new QTranslator(this))
{}

void LanguageController::apply(Language language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(m_app);
        QCoreApplication::removeTranslator(m_qt);
        m_installed = false;
    }
    m_current = language;
    m_appLoaded = false;
    // English is the source language: no translator at all. Removing the
    // Chinese ones has already sent the LanguageChange event.
    if (language == Language::English)
        return;
    m_appLoaded = m_app->load(QStringLiteral(":/i18n/hope-reader_zh_CN.qm"));
    const bool qtLoaded = m_qt->load(QStringLiteral("qtbase_zh_CN"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(m_qt);
    if (m_appLoaded)
        QCoreApplication::installTranslator(m_app);
    m_installed = true;
}

}  // namespace hope::app
