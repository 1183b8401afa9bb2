#pragma once

#include "core/Language.h"

#include <QObject>

class QTranslator;

namespace hope::app {

// Installs the translators for the interface language: the reader's own
// and Qt's, so that standard dialogs speak it too.
class LanguageController final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent = nullptr);

    void apply(core::Language language);
    [[nodiscard]] core::Language current() const { return m_current; }
    // Whether the reader's own translation was found for the current language.

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    core::Language m_current = core::Language::English;
    bool m_installed = false;
    bool m_appLoaded = false;
};

}  // namespace hope::app
