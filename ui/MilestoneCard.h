#pragma once

#include "core/Language.h"
#include "core/ReaderPalette.h"

#include <QFrame>
#include <QPersistentModelIndex>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QScrollArea;

namespace hope::core {
class ReadingSession;
}

namespace hope::ui {

// The selected milestone in full: its date at its precision, title,
// category, description, and a way into the article.
class MilestoneCard final : public QFrame
{
    Q_OBJECT

public:
    explicit MilestoneCard(QWidget *parent = nullptr);

    // The session's milestone selected, by id, read from this model (the
    // MilestoneModel roles), in the session's language, from now on.
    void follow(const core::ReadingSession *session, const QAbstractItemModel *model);
    // An invalid index shows how to pick one.
    void setMilestone(const QModelIndex &index);
    void setColours(const core::ReaderPalette &colours);
    // The language of the milestone texts, which picks their face.
    void setLanguage(core::Language language);
    // The texts' sizes times this: the desktop's font and the reader's zoom.
    void setTextScale(qreal scale);
    // The description, for tests: all of it is on the card or scrolls into view.
    [[nodiscard]] QLabel *descriptionLabel() const { return m_description; }
    [[nodiscard]] QScrollArea *scrollArea() const { return m_scroll; }

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
    // The category's marker as the timeline and its legend draw it.
    QLabel *m_mark = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_basis = nullptr;
    QPushButton *m_read = nullptr;
    QScrollArea *m_scroll = nullptr;
    core::Language m_language = core::Language::Chinese;
    core::ReaderPalette m_colours = core::ReaderPalette::light();
    qreal m_scale = 1.0;
};

}  // namespace hope::ui
