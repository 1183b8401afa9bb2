#pragma once

#include <QMenu>

namespace hope::core {
class RecentBundles;
}  // namespace hope::core

namespace hope::ui {

// File > Open Recent: the bundles opened last, newest first, numbered for
// the keyboard; one that has gone is shown but disabled, and "Remove
// Missing" and "Clear List" tidy the list. Built from the model each time
// it opens, so it is never out of date.
class RecentMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit RecentMenu(QWidget *parent = nullptr);

    void setModel(core::RecentBundles *model);

signals:
    void openRequested(const QString &path);

private:
    void rebuild();

    core::RecentBundles *m_model = nullptr;
};

}  // namespace hope::ui
