#include "app/ReadAloud.h"

#include "app/AppSettings.h"
#include "app/StartupTrace.h"
#include "core/ArticleDocumentWriter.h"
#include "core/PinyinConverter.h"
#include "core/ReadingSession.h"
#include "speech/PcmOutput.h"
#include "speech/SpeechSynthesizer.h"
#include "ui/ArticleView.h"
#include "ui/PlayerLoader.h"
#include "ui/ReadAloudBar.h"
#include "ui/SpeechOutputFactory.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QThreadPool>
#include <QTimer>

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
    // Chinese is read from pinyin, whose dictionary takes some 20 ms to
    // load from its index (half a second the first time, when the index is
    // made): loaded on another core once the window has been up a moment
    // (the first screen never waits for it), so that F8 speaks at once.
    // The pinyin over the text and in tooltips uses it too.
    QTimer::singleShot(kWarmUpDelayMs, this, [this] {
        if (m_shown.contains(Language::Chinese))
            QThreadPool::globalInstance()->start([converter = m_converter] { converter->load(); });
    });
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
                if (p.wordLength > 0 && std::exchange(m_tracingFirstWord, false))
                    StartupTrace::mark("read aloud: first word lit");
                m_view->setSpeechLanguage(p.language);
                m_view->setSpeechMarks(p.blockId, p.sentenceStart, p.sentenceLength, p.wordStart,
                                       p.wordLength);
            });
    connect(c, &ReadAloudController::stateChanged, this, &ReadAloud::onStateChanged);
    connect(c, &ReadAloudController::failed, m_bar, [this](const QString &message) {
        m_bar->setMessage(message);
        m_bar->show();
        emit announcement(message);
    });
    // No sound: the one thing a listener must be told, as nothing is heard.
    connect(c, &ReadAloudController::notice, m_bar, [this](const QString &message) {
        m_bar->setMessage(message);
        if (!message.isEmpty())
            emit announcement(message);
    });
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
        const Language language = spokenLanguages().first();
        m_controller->setVoice(language, voice);
        if (m_settings)
            m_settings->setReadAloudVoice(language, voice);
    });
    // A click in the text while reading takes the voice there.
    connect(m_view, &ui::ArticleView::paragraphClicked, this,
            [this](const QString &id, qsizetype offset, Language language) {
                if (!m_controller->isActive() || !m_paragraphIds.contains(id))
                    return;
                // The half of a pair that is not read takes the voice to
                // the start of the half that is.
                if (!m_controller->start(id, language, offset))
                    m_controller->start(id, 0);
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
    m_pinyinAction->setObjectName(QStringLiteral("pinyin"));
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
    // Zhuyin for readers taught with it (Taiwan): the same syllables.
    m_zhuyinAction = rubyOption(
        QStringLiteral("zhuyin"), m_settings && m_settings->zhuyin(),
        [this](bool on) {
            m_view->setRuby(on ? core::PinyinAnnotator::Ruby::Zhuyin
                               : core::PinyinAnnotator::Ruby::Pinyin);
        },
        &AppSettings::setZhuyin);
    // 一 and 不 as a listener hears them (yí gè), for readers who read the
    // ruby aloud; the dictionary's tones otherwise.
    m_spokenTonesAction = rubyOption(
        QStringLiteral("spokenTones"), m_settings && m_settings->spokenTones(),
        [this](bool on) { m_view->setSpokenTones(on); }, &AppSettings::setSpokenTones);
    // The tones in colour, as learners' books print them.
    m_toneColoursAction = rubyOption(
        QStringLiteral("toneColours"), m_settings && m_settings->toneColours(),
        [this](bool on) { m_view->setToneColours(on); }, &AppSettings::setToneColours);
    for (QAction *a : {m_pauseAction, m_previousAction, m_nextAction, m_stopAction})
        a->setEnabled(false);
    m_view->addAction(m_pauseAction);
    m_pairsMenu = std::make_unique<QMenu>();
    auto *pairs = new QActionGroup(this);
    for (const QList<Language> &choice : QList<QList<Language>>{
             {Language::Chinese}, {Language::English}, {Language::Chinese, Language::English}}) {
        QAction *a = m_pairsMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(QVariant::fromValue(choice.size() == 2 ? 2 : int(choice.first())));
        pairs->addAction(a);
        m_pairActions << a;
        connect(a, &QAction::triggered, this, [this, choice] {
            choosePairs(choice);
            if (m_settings)
                m_settings->setReadAloudPairs(choice);
        });
    }
    choosePairs(m_settings ? m_settings->readAloudPairs() : m_pairs);
    retranslateUi();
}

ReadAloud::~ReadAloud() = default;

QAction *ReadAloud::rubyOption(const QString &name, bool kept,
                               const std::function<void(bool)> &apply,
                               void (AppSettings::*keep)(bool))
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setCheckable(true);
    // Asking for a way of writing the ruby shows the ruby too.
    connect(action, &QAction::triggered, this, [this, apply, keep](bool on) {
        apply(on);
        if (m_settings)
            (m_settings->*keep)(on);
        if (on && !m_pinyinAction->isChecked())
            m_pinyinAction->trigger();
    });
    if (kept) {
        action->setChecked(true);
        apply(true);
    }
    return action;
}

