#pragma once

#include <QFrame>

class QLabel;

// Holds the place of a panel that a later version fills, and says so
// plainly rather than showing anything made up.
class PendingPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit PendingPanel(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &note);

private:
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
};
