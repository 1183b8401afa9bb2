#pragma once

#include <QListView>

namespace hope::core {
struct ReaderPalette;
class ReadingSession;
}  // namespace hope::core

namespace hope::ui {

class FocusVisible;
class SectionDelegate;

// The list of the article's sections. Clicking an entry, or Enter on it,
// asks for that section; arrows only move the selection.
class SectionSidebar final : public QListView
{
    Q_OBJECT

public:
    // As tall as its entries, wrapped as they are at its width: the
    // milestone card under it has the rest of the column.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    explicit SectionSidebar(QWidget *parent = nullptr);

    // Marks the session's section being read from now on.
    void follow(const core::ReadingSession *session);
    // Marks the section being read, without asking to go there.
    void setCurrentSection(const QString &sectionId);
    void setColours(const core::ReaderPalette &colours);

signals:
    void sectionRequested(const QString &sectionId);
    // Enter, just before the section is requested: the keyboard goes with
    // the reader to the text (a click leaves the focus here).
    void enterPressed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    [[nodiscard]] static QString sectionId(const QModelIndex &index);

    SectionDelegate *m_delegate = nullptr;
    FocusVisible *m_focusVisible = nullptr;
};

}  // namespace hope::ui
