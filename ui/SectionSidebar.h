#pragma once

#include <QListView>

namespace hope::ui {

// The list of the article's sections. Clicking an entry, or Enter on it,
// asks for that section; arrows only move the selection.
class SectionSidebar final : public QListView
{
    Q_OBJECT

public:
    explicit SectionSidebar(QWidget *parent = nullptr);

    // Marks the section being read, without asking to go there.
    void setCurrentSection(int row);

signals:
    void sectionRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
};

}  // namespace hope::ui
