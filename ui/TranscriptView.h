#pragma once

#include "ui/FittedListView.h"

namespace hope::core {
class TranscriptModel;
struct ReaderPalette;
}  // namespace hope::core

namespace hope::ui {

// The clip's caption lines as a list to read along and to click: marks
// the line the clip is on and keeps it in view, asks for a line's start
// when one is clicked or chosen with Enter, and copies a line with its
// time (Ctrl+C or its menu).
class TranscriptView final : public FittedListView
{
    Q_OBJECT

public:
    explicit TranscriptView(core::TranscriptModel *model, QWidget *parent = nullptr);

    void setColours(const core::ReaderPalette &colours);
    // Marks the line and brings it into view; -1: none.
    void setCurrentCue(int row);
    // "0:12 Taiko drummers …" onto the clipboard; false if no such line.
    bool copyCue(int row) const;

    // Every line while there are few; a long transcript scrolls in here
    // rather than pushing the panel's description far down.
    static constexpr int kMaxShownRows = 8;

signals:
    void cueActivated(int row);
    void repeatRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    core::TranscriptModel *m_cues = nullptr;
};

}  // namespace hope::ui
