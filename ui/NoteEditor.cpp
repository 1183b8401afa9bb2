#include "ui/NoteEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hope::ui {

NoteEditor::NoteEditor(QWidget *parent)
    : QDialog(parent), m_quote(new QLabel), m_editor(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("noteEditor"));
    setWindowTitle(tr("Note"));
    auto *layout = new QVBoxLayout(this);
    // The highlighted words are the bundle's text: shown as text.
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setWordWrap(true);
    m_quote->setForegroundRole(QPalette::PlaceholderText);
    m_quote->setAccessibleName(tr("Highlighted words"));
    auto *label = new QLabel(tr("&Note:"));
    label->setBuddy(m_editor);
    m_editor->setObjectName(QStringLiteral("noteText"));
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Your note on these words"));
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NoteEditor::keepWithinLimit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_quote);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(420, 260);
    m_editor->setFocus();
}

void NoteEditor::setQuote(const QString &quote)
{
    // A long highlight is shown by its start; the note is what is edited.
    const QString flat = quote.simplified();
    m_quote->setText(flat.size() > 200 ? flat.left(200) + u'…' : flat);
    m_editor->setAccessibleDescription(tr("On: %1").arg(m_quote->text()));
}

void NoteEditor::setNote(const QString &note)
{
    m_editor->setPlainText(note);
    m_editor->moveCursor(QTextCursor::End);
}

QString NoteEditor::note() const
{
    return m_editor->toPlainText().trimmed();
}

void NoteEditor::keepWithinLimit()
{
    const QString text = m_editor->toPlainText();
    if (text.size() <= m_maximum)
        return;
    QSignalBlocker quiet(m_editor);
    m_editor->setPlainText(text.left(m_maximum));
    m_editor->moveCursor(QTextCursor::End);
}

}  // namespace hope::ui
