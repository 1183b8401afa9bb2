#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

namespace hope::app {

// HOPE_SWITCH_TRACE=1 prints, for each key press or click, how long the
// article took to show its next frame after it, and its last within the
// second after: a layout, theme, zoom or language switch is done for the
// reader when the text is drawn anew and stays. One input at a time: input
// within that second is not timed.
// Stderr only; the numbers are for the README and notes, never for tests.
class SwitchTrace final : public QObject
{
    Q_OBJECT

public:
    // Watches the application's input and the article's viewport.
    explicit SwitchTrace(QWidget *article, QObject *parent = nullptr);

    [[nodiscard]] static bool wanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_article;
    QElapsedTimer m_since;
    QString m_what;
    bool m_reportQueued = false;
    int m_frames = 0;
    double m_first = 0;
    double m_last = 0;
};

}  // namespace hope::app
