#include "ui/ClipPanel.h"

#include "core/BundleFile.h"
#include "core/ChapterModel.h"
#include "core/ClipKeyMap.h"
#include "core/ClipSession.h"
#include "core/FrameSnapshot.h"
#include "core/FrameStep.h"
#include "core/MediaTime.h"
#include "core/ReaderPalette.h"
#include "core/ReadingLayout.h"
#include "core/ReadingSession.h"
#include "core/TranscriptModel.h"
#include "ui/CaptionPainter.h"
#include "ui/ChapterListView.h"
#include "ui/ClipControls.h"
#include "ui/ClipPlayerHost.h"
#include "ui/ClipProblemText.h"
#include "ui/ClipStage.h"
#include "ui/EmbeddedFonts.h"
#include "ui/PaneAccessible.h"
#include "ui/TranscriptView.h"
#include "ui/VideoView.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace hope::ui {

using namespace core;

namespace {
constexpr float kVolumeStep = 0.1f;
}  // namespace

ClipPanel::ClipPanel(const MultimediaProbe &probe, QWidget *parent)
    : QFrame(parent),
      m_session(new ClipSession(this)),
      m_player(new ClipPlayerHost(m_session, probe, this)),
      m_chapters(new ChapterModel(this)),
      m_stage(new ClipStage),
      m_video(m_stage->videoView()),
      m_controls(m_stage->controls()),
      m_title(new QLabel),
      m_length(new QLabel),
      m_status(new QLabel),
      m_description(new QLabel),
      m_chapterList(new ChapterListView(m_chapters)),
      m_transcript(new TranscriptModel(this)),
      m_chaptersHeading(new QLabel),
      m_transcriptHeading(new QLabel),
      m_transcriptView(new TranscriptView(m_transcript)),
      m_content(new QWidget),
      m_scroll(new QScrollArea)
{
    PaneAccessible::registerPaneClass(staticMetaObject.className());
    setObjectName(QStringLiteral("clipPanel"));
    setFocusPolicy(Qt::StrongFocus);
    videoView()->setFocusProxy(this);
    m_stage->setFocusProxy(this);

    applyFonts();
    for (QLabel *l :
         {m_title, m_length, m_status, m_description, m_chaptersHeading, m_transcriptHeading}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_length->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("clipStatus"));
    m_status->setVisible(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // However small the window, nothing in the panel is cut off: what does
    // not fit scrolls.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll->setObjectName(QStringLiteral("clipScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_length);
    layout->addWidget(m_stage);
    layout->addWidget(m_status);
    // The chapters, which play, come before the prose about the clip: on a
    // window of ordinary height all of them are in view without scrolling.
    layout->addWidget(m_chaptersHeading);
    layout->addWidget(m_chapterList);
    layout->addWidget(m_transcriptHeading);
    layout->addWidget(m_transcriptView);
    layout->addWidget(m_description);
    layout->addStretch(1);

    ClipControls *bar = controls();
    connect(bar, &ClipControls::playPauseRequested, this, &ClipPanel::togglePlay);
    connect(bar, &ClipControls::seekRequested, this, &ClipPanel::seekTo);
    connect(bar, &ClipControls::volumeChanged, this, [this](float v) {
        m_preferences.volume = v;
        m_player->setVolume(v);
    });
    connect(bar, &ClipControls::mutedChanged, this, [this](bool muted) {
        m_preferences.muted = muted;
        m_player->setMuted(muted);
    });
    connect(bar, &ClipControls::rateChanged, m_player, &ClipPlayerHost::setRate);
    // Orca says nothing of a combo box's new entry in Qt 6.4 (it waits for
    // a selection change Qt does not send): the speed is said in words.
    connect(bar, &ClipControls::rateChosen, this,
            [this, bar] { emit announcement(bar->rateText()); });
    connect(bar, &ClipControls::captionsToggled, this, [this](bool on) {
        m_preferences.captions = on;
        updateCaption();
    });
    connect(videoView(), &VideoView::clicked, this, [this] { setFocus(Qt::MouseFocusReason); });
    connect(m_stage, &ClipStage::keyPressed, this, [this](QKeyEvent *event) { handleKey(event); });
    connect(m_stage, &ClipStage::fullscreenChanged, this, [this](bool on) {
        if (!on)
            m_chapterList->scrollToCurrent();
    });
    connect(m_chapterList, &ChapterListView::chapterActivated, this, &ClipPanel::playChapter);
    connect(m_transcriptView, &TranscriptView::cueActivated, this, [this](int row) {
        // A click leaves the keys with the panel (R, Space); Enter in the
        // list keeps them there.
        if (!m_transcriptView->hasFocus())
            setFocus(Qt::MouseFocusReason);
        if (m_session->seekToCue(row))
            play();
    });
    connect(m_transcriptView, &TranscriptView::repeatRequested, this, &ClipPanel::repeatCue);
    connect(bar, &ClipControls::repeatToggled, this, [this](bool on) {
        if (on != m_session->isRepeating())
            toggleRepeat();
    });
    connect(videoView(), &VideoView::menuRequested, this, &ClipPanel::showMenu);
    connect(m_session, &ClipSession::cueChanged, m_transcriptView, &TranscriptView::setCurrentCue);
    connect(m_session, &ClipSession::repeatChanged, this, [this, bar](bool on) {
        bar->setRepeating(on);
        const QString said =
            on ? tr("Repeating the line from %1").arg(MediaTime::format(m_session->loop().from()))
               : bar->repeatText();
        videoView()->showNote(said);
        emit announcement(said);
    });
    connect(m_session, &ClipSession::pauseRequested, this, &ClipPanel::pause);

    connect(m_session, &ClipSession::positionChanged, bar, &ClipControls::setPosition);
    connect(m_session, &ClipSession::captionChanged, this, &ClipPanel::updateCaption);
    // The other language's lines need not start and end with these.
    connect(m_session, &ClipSession::positionChanged, this, [this] {
        if (m_preferences.bothLanguages)
            updateCaption();
    });
    connect(m_session, &ClipSession::chapterChanged, this, [this](const QString &id) {
        m_chapterList->setCurrentChapter(id);
        emit chapterChanged(id);
    });
    connect(m_session, &ClipSession::problemChanged, this, &ClipPanel::onProblemChanged);
    connect(m_player, &ClipPlayerHost::frameReady, videoView(), &VideoView::setFrame);
    connect(m_player, &ClipPlayerHost::frameTimeChanged, bar,
            [this, bar] { bar->setFrameTime(frameStart()); });
    connect(m_player, &ClipPlayerHost::playingChanged, bar, &ClipControls::setPlaying);
    connect(m_player, &ClipPlayerHost::playingChanged, this, &ClipPanel::playingChanged);
    connect(m_player, &ClipPlayerHost::playingChanged, this, [this](bool playing) {
        if (std::exchange(m_sayPlayState, false))
            emit announcement(playing ? tr("Playing") : tr("Paused"));
    });
    connect(m_player, &ClipPlayerHost::durationChanged, bar, [bar](qint64 ms) {
        if (ms > 0)
            bar->setDuration(ms);
    });
    setColours(ReaderPalette::light());
    retranslateUi();
}

ClipPanel::~ClipPanel() = default;

QListView *ClipPanel::chapterList() const
{
    return m_chapterList;
}

void ClipPanel::setPlayerLoader(PlayerLoader *loader)
{
    m_player->setLoader(loader);
}

ClipPlayback *ClipPanel::player() const
{
    return m_player->player();
}

qint64 ClipPanel::frameTime() const
{
    return m_player->frameTime();
}

qint64 ClipPanel::frameStart() const
{
    return frameTime() >= 0 ? m_player->frameGrid().frameStartMs(frameTime()) : -1;
}

bool ClipPanel::isWaitingForFrame() const
{
    return m_player->isWaitingForFrame();
}

void ClipPanel::setColours(const ReaderPalette &colours)
{
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 6px; }")
            .arg(colours.notice.name(), colours.onNotice.name()));
    m_stage->setColours(colours);
    m_chapterList->setColours(colours);
    m_transcriptView->setColours(colours);
}

