#include "core/CaptionTrack.h"

#include "core/MediaTime.h"

#include <QRegularExpression>

#include <algorithm>

namespace hope::core {

namespace {

// WebVTT cue text may carry its own small markup (<i>, <v Name>, <c.x>,
// timestamps) and entities. Those are removed or decoded; anything else
// stays, as text.
QString cueText(QString text)
{
    static const QRegularExpression tags(QStringLiteral(
        "</?(?:c|i|b|u|v|lang|ruby|rt)(?:\\.[\\w.-]+)?(?:\\s[^>]*)?>|<\\d{2}:[\\d:.]+>"));
    text.remove(tags);
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&nbsp;"), QString(QChar(0xa0)));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

}  // namespace

CaptionTrack::ParseResult CaptionTrack::parse(const QString &webvtt)
{
    ParseResult result;
    QString source = webvtt;
    if (source.startsWith(QChar(0xfeff)))
        source.remove(0, 1);
    const QStringList lines = source.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    if (lines.isEmpty() || !(lines.first() == u"WEBVTT" || lines.first().startsWith(u"WEBVTT ") ||
                             lines.first().startsWith(u"WEBVTT\t"))) {
        result.errors << QStringLiteral("line 1: a WebVTT file starts with \"WEBVTT\"");
        return result;
    }
    static const QRegularExpression timing(QStringLiteral("^(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?$"));
    int i = 1;
    while (i < lines.size()) {
        // Skip blank lines, NOTE, STYLE and REGION blocks.
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const QString &first = lines.at(i);
        if (first.startsWith(u"NOTE") || first.startsWith(u"STYLE") ||
            first.startsWith(u"REGION")) {
            while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) ++i;
            continue;
        }
        int timingLine = i;
        if (!first.contains(u"-->"))
            timingLine = i + 1;  // a cue identifier comes first
        if (timingLine >= lines.size() || !lines.at(timingLine).contains(u"-->")) {
            result.errors << QStringLiteral("line %1: expected a cue timing \"start --> end\"")
                                 .arg(timingLine + 1);
            while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) ++i;
            continue;
        }
        const QRegularExpressionMatch m = timing.match(lines.at(timingLine).trimmed());
        const qint64 start = m.hasMatch() ? MediaTime::parse(m.captured(1)).value_or(-1) : -1;
        const qint64 end = m.hasMatch() ? MediaTime::parse(m.captured(2)).value_or(-1) : -1;
        i = timingLine + 1;
        QStringList text;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) text << lines.at(i++);
        if (start < 0 || end < 0) {
            result.errors << QStringLiteral("line %1: malformed timestamp in \"%2\"")
                                 .arg(timingLine + 1)
                                 .arg(lines.at(timingLine).trimmed());
            continue;
        }
        if (end <= start) {
            result.errors
                << QStringLiteral("line %1: the cue ends before it starts").arg(timingLine + 1);
            continue;
        }
        result.track.m_cues << CaptionCue{start, end, cueText(text.join(u'\n'))};
    }
    std::stable_sort(
        result.track.m_cues.begin(), result.track.m_cues.end(),
        [](const CaptionCue &a, const CaptionCue &b) { return a.startMs < b.startMs; });
    return result;
}

QList<CaptionCue> CaptionTrack::cuesAt(qint64 ms) const
{
    QList<CaptionCue> showing;
    for (const CaptionCue &cue : m_cues) {
        if (cue.startMs > ms)
            break;
        if (ms < cue.endMs)
            showing << cue;
    }
    return showing;
}

QString CaptionTrack::textAt(qint64 ms) const
{
    QStringList lines;
    for (const CaptionCue &cue : cuesAt(ms)) lines << cue.text;
    return lines.join(u'\n');
}

qint64 CaptionTrack::nextCueStart(qint64 ms) const
{
    for (const CaptionCue &cue : m_cues) {
        if (cue.startMs > ms)
            return cue.startMs;
    }
    return -1;
}

int CaptionTrack::cueIndexAt(qint64 ms) const
{
    const auto after =
        std::upper_bound(m_cues.cbegin(), m_cues.cend(), ms,
                         [](qint64 t, const CaptionCue &c) { return t < c.startMs; });
    return int(after - m_cues.cbegin()) - 1;
}

int CaptionTrack::cueEndingIn(qint64 afterMs, qint64 uptoMs) const
{
    for (int i = 0; i < m_cues.size(); ++i) {
        const qint64 end = m_cues.at(i).endMs;
        if (end > afterMs && end <= uptoMs)
            return i;
    }
    return -1;
}

CaptionTrack CaptionTrack::withTexts(const std::function<QString(const QString &)> &rewrite) const
{
    CaptionTrack track = *this;
    for (CaptionCue &cue : track.m_cues) cue.text = rewrite(cue.text);
    return track;
}

}  // namespace hope::core
