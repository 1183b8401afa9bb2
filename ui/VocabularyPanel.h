#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QPushButton;

namespace hope::ui {

// View > Vocabulary: the words kept from the lookup card, each with its
// pinyin and meaning (and its sentence as the row's description), linked
// back to its paragraph. Enter or a double click goes there, Delete
// removes the word; the rows come from VocabularyModel's roles.
class VocabularyPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VocabularyPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QPushButton *goButton() const { return m_go; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QLabel *emptyLabel() const { return m_empty; }

signals:
    void goToRequested(const QString &blockId);
    void removeRequested(int row);
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void update();
    void goToCurrent();

    QAbstractItemModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_sentence;
    QPushButton *m_go;
    QPushButton *m_remove;
    QPushButton *m_export;
};

}  // namespace hope::ui
