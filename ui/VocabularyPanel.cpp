#include "ui/VocabularyPanel.h"

#include "core/ModelRoles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace hope::ui {

using namespace core::ModelRoles;

VocabularyPanel::VocabularyPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_list(new QListView),
      m_empty(new QLabel),
      m_sentence(new QLabel),
      m_go(new QPushButton),
      m_remove(new QPushButton),
      m_export(new QPushButton)
{
    setObjectName(QStringLiteral("vocabularyPanel"));
    m_list->setObjectName(QStringLiteral("vocabularyList"));
    m_list->setModel(model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    // The sentences and words are the bundle's: text only.
    for (QLabel *label : {m_empty, m_sentence}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_sentence->setObjectName(QStringLiteral("vocabularySentence"));
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // In a dialog, Return on the list is the list's, not a default button's.
    for (QPushButton *button : {m_go, m_remove, m_export}) button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_go);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sentence);
    layout->addLayout(buttons);

    connect(m_list, &QListView::activated, this, [this] { goToCurrent(); });
    connect(m_go, &QPushButton::clicked, this, [this] { goToCurrent(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_list->currentIndex().isValid())
            emit removeRequested(m_list->currentIndex().row());
    });
    connect(m_export, &QPushButton::clicked, this, &VocabularyPanel::exportRequested);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VocabularyPanel::update);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &VocabularyPanel::update);
    connect(model, &QAbstractItemModel::modelReset, this, &VocabularyPanel::update);
    retranslateUi();
}

void VocabularyPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Vocabulary"));
    m_empty->setText(
        tr("No words yet. Look a Chinese word up (rest the pointer on it, click it "
           "or press Ctrl+L) and choose Add to Vocabulary."));
    m_go->setText(tr("&Go to Paragraph"));
    m_remove->setText(tr("&Remove"));
    m_export->setText(tr("E&xport for Anki…"));
    update();
}

void VocabularyPanel::update()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
    const QModelIndex current = m_list->currentIndex();
    const QString sentence = current.data(VocabularySentenceRole).toString();
    const QString place = current.data(VocabularyPlaceRole).toString();
    m_sentence->setText(sentence.isEmpty() ? QString()
                        : place.isEmpty()  ? sentence
                                           : tr("%1 (%2)").arg(sentence, place));
    m_sentence->setVisible(!m_sentence->text().isEmpty());
    m_list->setAccessibleDescription(m_sentence->text());
    m_go->setEnabled(current.isValid());
    m_remove->setEnabled(current.isValid());
}

void VocabularyPanel::goToCurrent()
{
    const QString block = m_list->currentIndex().data(VocabularyBlockRole).toString();
    if (!block.isEmpty())
        emit goToRequested(block);
}

bool VocabularyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete &&
        m_list->currentIndex().isValid()) {
        emit removeRequested(m_list->currentIndex().row());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void VocabularyPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

}  // namespace hope::ui
