#include "ui/FindBar.h"

#include "core/ReaderPalette.h"
#include "ui/ThemedIcon.h"

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
    m_close->setIcon(ThemedIcon::standard(this, QStyle::SP_DialogCloseButton));
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

    // QLineEdit reports Enter with or without Shift as returnPressed and
    // passes the key on: the filter takes it first, so only one step is made.
    m_edit->installEventFilter(this);
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
    // Named in words: the arrows and the cross say nothing to a screen reader.
    m_edit->setAccessibleName(tr("Find in the article"));
    m_edit->setAccessibleDescription(
        tr("Type to find. Enter: next match; Shift+Enter: previous match; Esc: close."));
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setAccessibleDescription(tr("Shift+F3"));
    m_next->setAccessibleName(tr("Next match"));
    m_next->setAccessibleDescription(tr("F3"));
    m_close->setAccessibleName(tr("Close find"));
    m_close->setAccessibleDescription(tr("Esc"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_close->setIcon(ThemedIcon::standard(this, QStyle::SP_DialogCloseButton));
    QWidget::changeEvent(event);
}

void FindBar::open()
{
    show();
    // Focus first, then the selection: the line edit selects itself on a
    // shortcut's focus before Qt tells assistive technology of the focus,
    // and Orca, seeing the caret move first, took the field silently.
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setMatches(int index, int count)
{
    m_index = index;
    m_count = count;
    showMatches();
    // Each search's result is spoken: "3 of 12", "No matches".
    if (!m_status->text().isEmpty())
        emit announcement(m_status->text());
}

void FindBar::showMatches()
{
    const bool missing = m_count == 0 && !text().isEmpty();
    if (text().isEmpty())
        m_status->clear();
    else if (missing)
        m_status->setText(tr("No matches"));
    else if (m_index < 0)
        //: Matches found, none selected yet (after the text changed language).
        m_status->setText(tr("%n matches", nullptr, m_count));
    else
        //: The match selected, of how many: "3 of 12".
        m_status->setText(tr("%1 of %2").arg(m_index + 1).arg(m_count));
    if (missing && m_missing.isValid()) {
        QPalette p = m_edit->palette();
        p.setColor(QPalette::Base, m_missing);
        m_edit->setPalette(p);
    } else {
        // Back to the colours the window gives every field.
        m_edit->setPalette(QPalette());
    }
}

void FindBar::setColours(const core::ReaderPalette &colours)
{
    m_missing = colours.findMissing;
    showMatches();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit findRequested(text(), key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace hope::ui
