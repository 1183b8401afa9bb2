#include "ui/ClipPanel.h"

#include "core/BundleFile.h"
#include "core/ChapterModel.h"
#include "core/MediaTime.h"
#include "ui/ClipControls.h"
#include "ui/ClipPlayer.h"
#include "ui/EmbeddedFonts.h"
#include "ui/MissingDecoders.h"
#include "ui/VideoView.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace hope::ui {

using namespace core;

namespace {
constexpr qint64 kSeekStepMs = 5000;
// Back within this much of a chapter's start goes to the one before.
constexpr qint64 kChapterRestartMs = 3000;
constexpr float kVolumeStep = 0.1f;
// An end this long before the clip's length is not an end.
constexpr qint64 kCutShortMs = 2000;
// Full screen: the controls rest after this long without pointer motion.
constexpr int kControlsRestMs = 2000;
// A frame shown for a time must be this close to it.
constexpr qint64 kFrameNearMs = 1000;
// How long a picture for a paused seek may take before the panel says the
// file has none there (seconds even on a loaded machine).
constexpr int kFrameWaitMs = 8000;
}  // namespace

ClipPanel::ClipPanel(const MultimediaProbe &probe, QWidget *parent)
    : QFrame(parent),
      m_probe(probe),
      m_chapters(new ChapterModel(this)),
      m_stage(new QWidget),
      m_video(new VideoView),
      m_controls(new ClipControls),
      m_title(new QLabel),
      m_length(new QLabel),
      m_status(new QLabel),
      m_description(new QLabel),
      m_chapterList(new QListView),
      m_content(new QWidget),
      m_scroll(new QScrollArea),
      m_restTimer(new QTimer(this)),
      m_frameWait(new QTimer(this))
{
    setObjectName(QStringLiteral("clipPanel"));
    setFocusPolicy(Qt::StrongFocus);
    m_video->setFocusProxy(this);
    m_stage->setFocusProxy(this);

    QFont titleFont = EmbeddedFonts::serif(15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *l : {m_title, m_length, m_status, m_description}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_length->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("clipStatus"));
    m_status->setVisible(false);
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: #f6e2b3; color: #3a2a10;"
                       " border-radius: 3px; padding: 6px; }"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setFont(EmbeddedFonts::serif(13));
    m_chapterList->setObjectName(QStringLiteral("chapterList"));
    m_chapterList->setModel(m_chapters);
    m_chapterList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chapterList->setFrameShape(QFrame::NoFrame);
    // Reached with Tab, with a ring to show it; a click plays the chapter
    // and leaves the keys with the panel.
    m_chapterList->setFocusPolicy(Qt::TabFocus);
    m_chapterList->setStyleSheet(
        QStringLiteral("QListView { border: 2px solid transparent; border-radius: 3px; }"
                       "QListView:focus { border-color: #a03824; }"));
    m_chapterList->setMinimumHeight(72);

    auto *stageLayout = new QVBoxLayout(m_stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->setSpacing(0);
    stageLayout->addWidget(m_video, 1);
    stageLayout->addWidget(m_controls);
    m_stage->setAttribute(Qt::WA_StyledBackground, true);
    m_stage->setStyleSheet(
        QStringLiteral("#clipStage { background: #07080c; }"
                       "#clipControls { background: #ece6da; }"));
    m_stage->setObjectName(QStringLiteral("clipStage"));

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
    layout->addWidget(m_description);
    layout->addWidget(m_chapterList, 1);

    connect(m_controls, &ClipControls::playPauseRequested, this, &ClipPanel::togglePlay);
    connect(m_controls, &ClipControls::seekRequested, this, &ClipPanel::seekTo);
    connect(m_controls, &ClipControls::volumeChanged, this, [this](float v) {
        m_preferences.volume = v;
        if (m_player)
            m_player->setVolume(v);
    });
    connect(m_controls, &ClipControls::mutedChanged, this, [this](bool muted) {
        m_preferences.muted = muted;
        if (m_player)
            m_player->setMuted(muted);
    });
    connect(m_controls, &ClipControls::rateChanged, this, [this](qreal rate) {
        if (m_player)
            m_player->setRate(rate);
    });
    connect(m_controls, &ClipControls::captionsToggled, this, [this](bool on) {
        m_preferences.captions = on;
        updateCaption(position());
    });
    connect(m_controls, &ClipControls::fullscreenRequested, this,
            [this] { setFullscreen(!isFullscreen()); });
    connect(m_video, &VideoView::fullscreenRequested, this,
            [this] { setFullscreen(!isFullscreen()); });
    connect(m_video, &VideoView::clicked, this, [this] { setFocus(Qt::MouseFocusReason); });
    connect(m_chapterList, &QListView::clicked, this,
            [this](const QModelIndex &index) { playChapter(index.row()); });
    connect(m_chapterList, &QListView::activated, this,
            [this](const QModelIndex &index) { playChapter(index.row()); });
    m_frameWait->setSingleShot(true);
    m_frameWait->setInterval(kFrameWaitMs);
    connect(m_frameWait, &QTimer::timeout, this, [this] {
        if (m_frameWanted < 0 || m_problem != Problem::None)
            return;
        m_problemAt = std::exchange(m_frameWanted, -1);
        showProblem(Problem::NoPictureAt);
    });
    m_restTimer->setSingleShot(true);
    m_restTimer->setInterval(kControlsRestMs);
    connect(m_restTimer, &QTimer::timeout, this, &ClipPanel::restControls);
    retranslateUi();
}

ClipPanel::~ClipPanel() = default;

void ClipPanel::setClip(const ClipInfo &clip, Language language)
{
    releasePlayer();
    m_clip = clip;
    m_language = language;
    m_problem = Problem::None;
    m_noAudioDevice = false;
    m_currentChapter = -1;
    m_position = 0;
    m_ended = false;
    m_chapters->setClip(clip);
    m_chapters->setLanguage(language);
    m_video->clearFrame();
    m_frameTime = -1;
    QImage poster;
    if (!clip.posterPath.isEmpty()) {
        const BundleFile::Read read =
            BundleFile::read(clip.posterPath, clip.folder, BundleFile::kMaxImageBytes);
        if (read.ok())
            poster.loadFromData(read.data);
    }
    m_video->setPoster(poster);
    QList<qint64> starts;
    for (const ClipChapter &c : clip.chapters) starts << c.startMs;
    m_controls->setChapterStarts(starts);
    m_controls->setDuration(clip.durationMs);
    m_controls->setPosition(0);
    m_controls->setPlaying(false);
    m_stage->setEnabled(clip.isValid());
    retranslateUi();
}

QString ClipPanel::clipName() const
{
    if (m_clip.sourcePath.startsWith(u':'))
        return QStringLiteral("\u201c%1\u201d").arg(m_clip.title.in(m_language));
    return QFileInfo(m_clip.sourcePath).fileName();
}

void ClipPanel::setLanguage(Language language)
{
    m_language = language;
    m_chapters->setLanguage(language);
    retranslateUi();
    updateCaption(position());
}

void ClipPanel::retranslateUi()
{
    setAccessibleName(tr("Clip"));
    m_chapterList->setAccessibleName(tr("Chapters"));
    if (!m_clip.isValid()) {
        m_title->setText(tr("Clip"));
        m_length->setText(QString());
        m_description->setText(tr("This article comes with no clip."));
        return;
    }
    m_title->setText(m_clip.title.in(m_language));
    m_length->setText(tr("Length %1 · Chapters: %2")
                          .arg(MediaTime::format(m_clip.durationMs))
                          .arg(m_clip.chapters.size()));
    m_description->setText(m_clip.description.in(m_language));
    m_video->setAccessibleName(m_clip.title.in(m_language));
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
    m_controls->setVolume(preferences.volume);
    m_controls->setMuted(preferences.muted);
    m_controls->setCaptionsOn(preferences.captions);
    if (!m_player && m_clip.durationMs > 0) {
        m_position = std::clamp<qint64>(preferences.positionMs, 0, m_clip.durationMs - 1);
        m_controls->setPosition(m_position);
    }
}

ClipPreferences ClipPanel::preferences() const
{
    ClipPreferences p = m_preferences;
    p.positionMs = m_ended ? 0 : position();
    return p;
}

qint64 ClipPanel::position() const
{
    return m_player ? m_player->position() : m_position;
}

QUrl ClipPanel::sourceUrl() const
{
    // Resources play through GStreamer's appsrc.
    if (m_clip.sourcePath.startsWith(u':'))
        return QUrl(QStringLiteral("qrc") + m_clip.sourcePath);
    // The file as checked, links resolved.
    return QUrl::fromLocalFile(BundleFile::resolved(m_clip.sourcePath));
}

void ClipPanel::showProblem(Problem problem, const QString &detail)
{
    m_problem = problem;
    m_problemDetail = detail;
    m_controls->setPlaying(false);
    updateStatus();
}

void ClipPanel::clearProblem()
{
    m_problem = Problem::None;
    m_missingDecoders.clear();
    m_problemDetail.clear();
    updateStatus();
}

QString ClipPanel::problem() const
{
    return problemText();
}

void ClipPanel::updateStatus()
{
    QString text = problemText();
    if (text.isEmpty() && m_noAudioDevice)
        text = tr("No audio device was found: the clip plays without sound.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString ClipPanel::problemText() const
{
    // The player's own words are GStreamer's, in English; they follow ours.
    const QString said =
        m_problemDetail.isEmpty() ? QString() : tr(" (The player said: %1)").arg(m_problemDetail);
    switch (m_problem) {
        case Problem::None:
            return {};
        case Problem::MissingFile:
            return tr("The clip cannot be played: its file %1 is missing.").arg(clipName());
        case Problem::NoBackend:
            return tr(
                "The clip cannot be played: Qt's multimedia backend is not installed. "
                "Install the package libqt6multimedia6 (with its GStreamer plugin).");
        case Problem::MissingPlugins:
            return tr("The clip cannot be played: this machine cannot decode WebM video "
                      "(VP9 picture, Opus sound). Install %1.")
                .arg(m_probe.missingPackages().join(QStringLiteral(", ")));
        case Problem::NoDecoder:
            return tr("The clip %1 cannot be played: this machine has no decoder for its "
                      "picture or sound%2. gstreamer1.0-plugins-good decodes WebM (VP9, Opus); "
                      "other formats may need gstreamer1.0-plugins-bad, "
                      "gstreamer1.0-plugins-ugly or gstreamer1.0-libav.")
                .arg(clipName(),
                     m_missingDecoders.isEmpty()
                         ? QString()
                         : tr(" (missing: %1)").arg(m_missingDecoders.join(QStringLiteral(", "))));
        case Problem::NotShown:
            return tr("The clip %1 stopped before its first picture reached the screen. "
                      "Press Play to try again. If it keeps failing while other videos play on "
                      "this machine, the file may be damaged.")
                       .arg(clipName()) +
                   said;
        case Problem::StoppedPartway:
            return tr("The clip stopped at %1: %2 could not be read to the end; it may be "
                      "damaged.")
                       .arg(MediaTime::format(m_problemAt), clipName()) +
                   said;
        case Problem::CutShort:
            return tr("The clip stopped at %1 of %2: its file %3 is cut short or damaged.")
                .arg(MediaTime::format(m_problemAt), MediaTime::format(m_problemLength),
                     clipName());
        case Problem::NoPictureAt:
            return tr("The clip has no picture at %1: its file %2 may be cut short or damaged.")
                .arg(MediaTime::format(m_problemAt), clipName());
        case Problem::Refused:
            return tr("The clip cannot be played: its file %1 %2.")
                .arg(clipName(), m_problemDetail);
        case Problem::NotAVideo:
            return tr("The clip cannot be played: %1 is damaged or is not a video.")
                       .arg(clipName()) +
                   said;
    }
    return {};
}

bool ClipPanel::ensurePlayer()
{
    if (m_player)
        return true;
    if (!m_clip.isValid())
        return false;
    // Each check before any multimedia object exists: the first one made
    // with no backend ends the process.
    if (!QFile::exists(m_clip.sourcePath)) {
        showProblem(Problem::MissingFile);
        return false;
    }
    // Whatever the bundle says, only a regular file inside its folder goes
    // to GStreamer: not a pipe, a device, or a link to elsewhere.
    if (const QString problem =
            BundleFile::check(m_clip.sourcePath, m_clip.folder, BundleFile::kMaxClipBytes);
        !problem.isEmpty()) {
        showProblem(Problem::Refused, problem);
        return false;
    }
    if (!m_probe.hasBackend()) {
        showProblem(Problem::NoBackend);
        return false;
    }
    if (!m_probe.missingPackages().isEmpty()) {
        showProblem(Problem::MissingPlugins);
        return false;
    }
    m_player = new ClipPlayer(this);
    m_player->setVolume(m_preferences.volume);
    m_player->setMuted(m_preferences.muted);
    m_player->setRate(m_controls->rate());
    connect(m_player, &ClipPlayer::positionChanged, this, &ClipPanel::onPosition);
    connect(m_player, &ClipPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            m_controls->setDuration(ms);
    });
    connect(m_player, &ClipPlayer::playingChanged, m_controls, &ClipControls::setPlaying);
    connect(m_player, &ClipPlayer::frameReady, this, [this](const QImage &frame, qint64 timeMs) {
        m_frameTime = timeMs;
        m_video->setFrame(frame);
        if (m_frameWanted >= 0 && std::abs(timeMs - m_frameWanted) < kFrameNearMs) {
            m_frameWanted = -1;
            m_frameWait->stop();
        }
    });
    connect(m_player, &ClipPlayer::endReached, this, &ClipPanel::onEnded);
    connect(m_player, &ClipPlayer::failed, this, &ClipPanel::onFailed);
    m_noAudioDevice = !m_player->hasAudioDevice();
    updateStatus();
    m_player->setSource(sourceUrl());
    m_player->seek(m_position);
    return true;
}

namespace {
// Whether the file starts like a container GStreamer knows (Matroska and
// WebM, MP4, Ogg). Then a failure to load is about what is inside it.
bool looksLikeVideo(const QString &path, const QString &folder)
{
    if (!BundleFile::check(path, folder, BundleFile::kMaxClipBytes).isEmpty())
        return false;
    QFile f(BundleFile::resolved(path));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(12);
    return head.startsWith("\x1a\x45\xdf\xa3") || head.mid(4, 4) == "ftyp" ||
           head.startsWith("OggS");
}
}  // namespace

void ClipPanel::onFailed(QMediaPlayer::Error error, const QString &detail)
{
    if (m_problem != Problem::None)
        return;  // one message, not a cascade
    const bool shown = m_frameTime >= 0;
    if (!QFile::exists(m_clip.sourcePath)) {
        showProblem(Problem::MissingFile);
    } else if (!m_probe.missingPackages().isEmpty()) {
        showProblem(Problem::MissingPlugins);
    } else if (error == QMediaPlayer::FormatError) {
        // Qt 6.4 says FormatError only for GStreamer's "codec not found":
        // a decoder is really missing.
        showProblem(Problem::NoDecoder, detail);
    } else if (const QStringList missing =
                   shown ? QStringList()
                         : MissingDecoders::forFile(BundleFile::resolved(m_clip.sourcePath));
               !missing.isEmpty()) {
        m_missingDecoders = missing;
        showProblem(Problem::NoDecoder, detail);
    } else if (shown) {
        m_problemAt = m_position;
        showProblem(Problem::StoppedPartway, detail);
    } else if (looksLikeVideo(m_clip.sourcePath, m_clip.folder)) {
        showProblem(Problem::NotShown, detail);
    } else {
        showProblem(Problem::NotAVideo, detail);
    }
    releasePlayer();
}

void ClipPanel::changeVolume(float delta)
{
    m_controls->setVolume(std::clamp(m_controls->volume() + delta, 0.0f, 1.0f));
    m_preferences.volume = m_controls->volume();
    if (m_player)
        m_player->setVolume(m_preferences.volume);
}

void ClipPanel::releasePlayer()
{
    m_frameWanted = -1;
    m_frameWait->stop();
    // A player that failed is let go; pressing Play again tries afresh.
    if (!m_player)
        return;
    m_player->disconnect(this);
    m_player->pause();
    m_player->deleteLater();
    m_player = nullptr;
    m_controls->setPlaying(false);
}

void ClipPanel::onEnded()
{
    m_controls->setPlaying(false);
    const qint64 length = m_player->duration() > 0 ? m_player->duration() : m_clip.durationMs;
    // A file cut short says it lasts the whole length, then ends early.
    if (m_problem == Problem::None && length - m_position > kCutShortMs) {
        m_problemAt = m_position;
        m_problemLength = length;
        showProblem(Problem::CutShort);
        releasePlayer();
        return;
    }
    m_ended = true;
}

void ClipPanel::play()
{
    if (m_problem != Problem::None)
        clearProblem();
    m_frameWanted = -1;
    m_frameWait->stop();
    if (!ensurePlayer())
        return;
    if (m_ended) {
        m_ended = false;
        m_player->seek(0);
    }
    m_player->play();
}

void ClipPanel::pause()
{
    if (m_player)
        m_player->pause();
}

void ClipPanel::togglePlay()
{
    if (m_player && m_player->isPlaying())
        pause();
    else
        play();
}

void ClipPanel::seekTo(qint64 ms)
{
    const qint64 duration =
        m_player && m_player->duration() > 0 ? m_player->duration() : m_clip.durationMs;
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(0, duration - 1));
    m_ended = false;
    if (m_player)
        m_player->seek(ms);
    m_position = ms;
    m_controls->setPosition(ms);
    updateCaption(ms);
    updateChapter(ms);
}

void ClipPanel::playChapter(int index)
{
    if (index < 0 || index >= m_clip.chapters.size())
        return;
    seekTo(m_clip.chapters.at(index).startMs);
    play();
}

void ClipPanel::nextChapter()
{
    const int current = m_clip.chapterAt(position());
    if (current + 1 < m_clip.chapters.size())
        seekTo(m_clip.chapters.at(current + 1).startMs);
}

void ClipPanel::previousChapter()
{
    const qint64 at = position();
    int current = m_clip.chapterAt(at);
    if (current < 0)
        return;
    if (at - m_clip.chapters.at(current).startMs < kChapterRestartMs && current > 0)
        --current;
    seekTo(m_clip.chapters.at(current).startMs);
}

void ClipPanel::showFrameAt(qint64 ms)
{
    seekTo(ms);
    if (!ensurePlayer())
        return;
    m_player->pause();
    // A paused pipeline whose file ends before ms says nothing at all:
    // if no picture for that time comes, say why.
    m_frameWanted = ms;
    m_frameWait->start();
}

void ClipPanel::onPosition(qint64 ms)
{
    m_position = ms;
    m_controls->setPosition(ms);
    updateCaption(ms);
    updateChapter(ms);
}

void ClipPanel::updateCaption(qint64 ms)
{
    m_video->setCaption(m_preferences.captions && m_clip.isValid()
                            ? m_clip.captions(m_language).textAt(ms)
                            : QString());
}

void ClipPanel::updateChapter(qint64 ms)
{
    const int chapter = m_clip.chapterAt(ms);
    if (chapter == m_currentChapter)
        return;
    m_currentChapter = chapter;
    m_chapters->setCurrentChapter(chapter);
    if (chapter >= 0) {
        m_chapterList->setCurrentIndex(m_chapters->index(chapter, 0));
        m_chapterList->scrollTo(m_chapters->index(chapter, 0));
    }
    emit chapterChanged(chapter);
}

void ClipPanel::setFullscreen(bool on)
{
    if (on == isFullscreen())
        return;
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    // In the panel the picture keeps 16:9 for its width; full screen, it
    // takes all the height there is.
    QSizePolicy policy = m_video->sizePolicy();
    policy.setVerticalPolicy(on ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    policy.setHeightForWidth(!on);
    m_video->setSizePolicy(policy);
    if (on) {
        m_focusBeforeFullscreen = QApplication::focusWidget();
        if (!m_fullscreenWindow) {
            // A window of the panel's own, kept between uses: hidden, not
            // destroyed, so the window system hands focus back in order.
            m_fullscreenWindow = new QWidget(this, Qt::Window);
            m_fullscreenWindow->setObjectName(QStringLiteral("clipFullscreen"));
            auto *box = new QVBoxLayout(m_fullscreenWindow);
            box->setContentsMargins(0, 0, 0, 0);
            m_fullscreenWindow->installEventFilter(this);
        }
        m_fullscreenWindow->setWindowTitle(m_clip.title.in(m_language));
        layout->removeWidget(m_stage);
        m_fullscreenWindow->layout()->addWidget(m_stage);
        m_stage->installEventFilter(this);
        m_stage->setFocusPolicy(Qt::StrongFocus);
        m_stage->setFocusProxy(nullptr);
        m_stage->setMouseTracking(true);
        m_video->setMouseTracking(true);
        m_video->installEventFilter(this);
        m_stage->show();
        // Without a window manager to honour the request, cover the screen anyway.
        if (const QScreen *screen = this->screen())
            m_fullscreenWindow->setGeometry(screen->geometry());
        m_fullscreenWindow->showFullScreen();
        m_fullscreenWindow->raise();
        m_fullscreenWindow->activateWindow();
        m_stage->setFocus();
        wakeControls();
    } else {
        m_restTimer->stop();
        m_stage->removeEventFilter(this);
        m_video->removeEventFilter(this);
        m_stage->setMouseTracking(false);
        m_video->setMouseTracking(false);
        m_stage->unsetCursor();
        m_controls->setVisible(true);
        m_fullscreenWindow->hide();
        m_fullscreenWindow->layout()->removeWidget(m_stage);
        m_stage->setFocusPolicy(Qt::NoFocus);
        m_stage->setFocusProxy(this);
        layout->insertWidget(2, m_stage);
        m_stage->show();
        if (m_currentChapter >= 0)
            m_chapterList->scrollTo(m_chapters->index(m_currentChapter, 0));
        // The reader's window takes the keys back, and within it whatever
        // had them before.
        QWidget *back = m_focusBeforeFullscreen;
        if (!back || back->window() != window() || !back->isVisible())
            back = this;
        window()->raise();
        window()->activateWindow();
        back->setFocus(Qt::ActiveWindowFocusReason);
    }
}

void ClipPanel::wakeControls()
{
    if (!isFullscreen())
        return;
    m_controls->setVisible(true);
    m_stage->unsetCursor();
    m_restTimer->start();
}

void ClipPanel::restControls()
{
    if (!isFullscreen())
        return;
    // The keys stay with the stage while the bar is away.
    if (m_controls->isAncestorOf(QApplication::focusWidget()))
        m_stage->setFocus();
    m_controls->setVisible(false);
    m_stage->setCursor(Qt::BlankCursor);
}

bool ClipPanel::isFullscreen() const
{
    return m_fullscreenWindow && m_fullscreenWindow->isVisible();
}

void ClipPanel::focusInEvent(QFocusEvent *event)
{
    m_video->update();
    QFrame::focusInEvent(event);
}

void ClipPanel::focusOutEvent(QFocusEvent *event)
{
    m_video->update();
    QFrame::focusOutEvent(event);
}

bool ClipPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_stage || watched == m_video) &&
        (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonPress))
        wakeControls();
    if ((watched == m_stage || watched == m_fullscreenWindow) &&
        event->type() == QEvent::KeyPress) {
        wakeControls();
        return handleKey(static_cast<QKeyEvent *>(event));
    }
    if (watched == m_fullscreenWindow && event->type() == QEvent::Close && isFullscreen()) {
        // Closing the fullscreen window returns the picture to the panel.
        event->ignore();
        setFullscreen(false);
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void ClipPanel::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QFrame::keyPressEvent(event);
}

