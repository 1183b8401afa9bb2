#include "app/ScriptController.h"

#include "core/ReadingSession.h"
#include "ui/EmbeddedFonts.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace hope::app {

using core::ChineseScript;

ScriptController::ScriptController(core::ReadingSession *session, QWidget *window, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_window(window),
      m_group(new QActionGroup(this)),
      m_simplified(new QAction(this)),
      m_taiwan(new QAction(this)),
      m_hongKong(new QAction(this))
{
    for (const ChineseScript script : {ChineseScript::Simplified, ChineseScript::TraditionalTaiwan,
                                       ChineseScript::TraditionalHongKong}) {
        QAction *a = action(script);
        a->setObjectName(QStringLiteral("script-") + core::scriptCode(script));
        a->setCheckable(true);
        m_group->addAction(a);
        // triggered, not toggled: a choice that fails puts the check back
        // without choosing again.
        connect(a, &QAction::triggered, this, [this, script] {
            choose(script);
            showChecked();
        });
    }
    connect(m_session, &core::ReadingSession::scriptChanged, this, [this](ChineseScript script) {
        ui::EmbeddedFonts::setChineseScript(script);
        showChecked();
        emit facesChanged();
    });
    showChecked();
    retranslateUi();
}

QAction *ScriptController::action(ChineseScript script) const
{
    switch (script) {
        case ChineseScript::TraditionalTaiwan:
            return m_taiwan;
        case ChineseScript::TraditionalHongKong:
            return m_hongKong;
        case ChineseScript::Simplified:
            break;
    }
    return m_simplified;
}

void ScriptController::addToMenu(QMenu *view)
{
    m_menu = view->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("scriptMenu"));
    m_menu->addActions(m_group->actions());
    retranslateUi();
}

bool ScriptController::choose(ChineseScript script)
{
    m_forThisRun = false;
    QString error;
    if (m_session->setScript(script, &error))
        return true;
    const QString text =
        tr("Traditional characters cannot be shown: %1\n\nThe article stays as it is.").arg(error);
    // Not modal: the reader goes on reading.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Chinese Script"), text, QMessageBox::Ok,
                                m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit message(text.section(u'\n', 0, 0));
    return false;
}

bool ScriptController::chooseForThisRun(ChineseScript script)
{
    const bool ok = choose(script);
    m_forThisRun = true;
    return ok;
}

void ScriptController::showChecked()
{
    action(m_session->script())->setChecked(true);
}

void ScriptController::retranslateUi()
{
    if (m_menu)
        m_menu->setTitle(tr("Chinese &Script"));
    m_simplified->setText(tr("&Simplified (as Published)"));
    m_taiwan->setText(tr("Traditional (&Taiwan)"));
    m_hongKong->setText(tr("Traditional (&Hong Kong)"));
}

}  // namespace hope::app