void ClipPanel::follow(const core::ReadingSession *session)
{
    connect(session, &core::ReadingSession::articleChanged, this,
            [this, session] { setClip(session->article().clip, session->language()); });
    connect(session, &core::ReadingSession::languageChanged, this, &ClipPanel::setLanguage);
    connect(session, &core::ReadingSession::scriptChanged, this,
            [this, session] { setClipTexts(session->article().clip); });
    connect(session, &core::ReadingSession::readingLayoutChanged, this,
            [this](core::ReadingLayout layout) { setPairedTranscript(isBilingual(layout)); });
    setPairedTranscript(isBilingual(session->readingLayout()));
}

void ClipPanel::setPairedTranscript(bool paired)
{
    m_transcript->setPaired(paired);
}

void ClipPanel::setClipTexts(const ClipInfo &clip)
{
    m_session->setClipTexts(clip);
    const int chapter = m_chapters->currentChapter();
    m_chapters->setClip(clip);
    m_chapters->setCurrentChapter(chapter);
    const int cue = m_transcript->currentCue();
    m_transcript->setClip(clip);
    m_transcript->setCurrentCue(cue);
    retranslateUi();
}

void ClipPanel::setClip(const ClipInfo &clip, Language language)
{
    m_player->release();
    m_session->setClip(clip, language);
    m_chapters->setClip(clip);
    m_chapters->setLanguage(language);
    m_chapters->setCurrentChapter(-1);
    m_transcript->setClip(clip);
    m_transcript->setLanguage(language);
    m_stepTarget = -1;
    controls()->setFrameTime(-1);
    applyFonts();
    videoView()->clearFrame();
    m_player->forgetFrame();
    QImage poster;
    if (!clip.posterPath.isEmpty()) {
        const BundleFile::Read read =
            BundleFile::read(clip.posterPath, clip.folder, BundleFile::kMaxImageBytes);
        if (read.ok())
            poster.loadFromData(read.data);
    }
    videoView()->setPoster(poster);
    QList<qint64> starts;
    for (const ClipChapter &c : clip.chapters) starts << c.startMs;
    controls()->setChapterStarts(starts);
    controls()->setDuration(clip.durationMs);
    controls()->setPosition(0);
    controls()->setPlaying(false);
    m_stage->setEnabled(clip.isValid());
    retranslateUi();
}

