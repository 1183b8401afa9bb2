#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QAction;

namespace hope::app {

// What a sighted reader sees change when they toggle a panel, reading mode,
// full screen or pinyin, or choose a theme or a layout, said to a screen
// reader: "Timeline: off", "Dark chosen". Only the reader's own triggers
// (a key, a menu), never the window setting itself up.
class ActionAnnouncer final : public QObject
{
    Q_OBJECT

public:
    explicit ActionAnnouncer(QObject *parent = nullptr);

    // On and off: said as "name: on" or "name: off".
    void watchToggle(QAction *action);
    // One of a group: said as "name chosen".
    void watchChoice(QAction *action);

    // An action's text as it is said: no mnemonic ("&Timeline", Chinese
    // "时间线(&T)"), no ellipsis.
    [[nodiscard]] static QString plainText(const QString &text);

signals:
    void announcement(const QString &message);
};

}  // namespace hope::app
