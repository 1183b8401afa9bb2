#include "app/ReadAloud.h"

#include "app/AppSettings.h"
#include "core/PinyinConverter.h"
#include "speech/PcmOutput.h"
#include "speech/SpeechSynthesizer.h"
#include "ui/ArticleView.h"
#include "ui/PlayerLoader.h"
#include "ui/ReadAloudBar.h"
#include "ui/SpeechOutputFactory.h"

#include <QAction>
#include <QMenu>

namespace hope::app {

using namespace core;
using speech::ReadAloudController;

ReadAloud::ReadAloud(ui::ArticleView *view, AppSettings *settings, QObject *parent)
    : QObject(parent),
      m_view(view),
      m_settings(settings),
      m_controller(new ReadAloudController(this)),
      m_bar(new ui::ReadAloudBar),
      m_converter(std::make_shared<PinyinConverter>())
{
    m_bar->hide();
    m_controller->setConverter(m_converter);
    m_controller->setOutputFactory(playerModuleOutput());
    m_view->setPinyinConverter(m_converter);
    if (m_settings) {
        m_controller->setSpeed(m_settings->readAloudSpeed());
        for (const Language l : {Language::Chinese, Language::English})
            speech::SpeechSynthesizer::instance().setVoice(l, m_settings->readAloudVoice(l));
    }
    m_bar->setSpeed(m_controller->speed());

    ReadAloudController *c = m_controller;
    connect(c, &ReadAloudController::positionChanged, m_view,
            [this](const speech::ReadAloudPosition &p) {
                m_view->setSpeechMarks(p.blockId, p.sentenceStart, p.sentenceLength, p.wordStart,
                                       p.wordLength);
            });
    connect(c, &ReadAloudController::stateChanged, this, &ReadAloud::onStateChanged);
    connect(c, &ReadAloudController::failed, m_bar, [this](const QString &message) {
        m_bar->setMessage(message);
        m_bar->show();
    });
    connect(c, &ReadAloudController::notice, m_bar, &ui::ReadAloudBar::setMessage);
    connect(c, &ReadAloudController::finished, m_bar, &QWidget::hide);
    connect(m_bar, &ui::ReadAloudBar::pauseToggled, c, &ReadAloudController::togglePause);
    connect(m_bar, &ui::ReadAloudBar::previousRequested, c, &ReadAloudController::previousSentence);
    connect(m_bar, &ui::ReadAloudBar::nextRequested, c, &ReadAloudController::nextSentence);
    connect(m_bar, &ui::ReadAloudBar::stopRequested, this, &ReadAloud::stop);
    connect(m_bar, &ui::ReadAloudBar::speedChosen, this, [this](double speed) {
        m_controller->setSpeed(speed);
        if (m_settings)
            m_settings->setReadAloudSpeed(m_controller->speed());
    });
    connect(m_bar, &ui::ReadAloudBar::voiceChosen, this, [this](const QString &voice) {
        m_controller->setVoice(m_language, voice);
        if (m_settings)
            m_settings->setReadAloudVoice(m_language, voice);
    });
    // A click in the text while reading takes the voice there.
    connect(m_view, &ui::ArticleView::paragraphClicked, this,
            [this](const QString &id, qsizetype offset) {
                if (m_controller->isActive() && m_paragraphIds.contains(id))
                    m_controller->start(id, offset);
            });

    m_readAction = new QAction(this);
    m_readAction->setCheckable(true);
    m_readAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_readAction, &QAction::triggered, this, [this](bool on) { on ? start() : stop(); });
    // Space pauses only while reading, and only in the text: elsewhere,
    // and when not reading, it scrolls as it always did.
    m_pauseAction = new QAction(this);
    m_pauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_pauseAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_pauseAction, &QAction::triggered, c, &ReadAloudController::togglePause);
    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousAction, &QAction::triggered, c, &ReadAloudController::previousSentence);
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextAction, &QAction::triggered, c, &ReadAloudController::nextSentence);
    m_stopAction = new QAction(this);
    m_stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_stopAction, &QAction::triggered, this, &ReadAloud::stop);
    m_pinyinAction = new QAction(this);
    m_pinyinAction->setCheckable(true);
    m_pinyinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pinyinAction, &QAction::triggered, this, [this](bool on) {
        m_view->setPinyinShown(on);
        if (m_settings)
            m_settings->setPinyinShown(on);
    });
    if (m_settings && m_settings->pinyinShown()) {
        m_pinyinAction->setChecked(true);
        m_view->setPinyinShown(true);
    }
    for (QAction *a : {m_pauseAction, m_previousAction, m_nextAction, m_stopAction})
        a->setEnabled(false);
    m_view->addAction(m_pauseAction);
    retranslateUi();
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::addActions(QMenu *menu)
{
    menu->addAction(m_readAction);
    menu->addAction(m_pauseAction);
    menu->addAction(m_previousAction);
    menu->addAction(m_nextAction);
    menu->addAction(m_stopAction);
    menu->addAction(m_pinyinAction);
}

