#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace hope::core {
struct ReaderPalette;
}  // namespace hope::core

namespace hope::ui {

// Find in the article: type, Enter for the next match, Shift+Enter for the
// one before, Esc to close.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // Shows the bar with the text selected, ready to type over.
    void open();
    [[nodiscard]] QString text() const;
    // Tells the bar which match is selected (from 0, -1 for none) of how
    // many: "3 of 12", or that there is none, which marks the field.
    void setMatches(int index, int count);
    void setColours(const core::ReaderPalette &colours);

signals:
    void findRequested(const QString &text, bool backward);
    void closed();
    // A result to be spoken (nothing found), for a screen reader.
    void announcement(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Enter and Shift+Enter in the field, handled once, here.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void showMatches();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    int m_index = -1;
    int m_count = 0;
    QColor m_missing;
};

}  // namespace hope::ui
