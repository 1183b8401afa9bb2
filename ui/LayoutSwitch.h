#pragma once

#include "core/ReadingLayout.h"

#include <QComboBox>

namespace hope::ui {

// The reading layout on the status bar: Chinese, English, side by side or
// interleaved. Says what was chosen; the window decides.
class LayoutSwitch final : public QComboBox
{
    Q_OBJECT

public:
    explicit LayoutSwitch(QWidget *parent = nullptr);

    void setCurrentLayout(core::ReadingLayout layout);
    [[nodiscard]] core::ReadingLayout currentLayout() const;

signals:
    void layoutRequested(hope::core::ReadingLayout layout);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

}  // namespace hope::ui
