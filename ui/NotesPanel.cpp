#include "ui/NotesPanel.h"

#include "core/ModelRoles.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace hope::ui {

using core::ModelRoles::NoteIdRole;
using core::ModelRoles::NoteKindRole;
using core::ModelRoles::NoteSearchRole;

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit),
      m_list(new QListView),
      m_empty(new QLabel),
      m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(3);
    // A highlight's colour as a narrow bar: the width is the words'.
    m_list->setIconSize(QSize(6, 28));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->installEventFilter(this);
    m_search->installEventFilter(this);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_filter->setFilterRole(NoteSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        updateEmptyText();
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit goToRequested(index.data(NoteIdRole).toString());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit goToRequested(index.data(NoteIdRole).toString());
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NotesPanel::updateEmptyText);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &NotesPanel::updateEmptyText);
    retranslateUi();
}

void NotesPanel::setModel(QAbstractItemModel *model)
{
    m_filter->setSourceModel(model);
    updateEmptyText();
}

int NotesPanel::shownCount() const
{
    return m_filter->rowCount();
}

void NotesPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setAccessibleName(tr("Search notes"));
    m_list->setAccessibleName(tr("Notes"));
    m_list->setAccessibleDescription(
        tr("Highlights, notes and bookmarks in reading order. Enter goes to one, Delete "
           "removes it."));
    updateEmptyText();
}

QString NotesPanel::currentId() const
{
    return m_list->currentIndex().data(NoteIdRole).toString();
}

void NotesPanel::updateEmptyText()
{
    const bool empty = m_filter->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        return;
    m_empty->setText(m_filter->sourceModel() && m_filter->sourceModel()->rowCount() > 0
                         ? tr("No note has these words.")
                         : tr("No highlights yet. Select words in the article and press "
                              "Ctrl+H to highlight them, Ctrl+D to bookmark your place."));
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Down from the search goes into the list, as in a file chooser.
        if (watched == m_search && key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if (watched == m_list && key->matches(QKeySequence::Delete) && !currentId().isEmpty()) {
            emit removeRequested(currentId());
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::ContextMenu) {
        const QString id = currentId();
        if (id.isEmpty())
            return false;
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QMenu menu(this);
        menu.addAction(tr("&Go to Its Place"), this, [this, id] { emit goToRequested(id); });
        if (m_list->currentIndex().data(NoteKindRole).toString() == u"highlight")
            menu.addAction(tr("&Edit Note…"), this, [this, id] { emit editRequested(id); });
        menu.addAction(tr("&Remove"), this, [this, id] { emit removeRequested(id); });
        menu.exec(menuEvent->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace hope::ui
