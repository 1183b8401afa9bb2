#pragma once

#include "Language.h"

#include <QObject>

class QTranslator;

// Installs the translators for the interface language: the reader's own
// and Qt's, so that standard dialogs speak it too.
class LanguageController final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent = nullptr);

    void apply(Language language);
    [[nodiscard]] Language current() const { return m_current; }
    // Whether the reader's own translation was found for the current language.
    [[nodiscard]] bool hasAppTranslation() const { return m_appLoaded; }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    Language m_current = Language::English;
    bool m_installed = false;
    bool m_appLoaded = false;
};