void ReadAloud::addActions(QMenu *menu)
{
    menu->addAction(m_readAction);
    menu->addAction(m_pauseAction);
    menu->addAction(m_previousAction);
    menu->addAction(m_nextAction);
    menu->addAction(m_stopAction);
    menu->addMenu(m_pairsMenu.get());
    menu->addAction(m_pinyinAction);
    menu->addAction(m_zhuyinAction);
    menu->addAction(m_spokenTonesAction);
    menu->addAction(m_toneColoursAction);
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
    m_zhuyinAction->setText(tr("Pinyin as Bopomofo (&Zhuyin)"));
    m_spokenTonesAction->setText(tr("Tones of 一 and 不 as Spok&en"));
    m_toneColoursAction->setText(tr("&Mark Each Tone in Colour"));
    m_pairsMenu->setTitle(tr("Read Aloud in Two &Languages"));
    m_pairActions.at(0)->setText(tr("The Chinese"));
    m_pairActions.at(1)->setText(tr("The English"));
    m_pairActions.at(2)->setText(tr("Chinese, Then English"));
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

void ReadAloud::follow(const core::ReadingSession *session)
{
    const auto shownLanguages = [this](core::ReadingLayout layout) {
        // A one-language page reads what it shows; a bilingual one what the
        // reader chose in View > Read Aloud in Two Languages.
        setShownLanguages(core::isBilingual(layout) ? core::languagesOf(layout)
                                                    : QList{core::languagesOf(layout).first()});
    };
    connect(session, &core::ReadingSession::articleChanged, this, [this, session] {
        // Read as published: espeak-ng reads Simplified, and every
        // offset holds in the Traditional shown.
        setArticle(session->publishedArticle(), session->language());
    });
    connect(session, &core::ReadingSession::readingLayoutChanged, this, shownLanguages);
    shownLanguages(session->readingLayout());
}

void ReadAloud::setArticle(const Article &article, Language language)
{
    m_article = article;
    m_shown = {language};
    updateParagraphs();
}

void ReadAloud::setLanguage(Language language)
{
    setShownLanguages({language});
}

void ReadAloud::setShownLanguages(const QList<Language> &languages)
{
    if (languages.isEmpty() || languages == m_shown)
        return;
    const QList<Language> before = spokenLanguages();
    m_shown = languages;
    m_pairsMenu->setEnabled(m_shown.size() > 1);
    if (spokenLanguages() != before) {
        m_voicesListed = false;
        updateParagraphs();
    }
}

QList<Language> ReadAloud::spokenLanguages() const
{
    return m_shown.size() > 1 ? m_pairs : m_shown;
}

void ReadAloud::choosePairs(const QList<Language> &languages)
{
    const QList<Language> before = spokenLanguages();
    m_pairs = languages;
    const int code = languages.size() == 2 ? 2 : int(languages.first());
    for (QAction *a : std::as_const(m_pairActions)) a->setChecked(a->data().toInt() == code);
    m_pairsMenu->setEnabled(m_shown.size() > 1);
    if (spokenLanguages() != before) {
        m_voicesListed = false;
        updateParagraphs();
    }
}

void ReadAloud::updateParagraphs()
{
    QList<speech::ReadAloudParagraph> paragraphs;
    m_paragraphIds.clear();
    m_firstParagraphId.clear();
    const QList<Language> spoken = spokenLanguages();
    for (const ArticleSection &section : std::as_const(m_article.sections)) {
        for (const ArticleBlock &block : section.blocks) {
            if (block.kind != BlockKind::Paragraph)
                continue;
            for (const Language language : spoken) {
                if (block.text.in(language).isEmpty())
                    continue;
                // As the view typesets it, so that offsets match its text.
                paragraphs.append({block.id,
                                   ArticleDocumentWriter::shownText(block.text.in(language)),
                                   language});
                if (m_firstParagraphId.isEmpty())
                    m_firstParagraphId = block.id;
                m_paragraphIds.insert(block.id);
            }
        }
    }
    m_controller->setParagraphs(paragraphs);
    m_bar->hide();
}

QString ReadAloud::startBlock(qsizetype *offset, Language *language) const
{
    *offset = 0;
    *language = spokenLanguages().first();
    if (const auto place = m_view->selectionPlace();
        place && m_paragraphIds.contains(place->first)) {
        const Language selected = m_view->languageAt(m_view->textCursor().selectionStart());
        // A selection in the half of a pair that is not read starts that
        // pair from the top of the half that is.
        if (spokenLanguages().contains(selected)) {
            *language = selected;
            *offset = place->second;
        }
        return place->first;
    }
    QStringList visible = m_view->visibleBlockIds();
    visible.removeIf([this](const QString &id) { return !m_paragraphIds.contains(id); });
    if (visible.isEmpty())
        return m_firstParagraphId;
    // A paragraph cut off at the top has been read; the next one has not.
    const ReadingPosition top = m_view->readingPosition();
    if (visible.size() > 1 && top.blockId == visible.first() && top.fraction > 0.5)
        return visible.at(1);
    return visible.first();
}

void ReadAloud::start()
{
    // HOPE_STARTUP_TRACE: how long from the key to the first word.
    StartupTrace::mark("read aloud: asked");
    m_tracingFirstWord = true;
    m_bar->setMessage({});
    // Before anything loads: a missing library or voice is said at once.
    const QString problem = speech::SpeechSynthesizer::instance().initialize();
    if (!problem.isEmpty()) {
        m_readAction->setChecked(false);
        m_bar->setMessage(problem);
        m_bar->show();
        emit announcement(problem);
        return;
    }
    if (!m_voicesListed) {
        m_voicesListed = true;
        speech::SpeechSynthesizer &synthesizer = speech::SpeechSynthesizer::instance();
        const Language language = spokenLanguages().first();
        QStringList voices = synthesizer.voices(language);
        // Chinese is given as pinyin, which only the pinyin voices read as
        // Mandarin: "cmn" reads Latin letters as English.
        if (language == Language::Chinese)
            voices.removeIf([](const QString &v) { return !v.contains(u"pinyin"); });
        m_bar->setVoices(voices, synthesizer.voice(language));
    }
    qsizetype offset = 0;
    Language language = Language::Chinese;
    const QString id = startBlock(&offset, &language);
    if (id.isEmpty() || !m_controller->start(id, language, offset)) {
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
    using State = ReadAloudController::State;
    // Said only where the voice has fallen silent; its starting again is
    // heard.
    const State before = std::exchange(m_state, state);
    if (state == State::Paused)
        emit announcement(tr("Reading aloud paused"));
    else if (state == State::Stopped && before != State::Stopped)
        emit announcement(tr("Reading aloud stopped"));
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
