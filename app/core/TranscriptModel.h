#pragma once

#include "core/Article.h"

#include <QAbstractListModel>

namespace hope::core {

// The clip's caption lines in the reading language, in time order, with
// the line the clip is on marked; paired, each carries the other
// language's line at the same time, for a bilingual layout.
class TranscriptModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TranscriptModel(QObject *parent = nullptr);

    void setClip(const ClipInfo &clip);
    void setLanguage(Language language);
    void setPaired(bool paired);
    [[nodiscard]] bool isPaired() const { return m_paired; }
    // -1: none.
    void setCurrentCue(int row);
    [[nodiscard]] int currentCue() const { return m_current; }
    // "0:12 Taiko drummers": a line as it is copied, with its time.
    [[nodiscard]] QString citation(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    [[nodiscard]] const CaptionTrack &track() const;
    [[nodiscard]] QString text(int row) const;
    [[nodiscard]] QString pairText(int row) const;
    void changedAll();

    ClipInfo m_clip;
    Language m_language = Language::Chinese;
    bool m_paired = false;
    int m_current = -1;
};

}  // namespace hope::core