void ReadAloud::retranslateUi()
{
    m_readAction->setText(tr("Read &Aloud"));
    m_pauseAction->setText(m_controller->state() == ReadAloudController::State::Paused
                               ? tr("Go On Reading")
                               : tr("Pause Reading"));
    m_previousAction->setText(tr("Previous Sentence"));
    m_nextAction->setText(tr("Next Sentence"));
    m_stopAction->setText(tr("Stop Reading"));
    m_pinyinAction->setText(tr("Show &Pinyin"));
}

ReadAloudController::OutputFactory ReadAloud::playerModuleOutput()
{
    return [](QString *why) -> std::unique_ptr<speech::PcmOutput> {
        const ui::PlayerLoader::Result &loaded = ui::PlayerLoader::standard().load();
        if (!loaded.speech) {
            *why = tr("The reader's player module cannot be loaded, so there is no sound: "
                      "the words are lit without it. Reinstall Hope Reader. (%1)")
                       .arg(loaded.error);
            return nullptr;
        }
        if (!loaded.speech->hasAudioOutput()) {
            *why =
                tr("There is no sound device, so the words are lit without sound. Connect "
                   "headphones or speakers, or check that PulseAudio or PipeWire runs.");
            return nullptr;
        }
        return loaded.speech->createPcmOutput();
    };
}

void ReadAloud::setOutputFactory(ReadAloudController::OutputFactory factory)
{
    m_controller->setOutputFactory(std::move(factory));
}

void ReadAloud::setArticle(const Article &article, Language language)
{
    m_article = article;
    m_language = language;
    updateParagraphs();
}

void ReadAloud::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_voicesListed = false;
    updateParagraphs();
}

void ReadAloud::updateParagraphs()
{
    QList<speech::ReadAloudParagraph> paragraphs;
    m_paragraphIds.clear();
    for (const ArticleSection &section : std::as_const(m_article.sections)) {
        for (const ArticleBlock &block : section.blocks) {
            if (block.kind != BlockKind::Paragraph || block.text.in(m_language).isEmpty())
                continue;
            // As the view typesets it, so that offsets match its text.
            QString text = block.text.in(m_language);
            text.replace(u'\n', QChar::LineSeparator);
            text.remove(u'\r');
            paragraphs.append({block.id, text});
            m_paragraphIds << block.id;
        }
    }
    m_controller->setParagraphs(paragraphs, m_language);
    m_bar->hide();
}

QString ReadAloud::startBlock(qsizetype *offset) const
{
    *offset = 0;
    if (const auto place = m_view->selectionPlace();
        place && m_paragraphIds.contains(place->first)) {
        *offset = place->second;
        return place->first;
    }
    QStringList visible = m_view->visibleBlockIds();
    visible.removeIf([this](const QString &id) { return !m_paragraphIds.contains(id); });
    if (visible.isEmpty())
        return m_paragraphIds.value(0);
    // A paragraph cut off at the top has been read; the next one has not.
    const ReadingPosition top = m_view->readingPosition();
    if (visible.size() > 1 && top.blockId == visible.first() && top.fraction > 0.5)
        return visible.at(1);
    return visible.first();
}

void ReadAloud::start()
{
    m_bar->setMessage({});
    // Before anything loads: a missing library or voice is said at once.
    const QString problem = speech::SpeechSynthesizer::instance().initialize();
    if (!problem.isEmpty()) {
        m_readAction->setChecked(false);
        m_bar->setMessage(problem);
        m_bar->show();
        return;
    }
    if (!m_voicesListed) {
        m_voicesListed = true;
        speech::SpeechSynthesizer &synthesizer = speech::SpeechSynthesizer::instance();
        QStringList voices = synthesizer.voices(m_language);
        // Chinese is given as pinyin, which only the pinyin voices read as
        // Mandarin: "cmn" reads Latin letters as English.
        if (m_language == Language::Chinese)
            voices.removeIf([](const QString &v) { return !v.contains(u"pinyin"); });
        m_bar->setVoices(voices, synthesizer.voice(m_language));
    }
    qsizetype offset = 0;
    const QString id = startBlock(&offset);
    if (id.isEmpty() || !m_controller->start(id, offset)) {
        m_readAction->setChecked(false);
        return;
    }
    m_bar->show();
}

void ReadAloud::stop()
{
    m_controller->stop();
    m_bar->setMessage({});
    m_bar->hide();
}

void ReadAloud::pause()
{
    m_controller->pause();
}

void ReadAloud::onStateChanged(ReadAloudController::State state)
{
    const bool active = state != ReadAloudController::State::Stopped;
    m_readAction->setChecked(active);
    for (QAction *a : {m_pauseAction, m_previousAction, m_nextAction, m_stopAction})
        a->setEnabled(active);
    m_bar->setPlaying(state == ReadAloudController::State::Playing);
    if (state == ReadAloudController::State::Playing)
        emit speaking();
    retranslateUi();
}

}  // namespace hope::app
