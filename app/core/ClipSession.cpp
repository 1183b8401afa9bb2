#include "core/ClipSession.h"

#include <algorithm>
#include <utility>

namespace hope::core {

ClipSession::ClipSession(QObject *parent) : QObject(parent)
{}

void ClipSession::setClip(const ClipInfo &clip, Language language)
{
    m_clip = clip;
    m_language = language;
    m_problem = {};
    m_hasPlayer = false;
    m_ready = false;
    m_playing = false;
    m_ended = false;
    m_mediaDuration = 0;
    m_pendingSeek = -1;
    // Nothing is playing yet: no chapter is marked until the reader moves.
    m_position = 0;
    m_chapter = -1;
    m_cue = -1;
    if (std::exchange(m_loop, CueLoop()).isActive())
        emit repeatChanged(false);
    m_caption = m_clip.isValid() ? m_clip.captions(m_language).textAt(0) : QString();
    emit problemChanged();
}

void ClipSession::setClipTexts(const ClipInfo &clip)
{
    m_clip = clip;
    setLanguage(m_language);
}

void ClipSession::setLanguage(Language language)
{
    m_language = language;
    const int cue = m_clip.isValid() ? track().cueIndexAt(position()) : -1;
    if (cue != std::exchange(m_cue, cue))
        emit cueChanged(cue);
    const QString text =
        m_clip.isValid() ? m_clip.captions(m_language).textAt(position()) : QString();
    if (text != m_caption) {
        m_caption = text;
        emit captionChanged(m_caption);
    }
}

void ClipSession::playerStarted()
{
    m_hasPlayer = true;
    m_ready = false;
    // Where the reader is, the player goes first.
    m_pendingSeek = m_position;
}

void ClipSession::playerReleased()
{
    m_pendingSeek = -1;
    m_hasPlayer = false;
    m_ready = false;
    m_playing = false;
}

void ClipSession::setPlayerReady(bool ready)
{
    m_ready = ready && m_hasPlayer;
    applyPendingSeek();
}

void ClipSession::setPlaying(bool playing)
{
    m_playing = playing;
}

void ClipSession::setMediaDuration(qint64 ms)
{
    m_mediaDuration = std::max<qint64>(ms, 0);
}

qint64 ClipSession::duration() const
{
    return m_mediaDuration > 0 ? m_mediaDuration : m_clip.durationMs;
}

void ClipSession::playerPositionChanged(qint64 ms)
{
    // Until the player has gone where it was asked, what it reports is
    // where it was.
    if (m_pendingSeek >= 0)
        return;
    moveTo(ms);
}

void ClipSession::playerEnded()
{
    m_playing = false;
    if (!m_problem.isNone())
        return;
    const ClipProblem problem = diagnoseEnd(m_position, duration());
    if (!problem.isNone()) {
        setProblem(problem);
        return;
    }
    m_ended = true;
}

void ClipSession::rewindIfEnded()
{
    if (std::exchange(m_ended, false))
        seek(0);
}

void ClipSession::seek(qint64 ms)
{
    // The reader went elsewhere: the line is no longer the point.
    if (m_loop.isActive() && !m_loop.covers(ms))
        stopRepeat();
    seekWithin(ms);
}

void ClipSession::seekWithin(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(0, duration() - 1));
    m_ended = false;
    if (m_hasPlayer) {
        m_pendingSeek = ms;
        applyPendingSeek();
    }
    moveTo(ms);
}

void ClipSession::restorePosition(qint64 ms)
{
    if (m_hasPlayer || duration() <= 0)
        return;
    m_position = std::clamp<qint64>(ms, 0, duration() - 1);
    emit positionChanged(m_position);
}

void ClipSession::step(int direction)
{
    seek(position() + (direction < 0 ? -kSeekStepMs : kSeekStepMs));
}

void ClipSession::nextChapter()
{
    const int current = m_clip.chapterAt(position());
    if (current + 1 < m_clip.chapters.size())
        seek(m_clip.chapters.at(current + 1).startMs);
}

void ClipSession::previousChapter()
{
    const qint64 at = position();
    int current = m_clip.chapterAt(at);
    if (current < 0)
        return;
    if (at - m_clip.chapters.at(current).startMs < kChapterRestartMs && current > 0)
        --current;
    seek(m_clip.chapters.at(current).startMs);
}

bool ClipSession::seekToChapter(const QString &chapterId)
{
    const int index = m_clip.chapterIndex(chapterId);
    if (chapterId.isEmpty() || index < 0)
        return false;
    seek(m_clip.chapters.at(index).startMs);
    return true;
}

qint64 ClipSession::position() const
{
    return m_pendingSeek >= 0 ? m_pendingSeek : m_position;
}

QString ClipSession::currentChapterId() const
{
    return m_chapter >= 0 ? m_clip.chapters.at(m_chapter).id : QString();
}

QString ClipSession::caption() const
{
    return m_caption;
}

void ClipSession::setProblem(const ClipProblem &problem)
{
    if (!m_problem.isNone() || problem.isNone())
        return;
    m_problem = problem;
    m_playing = false;
    emit problemChanged();
}

void ClipSession::clearProblem()
{
    if (m_problem.isNone())
        return;
    m_problem = {};
    emit problemChanged();
}