void ClipPanel::setLanguage(Language language)
{
    m_session->setLanguage(language);
    m_chapters->setLanguage(language);
    m_transcript->setLanguage(language);
    m_transcriptView->setCurrentCue(m_session->currentCue());
    applyFonts();
    retranslateUi();
    updateCaption();
}

void ClipPanel::applyFonts()
{
    // The clip's own texts are in the reading language; the controls and
    // the length line are interface and keep the application font.
    const Language language = m_session->language();
    QFont titleFont = EmbeddedFonts::serif(EmbeddedFonts::interfacePixels(15), language);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setFont(EmbeddedFonts::serif(EmbeddedFonts::interfacePixels(13), language));
    // The chapter titles keep the interface's size; only the face follows.
    QFont list = QApplication::font(m_chapterList);
    list.setFamilies(EmbeddedFonts::sans(14, language).families());
    m_chapterList->setFont(list);
    m_transcriptView->setFont(list);
}

void ClipPanel::retranslateUi()
{
    setAccessibleName(tr("Clip"));
    // Said after the name when the panel takes the keys: what they do.
    setAccessibleDescription(
        tr("Space or K plays and pauses. Left and Right: 5 seconds; with Shift, a caption line. "
           "R repeats the line. Comma and period: one frame. Ctrl+S saves the frame. "
           "F: full screen."));
    m_chapterList->setAccessibleName(tr("Chapters"));
    m_chaptersHeading->setText(tr("Chapters"));
    m_transcriptHeading->setText(tr("Transcript"));
    m_transcriptView->setAccessibleName(tr("Transcript"));
    m_transcriptView->setAccessibleDescription(
        tr("The clip's caption lines. Enter plays from a line; Ctrl+C copies it with its time."));
    const bool lines = !m_session->clip().captions(m_session->language()).isEmpty();
    m_transcriptHeading->setVisible(lines);
    m_transcriptView->setVisible(lines);
    const ClipInfo &clip = m_session->clip();
    const Language language = m_session->language();
    if (!clip.isValid()) {
        m_title->setText(tr("Clip"));
        m_length->setText(QString());
        m_description->setText(tr("This article comes with no clip."));
        return;
    }
    m_title->setText(clip.title.in(language));
    QList<QPair<qint64, QString>> chapters;
    for (const ClipChapter &c : clip.chapters) chapters.append({c.startMs, c.title.in(language)});
    m_stage->setChapters(chapters);
    m_length->setText(tr("Length %1 · Chapters: %2")
                          .arg(MediaTime::format(clip.durationMs))
                          .arg(clip.chapters.size()));
    m_description->setText(clip.description.in(language));
    videoView()->setAccessibleName(clip.title.in(language));
    updateStatus();
}

void ClipPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ClipPanel::setPreferences(const ClipPreferences &preferences)
{
    m_preferences = preferences;
    controls()->setVolume(preferences.volume);
    controls()->setMuted(preferences.muted);
    controls()->setCaptionsOn(preferences.captions);
    m_player->setVolume(preferences.volume);
    m_player->setMuted(preferences.muted);
    m_session->setPauseAfterCue(preferences.pauseAfterLine);
    m_session->restorePosition(preferences.positionMs);
    updateCaption();
}

ClipPreferences ClipPanel::preferences() const
{
    ClipPreferences p = m_preferences;
    p.pauseAfterLine = m_session->pausesAfterCue();
    p.positionMs = m_session->hasEnded() ? 0 : position();
    return p;
}

qint64 ClipPanel::position() const
{
    return m_session->position();
}

int ClipPanel::currentChapter() const
{
    return m_session->currentChapter();
}

QString ClipPanel::currentChapterId() const
{
    return m_session->currentChapterId();
}

bool ClipPanel::ensurePlayer()
{
    const bool made = m_player->ensure();
    updateStatus();
    return made;
}

void ClipPanel::onProblemChanged()
{
    if (!m_session->problem().isNone())
        controls()->setPlaying(false);
    updateStatus();
}

QString ClipPanel::problem() const
{
    return ClipProblemText::describe(m_session->problem(), m_session->clip(),
                                     m_session->language());
}

void ClipPanel::updateStatus()
{
    const QString text = problem();
    const bool changed = text != m_status->text();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (changed && !text.isEmpty())
        emit announcement(text);
    // No sound is no reason the clip cannot play: it is said on the
    // picture and by the sound controls, and moves nothing in the panel
    // (a notice box here pushed the chapters down past the panel's edge).
    const QString silent = text.isEmpty() && m_player->player() && !m_player->hasAudioDevice()
                               ? ClipProblemText::noAudioDevice()
                               : QString();
    const bool newlySilent = !silent.isEmpty() && controls()->noSoundReason().isEmpty();
    controls()->setNoSoundReason(silent);
    if (newlySilent) {
        videoView()->showNote(silent);
        emit announcement(silent);
    }
}

void ClipPanel::changeVolume(float delta)
{
    controls()->setVolume(std::clamp(controls()->volume() + delta, 0.0f, 1.0f));
    m_preferences.volume = controls()->volume();
    m_player->setVolume(m_preferences.volume);
}

void ClipPanel::play()
{
    m_session->clearProblem();
    m_player->stopWaiting();
    if (!ensurePlayer())
        return;
    m_session->rewindIfEnded();
    player()->play();
}

void ClipPanel::pause()
{
    if (ClipPlayback *p = player())
        p->pause();
}

void ClipPanel::togglePlay()
{
    // The reader's own Play or Pause is said once it has happened (the
    // button's new name alone is not spoken); a clip that cannot play
    // says why instead.
    m_sayPlayState = true;
    if (player() && player()->isPlaying())
        pause();
    else
        play();
}

void ClipPanel::seekTo(qint64 ms)
{
    m_session->seek(ms);
}

void ClipPanel::playChapter(const QString &chapterId)
{
    if (m_session->seekToChapter(chapterId))
        play();
}

void ClipPanel::showFrameAt(qint64 ms)
{
    seekTo(ms);
    if (!ensurePlayer())
        return;
    player()->pause();
    // A paused pipeline whose file ends before ms says nothing at all:
    // if no picture for that time comes, say why.
    m_player->waitForFrame(ms);
}

