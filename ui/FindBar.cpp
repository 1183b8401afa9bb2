#include "ui/FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace hope::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent),
      m_edit(new QLineEdit),
      m_previous(new QToolButton),
      m_next(new QToolButton),
      m_close(new QToolButton),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    for (QToolButton *b : {m_previous, m_next, m_close}) b->setAutoRaise(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_edit);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { emit findRequested(text(), false); });
    connect(m_edit, &QLineEdit::textEdited, this, [this] { emit findRequested(text(), false); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit findRequested(text(), false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { emit findRequested(text(), true); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    retranslateUi();
    hide();
}

void FindBar::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Find in the article"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setToolTip(tr("Close (Esc)"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setFound(bool found)
{
    m_status->setText(found || text().isEmpty() ? QString() : tr("Not found"));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        emit findRequested(text(), true);
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace hope::ui
