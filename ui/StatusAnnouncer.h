#pragma once

#include <QWidget>

namespace hope::ui {

// Says a short status message to a screen reader ("Not found", "Sound
// off", why the clip cannot play). Qt 6.4 has no announcement API and its
// AT-SPI bridge drops QAccessible::Alert, so this is an object with the
// notification role whose name is the message: each message shows it anew
// ("object:state-changed:showing", which Orca speaks for a notification)
// and changes its name. It paints nothing: what it says is on screen
// elsewhere, or is a key's effect the reader can see.
class StatusAnnouncer final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusAnnouncer(QWidget *parent = nullptr);

    void announce(const QString &message);
    [[nodiscard]] QString message() const { return m_message; }
    // Every message so far, for tests.
    [[nodiscard]] int count() const { return m_count; }

signals:
    void announced(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_message;
    int m_count = 0;
};

}  // namespace hope::ui
