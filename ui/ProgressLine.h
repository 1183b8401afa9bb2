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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    core::ReadingProgress::Estimate m_estimate;
    QString m_section;
    bool m_known = false;
};

}  // namespace hope::ui
