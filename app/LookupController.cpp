#include "app/LookupController.h"

#include "core/PinyinConverter.h"
#include "core/ReadingSession.h"
#include "core/VocabularyModel.h"
#include "ui/ArticleView.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QThread>

namespace hope::app {

using core::Language;

LookupController::LookupController(const core::ReadingSession *session, ui::ArticleView *view,
                                   QWidget *window, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_view(view),
      m_card(new ui::LookupCard(window)),
      m_lookUp(new QAction(this))
{
    m_lookUp->setObjectName(QStringLiteral("lookUpWord"));
    m_lookUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lookUp, &QAction::triggered, this, [this] {
        if (!lookUpAtCaret())
            emit message(tr("No Chinese word at the caret to look up."));
    });
    connect(m_view, &ui::ArticleView::lookupRequested, this, [this](int position, bool pointer) {
        // A card the keys are in stays until it is closed.
        if (pointer && m_card->isVisible() && m_card->mode() == ui::LookupCard::Mode::Keyboard)
            return;
        lookUp(position, pointer ? ui::LookupCard::Mode::Pointer : ui::LookupCard::Mode::Keyboard);
    });
    connect(m_session, &core::ReadingSession::articleChanged, this,
            &LookupController::followArticle);
    // The word under it is shown in other characters now.
    connect(m_session, &core::ReadingSession::scriptChanged, m_card, &QWidget::hide);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_card->mode() == ui::LookupCard::Mode::Pointer)
            m_card->hide();
    });
    connect(m_card, &ui::LookupCard::keepRequested, this, &LookupController::keep);
    connect(m_card, &ui::LookupCard::chosenChanged, this, [this](const core::DictionaryWord &word) {
        m_card->setKept(m_vocabulary && m_vocabulary->contains(word.text));
    });
    connect(m_card, &ui::LookupCard::closed, this, [this] {
        if (m_card->mode() == ui::LookupCard::Mode::Keyboard) {
            m_view->window()->activateWindow();
            m_view->setFocus(Qt::PopupFocusReason);
        }
    });
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    followArticle();
    retranslateUi();
}

LookupController::~LookupController()
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
    }
}

void LookupController::setConverter(std::shared_ptr<const core::PinyinConverter> converter)
{
    m_converter = std::move(converter);
}

void LookupController::loadConverterAside()
{
    if (m_loader || !m_converter || m_converter->isLoaded())
        return;
    m_loader = QThread::create([converter = m_converter] { converter->load(); });
    connect(m_loader, &QThread::finished, this, [this] {
        m_loader->deleteLater();
        m_loader = nullptr;
        if (m_card->isVisible() && m_position >= 0)
            lookUp(m_position, m_card->mode());
    });
    m_loader->start(QThread::LowPriority);
}

void LookupController::setVocabulary(core::VocabularyModel *vocabulary)
{
    m_vocabulary = vocabulary;
}

void LookupController::keep(const core::LookupChoice &choice)
{
    if (!m_vocabulary)
        return;
    const core::VocabularyWord word{choice.word.text,
                                    choice.pinyin,
                                    core::WordLookup::meaning(choice),
                                    core::WordLookup::sentenceAt(m_text, choice.word.start),
                                    m_view->placeOf(m_position).first,
                                    QDateTime::currentDateTimeUtc()};
    if (m_vocabulary->add(word))
        emit message(tr("%1 added to your vocabulary").arg(word.word));
    m_card->setKept(m_vocabulary->contains(word.word));
}

void LookupController::addToMenus(QMenu *edit)
{
    edit->addSeparator();
    edit->addAction(m_lookUp);
}

void LookupController::retranslateUi()
{
    m_lookUp->setText(tr("&Look Up Word"));
    m_lookUp->setStatusTip(tr("Show the reading and meaning of the Chinese word at the caret"));
}

void LookupController::followArticle()
{
    // The article's Chinese, whose words a character's card lists: as
    // published, since every lookup is by the Simplified behind the text.
    QStringList texts;
    for (const core::ArticleSection &section : m_session->publishedArticle().sections) {
        texts.append(section.heading.in(Language::Chinese));
        for (const core::ArticleBlock &block : section.blocks) {
            if (block.kind == core::BlockKind::Paragraph)
                texts.append(block.text.in(Language::Chinese));
        }
    }
    m_lookup.setTexts(texts);
    m_card->hide();
}

bool LookupController::lookUp(int position, ui::LookupCard::Mode mode)
{
    const std::optional<ui::ArticleView::WordContext> context = m_view->wordContextAt(position);
    if (!context)
        return false;
    // The ruby's words, once the converter is there; it is never waited for.
    QList<core::PinyinWord> words;
    if (m_converter && m_converter->isLoaded())
        words = m_converter->convert(context->text);
    else
        loadConverterAside();
    QList<core::LookupChoice> choices = m_lookup.at(context->text, context->offset, words);
    if (choices.isEmpty())
        return false;
    if (!m_dictionary.error().isEmpty() && !m_told) {
        m_told = true;
        emit message(m_dictionary.error());
    }
    // The words as the reader sees them: in Traditional characters when
    // those are shown (the text behind them is looked up).
    const QString shownBlock = m_view->document()->findBlock(position).text();
    const bool converted = shownBlock != context->text;
    QHash<QString, QStringList> wordsWith;
    for (core::LookupChoice &choice : choices) {
        if (converted)
            choice.shown = shownBlock.mid(choice.word.start, choice.word.length);
        if (choice.word.length != 1)
            continue;
        QStringList others = m_lookup.wordsWith(choice.word.text);
        if (converted) {
            for (QString &other : others) other = m_session->inScript(other);
        }
        wordsWith.insert(choice.word.text, others);
    }
    const core::DictionaryWord first = choices.first().word;
    m_position = position;
    m_text = context->text;
    m_card->setChineseFont(m_view->typography().faces(Language::Chinese).body);
    m_card->setChoices(std::move(choices), std::move(wordsWith));
    m_card->setKept(m_vocabulary && m_vocabulary->contains(first.text));
    const QRect rect =
        m_view->textRect(context->blockPosition + int(first.start), int(first.length));
    m_card->showFor(QRect(m_view->viewport()->mapToGlobal(rect.topLeft()), rect.size()), mode);
    return true;
}

bool LookupController::lookUpAtCaret()
{
    const QTextCursor caret = m_view->textCursor();
    const int position = caret.hasSelection() ? caret.selectionStart() : caret.position();
    // The caret stands between characters: the one after it, else before.
    return lookUp(position, ui::LookupCard::Mode::Keyboard) ||
           (position > 0 && lookUp(position - 1, ui::LookupCard::Mode::Keyboard));
}

bool LookupController::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_card->isVisible() || m_card->mode() != ui::LookupCard::Mode::Pointer)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::MouseMove: {
            // Between the word and its card the pointer may pass.
            const QPoint at = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
            if (!m_card->wordRect().adjusted(-2, -2, 2, 2).united(m_card->geometry()).contains(at))
                m_card->hide();
            break;
        }
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::FocusOut:
        case QEvent::Hide:
            m_card->hide();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace hope::app