bool ClipPanel::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
        case Qt::Key_Space:
        case Qt::Key_K:
            togglePlay();
            break;
        case Qt::Key_Left:
            seekTo(position() - kSeekStepMs);
            break;
        case Qt::Key_Right:
            seekTo(position() + kSeekStepMs);
            break;
        case Qt::Key_Up:
            changeVolume(kVolumeStep);
            break;
        case Qt::Key_Down:
            changeVolume(-kVolumeStep);
            break;
        case Qt::Key_M:
            m_controls->setMuted(!m_controls->isMuted());
            break;
        case Qt::Key_F:
            setFullscreen(!isFullscreen());
            break;
        case Qt::Key_Escape:
            if (!isFullscreen())
                return false;
            setFullscreen(false);
            break;
        case Qt::Key_C:
            m_controls->setCaptionsOn(!m_controls->captionsOn());
            break;
        case Qt::Key_BracketLeft:
            m_controls->stepRate(-1);
            break;
        case Qt::Key_BracketRight:
            m_controls->stepRate(+1);
            break;
        case Qt::Key_PageDown:
            nextChapter();
            break;
        case Qt::Key_PageUp:
            previousChapter();
            break;
        default:
            return false;
    }
    event->accept();
    return true;
}

}  // namespace hope::ui
