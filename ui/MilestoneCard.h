#pragma once

#include "core/Language.h"

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;
class QPushButton;

namespace hope::core {
struct ReaderPalette;
}  // namespace hope::core

namespace hope::ui {

// The selected milestone in full: its date at its precision, title,
// category, description, and a way into the article.
class MilestoneCard final : public QFrame
{
    Q_OBJECT

public:
    explicit MilestoneCard(QWidget *parent = nullptr);

    // An invalid index shows how to pick one.
    void setMilestone(const QModelIndex &index);
    void setColours(const core::ReaderPalette &colours);
    // The language of the milestone texts, which picks their face.
    void setLanguage(core::Language language);

signals:
    void milestoneActivated(const QString &milestoneId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyFonts();

    QPersistentModelIndex m_index;
    QLabel *m_date = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_basis = nullptr;
    QPushButton *m_read = nullptr;
    core::Language m_language = core::Language::Chinese;
};

}  // namespace hope::ui
