#include "app/ActionAnnouncer.h"

#include <QAction>
#include <QRegularExpression>

namespace hope::app {

ActionAnnouncer::ActionAnnouncer(QObject *parent) : QObject(parent)
{}

QString ActionAnnouncer::plainText(const QString &text)
{
    // "(&T)" in brackets, half- or full-width, as Chinese writes it; else a
    // single "&" before its letter ("&&" is a real ampersand).
    static const QRegularExpression bracketed(
        QStringLiteral("\\s*[(\\x{ff08}]&[^)\\x{ff09}][)\\x{ff09}]"));
    QString out = text;
    out.remove(bracketed);
    out.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    out.remove(u'&');
    out.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    if (out.endsWith(u'\u2026'))
        out.chop(1);
    return out.trimmed();
}

void ActionAnnouncer::watchToggle(QAction *action)
{
    connect(action, &QAction::triggered, this, [this, action](bool on) {
        emit announcement((on ? tr("%1: on") : tr("%1: off")).arg(plainText(action->text())));
    });
}

void ActionAnnouncer::watchChoice(QAction *action)
{
    connect(action, &QAction::triggered, this,
            [this, action] { emit announcement(tr("%1 chosen").arg(plainText(action->text()))); });
}

}  // namespace hope::app
