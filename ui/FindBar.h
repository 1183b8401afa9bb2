#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

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
    // Tells the bar whether the last search found anything.
    void setFound(bool found);

signals:
    void findRequested(const QString &text, bool backward);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace hope::ui
