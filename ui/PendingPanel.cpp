#include "PendingPanel.h"

#include <QLabel>
#include <QVBoxLayout>

PendingPanel::PendingPanel(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_note(new QLabel(this))
{
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 80);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void PendingPanel::setTexts(const QString &title, const QString &note)
{
    m_title->setText(title);
    m_note->setText(note);
    setAccessibleName(title);
}