CaptionText ClipPanel::captionNow() const
{
    CaptionText c;
    c.language = m_session->language();
    c.size = m_preferences.captionSize;
    c.text = m_session->caption();
    c.secondLanguage = c.language == Language::Chinese ? Language::English : Language::Chinese;
    if (m_preferences.bothLanguages && m_session->clip().isValid())
        c.second = m_session->clip().captions(c.secondLanguage).textAt(m_session->position());
    return c;
}

void ClipPanel::updateCaption()
{
    videoView()->setCaption(m_preferences.captions ? captionNow() : CaptionText());
}

void ClipPanel::setFullscreen(bool on)
{
    m_stage->setFullscreen(on, m_session->clip().title.in(m_session->language()));
}

bool ClipPanel::isFullscreen() const
{
    return m_stage->isFullscreen();
}

void ClipPanel::focusInEvent(QFocusEvent *event)
{
    videoView()->update();
    QFrame::focusInEvent(event);
}

void ClipPanel::focusOutEvent(QFocusEvent *event)
{
    videoView()->update();
    QFrame::focusOutEvent(event);
}

void ClipPanel::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QFrame::keyPressEvent(event);
}

bool ClipPanel::handleKey(QKeyEvent *event)
{
    const auto command = ClipKeyMap::command(event->key(), event->modifiers());
    // Esc ends a repeat or leaves full screen; otherwise it is the
    // window's to use.
    if (!command ||
        (*command == ClipCommand::Dismiss && !isFullscreen() && !m_session->isRepeating()))
        return false;
    perform(*command);
    event->accept();
    return true;
}

void ClipPanel::perform(ClipCommand command)
{
    ClipControls *bar = controls();
    switch (command) {
        case ClipCommand::TogglePlay:
            return togglePlay();
        case ClipCommand::StepBack:
            return m_session->step(-1);
        case ClipCommand::StepForward:
            return m_session->step(+1);
        case ClipCommand::VolumeUp:
            return changeVolume(kVolumeStep);
        case ClipCommand::VolumeDown:
            return changeVolume(-kVolumeStep);
        case ClipCommand::ToggleMute:
            bar->setMuted(!bar->isMuted());
            emit announcement(bar->muteText());
            return;
        case ClipCommand::ToggleFullscreen:
            return setFullscreen(!isFullscreen());
        case ClipCommand::Dismiss:
            if (m_session->isRepeating())
                return m_session->stopRepeat();
            return setFullscreen(false);
        case ClipCommand::ToggleCaptions:
            bar->setCaptionsOn(!bar->captionsOn());
            emit announcement(bar->captionsText());
            return;
        case ClipCommand::Slower:
            bar->stepRate(-1);
            emit announcement(bar->rateText());
            return;
        case ClipCommand::Faster:
            bar->stepRate(+1);
            emit announcement(bar->rateText());
            return;
        case ClipCommand::PreviousChapter:
            return m_session->previousChapter();
        case ClipCommand::NextChapter:
            return m_session->nextChapter();
        case ClipCommand::NormalSpeed:
            bar->resetRate();
            emit announcement(bar->rateText());
            return;
        case ClipCommand::PreviousCue:
            return m_session->previousCue();
        case ClipCommand::NextCue:
            return m_session->nextCue();
        case ClipCommand::ToggleRepeat:
            return toggleRepeat();
        case ClipCommand::FrameBack:
            return stepFrame(-1);
        case ClipCommand::FrameForward:
            return stepFrame(+1);
        case ClipCommand::SaveFrame:
            saveFrame(m_preferences.captions);
            return;
        case ClipCommand::SaveFrameWithCaptions:
            saveFrame(true);
            return;
        case ClipCommand::SaveFrameAlone:
            saveFrame(false);
            return;
    }
}

void ClipPanel::toggleRepeat()
{
    if (m_session->isRepeating()) {
        m_session->stopRepeat();
        return;
    }
    if (!m_session->startRepeat()) {
        controls()->setRepeating(false);
        emit announcement(tr("No caption line here to repeat"));
        return;
    }
    if (!(player() && player()->isPlaying()))
        play();
}

void ClipPanel::repeatCue(int row)
{
    if (!m_session->seekToCue(row))
        return;
    if (!m_session->isRepeating())
        m_session->startRepeat();
    play();
}

