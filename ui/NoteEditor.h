#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace hope::ui {

// A small editor for the note on a highlight: the words it is on above,
// the note as plain text below. Nothing typed is ever read as markup.
class NoteEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    void setQuote(const QString &quote);
    void setNote(const QString &note);
    [[nodiscard]] QString note() const;
    // Longer notes are cut here as they are typed.
    void setMaximumLength(qsizetype length) { m_maximum = length; }
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }

private:
    void keepWithinLimit();

    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    qsizetype m_maximum = 10000;
};

}  // namespace hope::ui