void ClipSession::moveTo(qint64 ms)
{
    const qint64 before = m_position;
    if (ms != m_position) {
        m_position = ms;
        emit positionChanged(ms);
    }
    const QString text = m_clip.isValid() ? m_clip.captions(m_language).textAt(ms) : QString();
    if (text != m_caption) {
        m_caption = text;
        emit captionChanged(m_caption);
    }
    const int chapter = m_clip.chapterAt(ms);
    if (chapter != m_chapter) {
        m_chapter = chapter;
        emit chapterChanged(currentChapterId());
    }
    const int cue = m_clip.isValid() ? track().cueIndexAt(ms) : -1;
    if (cue != m_cue) {
        m_cue = cue;
        emit cueChanged(cue);
    }
    if (const auto back = m_loop.jumpFor(ms)) {
        seekWithin(*back);
        return;
    }
    // Pausing after each line: the clip played on (not a seek) past a
    // line's end.
    if (m_pauseAfterCue && m_playing && ms > before && ms - before <= kPlayedOnMs &&
        m_clip.isValid() && track().cueEndingIn(before, ms) >= 0)
        emit pauseRequested();
}

void ClipSession::applyPendingSeek()
{
    // Qt 6.4 blocks on, or drops, a seek made before the media is loaded
    // and known to be seekable.
    if (m_pendingSeek < 0 || !m_ready)
        return;
    emit seekRequested(std::exchange(m_pendingSeek, -1));
}

ClipProblem ClipSession::diagnoseStart(const ClipFacts &facts)
{
    // In this order: each before any multimedia object exists, since the
    // first one made with no backend ends the process.
    if (!facts.fileExists)
        return {ClipProblem::Kind::MissingFile};
    // Only a regular file inside the bundle's folder goes to GStreamer.
    if (!facts.refusal.isEmpty())
        return {ClipProblem::Kind::Refused, facts.refusal};
    if (!facts.unknownBackend.isEmpty())
        return {ClipProblem::Kind::NoBackend, facts.unknownBackend};
    if (!facts.backend)
        return {ClipProblem::Kind::NoBackend};
    if (!facts.missingPackages.isEmpty())
        return {ClipProblem::Kind::MissingPlugins, {}, facts.missingPackages};
    // Last: finding out loads the module, and with it Qt Multimedia.
    if (!facts.moduleError.isEmpty())
        return {ClipProblem::Kind::NoPlayerModule, facts.moduleError};
    return {};
}

ClipProblem ClipSession::diagnoseFailure(const ClipFacts &facts, const PlayerReport &report)
{
    if (!facts.fileExists)
        return {ClipProblem::Kind::MissingFile};
    if (!facts.missingPackages.isEmpty())
        return {ClipProblem::Kind::MissingPlugins, {}, facts.missingPackages};
    if (report.error == PlayerError::Format)
        return {ClipProblem::Kind::NoDecoder, report.detail, facts.missingDecoders};
    // Once a picture was shown, its decoders were there.
    if (!report.frameShown && !facts.missingDecoders.isEmpty())
        return {ClipProblem::Kind::NoDecoder, report.detail, facts.missingDecoders};
    if (report.frameShown)
        return {ClipProblem::Kind::StoppedPartway, report.detail, {}, report.positionMs};
    if (facts.refusal.isEmpty() && facts.looksLikeVideo)
        return {ClipProblem::Kind::NotShown, report.detail};
    return {ClipProblem::Kind::NotAVideo, report.detail};
}

ClipProblem ClipSession::diagnoseEnd(qint64 positionMs, qint64 lengthMs)
{
    // A file cut short says it lasts the whole length, then ends early.
    if (lengthMs - positionMs > kCutShortMs)
        return {ClipProblem::Kind::CutShort, {}, {}, positionMs, lengthMs};
    return {};
}

bool ClipSession::looksLikeVideo(const QByteArray &head)
{
    return head.startsWith("\x1a\x45\xdf\xa3") || head.mid(4, 4) == "ftyp" ||
           head.startsWith("OggS");
}

const CaptionTrack &ClipSession::track() const
{
    return m_clip.captions(m_language);
}

bool ClipSession::seekToCue(int index)
{
    if (!m_clip.isValid() || index < 0 || index >= track().cues().size())
        return false;
    const CaptionCue &cue = track().cues().at(index);
    if (m_loop.isActive()) {
        m_loop.start(cue.startMs, cue.endMs);
        seekWithin(cue.startMs);
    } else {
        seek(cue.startMs);
    }
    return true;
}

void ClipSession::previousCue()
{
    const qint64 at = position();
    int cue = m_clip.isValid() ? track().cueIndexAt(at) : -1;
    if (cue < 0)
        return;
    if (at - track().cues().at(cue).startMs < kCueRestartMs && cue > 0)
        --cue;
    seekToCue(cue);
}

void ClipSession::nextCue()
{
    if (m_clip.isValid())
        seekToCue(track().cueIndexAt(position()) + 1);
}

bool ClipSession::startRepeat()
{
    if (!m_clip.isValid())
        return false;
    const int cue = track().cueIndexAt(position());
    if (cue < 0)
        return false;
    const CaptionCue &c = track().cues().at(cue);
    m_loop.start(c.startMs, c.endMs);
    if (!m_loop.isActive())
        return false;
    // From past the line's end (in the pause before the next) it starts
    // over at once; inside it, it plays on to the end first.
    if (!m_loop.covers(position()))
        seekWithin(c.startMs);
    emit repeatChanged(true);
    return true;
}

void ClipSession::stopRepeat()
{
    if (!m_loop.isActive())
        return;
    m_loop.stop();
    emit repeatChanged(false);
}

}  // namespace hope::core