void ClipPanel::setCaptionSize(CaptionSize size)
{
    m_preferences.captionSize = size;
    updateCaption();
}

void ClipPanel::setBothLanguages(bool on)
{
    m_preferences.bothLanguages = on;
    updateCaption();
}

void ClipPanel::setPauseAfterCue(bool on)
{
    m_session->setPauseAfterCue(on);
}

bool ClipPanel::pausesAfterCue() const
{
    return m_session->pausesAfterCue();
}

void ClipPanel::stepFrame(int direction)
{
    if (!m_session->clip().isValid() || !ensurePlayer())
        return;
    // A step still on its way is where the next one starts from.
    const qint64 from = isWaitingForFrame() && m_stepTarget >= 0 ? m_stepTarget
                        : frameTime() >= 0                       ? frameTime()
                                                                 : position();
    m_stepTarget = frameTime() >= 0 || isWaitingForFrame()
                       ? m_player->frameGrid().target(from, direction, m_session->duration())
                       : from;  // no frame yet: the one here first
    showFrameAt(m_stepTarget);
}

QString ClipPanel::saveFrame(bool withCaptions)
{
    QImage image = videoView()->frame();
    const CaptionText caption = captionNow();
    if (!image.isNull() && withCaptions && !caption.text.isEmpty()) {
        image = image.convertToFormat(QImage::Format_RGB32);
        QPainter p(&image);
        CaptionPainter::paint(p, QRectF(image.rect()), caption, videoView()->colours());
    }
    const QString folder =
        m_snapshotFolder.isEmpty() ? FrameSnapshot::defaultFolder() : m_snapshotFolder;
    // Named by the time the controls show for it.
    const qint64 at = frameTime() >= 0 ? frameStart() : position();
    const FrameSnapshot::Result r = FrameSnapshot::save(
        image, folder, QFileInfo(m_session->clip().sourcePath).completeBaseName(), at);
    const QString said =
        r.ok() ? tr("Frame saved as %1").arg(QDir::toNativeSeparators(r.path)) : r.error;
    videoView()->showNote(said);
    emit announcement(said);
    return r.path;
}

void ClipPanel::showMenu(const QPoint &globalPos)
{
    if (!m_session->clip().isValid())
        return;
    QMenu menu(this);
    const bool playing = player() && player()->isPlaying();
    menu.addAction(playing ? tr("Pause") : tr("Play"), this, &ClipPanel::togglePlay);
    QAction *repeat = menu.addAction(tr("Repeat the Line"), this, &ClipPanel::toggleRepeat);
    repeat->setCheckable(true);
    repeat->setChecked(m_session->isRepeating());
    repeat->setShortcut(Qt::Key_R);
    QAction *pauseAfter = menu.addAction(tr("Pause After Each Line"));
    pauseAfter->setCheckable(true);
    pauseAfter->setChecked(pausesAfterCue());
    connect(pauseAfter, &QAction::toggled, this, &ClipPanel::setPauseAfterCue);
    menu.addSeparator();
    QMenu *sizes = menu.addMenu(tr("Caption Size"));
    const std::pair<CaptionSize, QString> named[] = {{CaptionSize::Small, tr("Small")},
                                                     {CaptionSize::Medium, tr("Medium")},
                                                     {CaptionSize::Large, tr("Large")}};
    for (const auto &[size, name] : named) {
        QAction *a = sizes->addAction(name, this, [this, size = size] { setCaptionSize(size); });
        a->setCheckable(true);
        a->setChecked(m_preferences.captionSize == size);
    }
    QAction *both = menu.addAction(tr("Captions in Both Languages"));
    both->setCheckable(true);
    both->setChecked(m_preferences.bothLanguages);
    connect(both, &QAction::toggled, this, &ClipPanel::setBothLanguages);
    menu.addSeparator();
    QAction *save =
        menu.addAction(tr("Save Frame"), this, [this] { saveFrame(m_preferences.captions); });
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QAction *alone =
        menu.addAction(tr("Save Frame Without Captions"), this, [this] { saveFrame(false); });
    alone->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_S));
    save->setEnabled(videoView()->hasFrame());
    alone->setEnabled(videoView()->hasFrame());
    menu.exec(globalPos);
}

}  // namespace hope::ui
