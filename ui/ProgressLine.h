#pragma once

#include "core/ReadingProgress.h"

#include <QLabel>

namespace hope::ui {

// A quiet line under the article: how much is read, the section, and
// about how long the rest will take.
class ProgressLine final : public QLabel
{
    Q_OBJECT

public:
    explicit ProgressLine(QWidget *parent = nullptr);

    void setProgress(const core::ReadingProgress::Estimate &estimate, const QString &section);

    // A few words wide at least: on a narrow screen (or at 200 %) the line
    // gives way, ending in "…", rather than holding the window wider than
    // the screen.
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();

    core::ReadingProgress::Estimate m_estimate;
    QString m_section;
    bool m_known = false;
};

}  // namespace hope::ui
