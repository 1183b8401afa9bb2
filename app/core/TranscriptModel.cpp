#include "core/TranscriptModel.h"

#include "core/MediaTime.h"
#include "core/ModelRoles.h"

#include <QFont>

namespace hope::core {

namespace {
// A cue's lines are broken for the picture; in a list they are one line,
// joined as the language joins words.
QString joined(const QString &text, Language language)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &l : lines) l = l.trimmed();
    return lines.join(language == Language::Chinese ? QString() : QStringLiteral(" "));
}
}  // namespace

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent)
{}

void TranscriptModel::setClip(const ClipInfo &clip)
{
    beginResetModel();
    m_clip = clip;
    m_current = -1;
    endResetModel();
}

void TranscriptModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    // The other track may have other lines: the rows are new.
    beginResetModel();
    m_language = language;
    m_current = -1;
    endResetModel();
}

void TranscriptModel::setPaired(bool paired)
{
    if (paired == m_paired)
        return;
    m_paired = paired;
    changedAll();
}

void TranscriptModel::changedAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TranscriptModel::setCurrentCue(int row)
{
    if (row < -1 || row >= rowCount() || row == m_current)
        return;
    const int previous = m_current;
    m_current = row;
    for (const int r : {previous, row}) {
        if (r >= 0)
            emit dataChanged(index(r), index(r), {Qt::FontRole, ModelRoles::CueCurrentRole});
    }
}

const CaptionTrack &TranscriptModel::track() const
{
    return m_clip.captions(m_language);
}

QString TranscriptModel::text(int row) const
{
    return joined(track().cues().at(row).text, m_language);
}

QString TranscriptModel::pairText(int row) const
{
    // The other language's lines that share most of this line's time.
    const Language other = m_language == Language::Chinese ? Language::English : Language::Chinese;
    const CaptionCue &cue = track().cues().at(row);
    QStringList lines;
    for (const CaptionCue &c : m_clip.captions(other).cues()) {
        const qint64 overlap = std::min(c.endMs, cue.endMs) - std::max(c.startMs, cue.startMs);
        if (overlap * 2 > std::min(c.endMs - c.startMs, cue.endMs - cue.startMs))
            lines << joined(c.text, other);
    }
    return lines.join(u' ');
}

QString TranscriptModel::citation(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return MediaTime::format(track().cues().at(row).startMs) + u' ' + text(row);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(track().cues().size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CaptionCue &cue = track().cues().at(row);
    switch (role) {
        case Qt::DisplayRole: {
            const QString line = MediaTime::format(cue.startMs) + QStringLiteral("  ") + text(row);
            const QString pair = m_paired ? pairText(row) : QString();
            return pair.isEmpty() ? line : line + u'\n' + pair;
        }
        case Qt::AccessibleTextRole: {
            const QString pair = m_paired ? pairText(row) : QString();
            return pair.isEmpty() ? citation(row) : citation(row) + QStringLiteral(" / ") + pair;
        }
        case Qt::ToolTipRole:
            return MediaTime::format(cue.startMs) + QStringLiteral("–") +
                   MediaTime::format(cue.endMs);
        case Qt::FontRole: {
            if (row != m_current)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case ModelRoles::CueStartRole:
            return cue.startMs;
        case ModelRoles::CueEndRole:
            return cue.endMs;
        case ModelRoles::CueTextRole:
            return text(row);
        case ModelRoles::CuePairTextRole:
            return m_paired ? pairText(row) : QString();
        case ModelRoles::CueCurrentRole:
            return row == m_current;
        default:
            return {};
    }
}

}  // namespace hope::core
