#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace hope::ui {

// View > Notes: the reader's highlights, notes and bookmarks in reading
// order, searched as the reader types. Enter or a click goes to one's
// place; Delete removes it; the menu edits its note. Rows by the model's
// roles (ModelRoles.h, NotesModel); it emits intents by annotation id.
class NotesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void retranslateUi();
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QLineEdit *search() const { return m_search; }
    // Rows shown after the search.
    [[nodiscard]] int shownCount() const;

signals:
    void goToRequested(const QString &id);
    void editRequested(const QString &id);
    void removeRequested(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QString currentId() const;
    void updateEmptyText();

    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
};

}  // namespace hope::ui
