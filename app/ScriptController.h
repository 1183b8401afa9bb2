#pragma once

#include "core/ChineseScript.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace hope::core {
class ReadingSession;
}  // namespace hope::core

namespace hope::app {

// View > Chinese Script: the article's Chinese as published (Simplified)
// or in Traditional characters, Taiwan's or Hong Kong's. The script itself
// is the session's; this offers the choice, says when it cannot be made,
// and brings the Traditional faces in when they are first needed.
class ScriptController final : public QObject
{
    Q_OBJECT

public:
    ScriptController(core::ReadingSession *session, QWidget *window, QObject *parent);

    void addToMenu(QMenu *view);
    // As the reader's choice, remembered. False if it cannot be shown: the
    // reader is told why (a message box naming the missing file).
    bool choose(core::ChineseScript script);
    // --script: this run's script, not remembered unless the reader
    // chooses one.
    bool chooseForThisRun(core::ChineseScript script);
    [[nodiscard]] bool isForThisRun() const { return m_forThisRun; }
    [[nodiscard]] QAction *action(core::ChineseScript script) const;
    void retranslateUi();

signals:
    // For the status line.
    void message(const QString &text);
    // The faces changed: the window sets its fonts again.
    void facesChanged();

private:
    void showChecked();

    core::ReadingSession *m_session;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_simplified = nullptr;
    QAction *m_taiwan = nullptr;
    QAction *m_hongKong = nullptr;
    bool m_forThisRun = false;
};

}  // namespace hope::app
