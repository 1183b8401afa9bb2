#include "core/NotesModel.h"

#include "core/AnnotationSet.h"
#include "core/ModelRoles.h"

#include <QHash>

#include <algorithm>

namespace hope::core {

namespace {

constexpr char kContext[] = "NotesModel";
// A row shows the start of a long quote or note, and of the pair's other
// language a reminder of where it is: the whole is at its place.
constexpr qsizetype kShownChars = 120;
constexpr qsizetype kShownPairChars = 48;

QString shortened(const QString &text, qsizetype most = kShownChars)
{
    const QString flat = text.simplified();
    return flat.size() <= most ? flat : flat.left(most) + u'…';
}

}  // namespace

NotesModel::NotesModel(const AnnotationSet *set, QObject *parent)
    : QAbstractListModel(parent), m_set(set)
{
    connect(m_set, &AnnotationSet::changed, this, &NotesModel::refresh);
    refresh();
}

void NotesModel::setArticle(const Article &article)
{
    m_article = article;
    refresh();
}

void NotesModel::setPaired(bool paired)
{
    if (paired == m_paired)
        return;
    m_paired = paired;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void NotesModel::setColours(const ReaderPalette &colours)
{
    m_colours = colours;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

void NotesModel::refresh()
{
    beginResetModel();
    QHash<QString, int> order;
    int n = 0;
    for (const ArticleSection &section : m_article.sections) {
        for (const ArticleBlock &block : section.blocks) order.insert(block.id, n++);
    }
    m_rows = m_set->items();
    // Unknown paragraphs (a detached note's) go last, as they were made.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&order, n](const auto &a, const auto &b) {
        return std::pair(order.value(a.blockId, n), a.start) <
               std::pair(order.value(b.blockId, n), b.start);
    });
    m_detached.clear();
    for (const Annotation &a : std::as_const(m_rows))
        m_detached << !AnnotationAnchor::place(m_article, a).isShown();
    endResetModel();
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotesModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString NotesModel::placeName(const Article &article, const QString &blockId, Language language)
{
    const int s = article.sectionOfBlock(blockId);
    if (s < 0)
        return wordsIn(language, kContext, QT_TRANSLATE_NOOP("NotesModel", "Not in this article"));
    const ArticleSection &section = article.sections.at(s);
    return wordsIn(language, kContext, QT_TRANSLATE_NOOP("NotesModel", "%1, paragraph %2"))
        .arg(section.numberedLabel(language))
        .arg(section.paragraphNumber(blockId));
}

QString NotesModel::pairText(const Annotation &a) const
{
    if (!m_paired)
        return {};
    const ArticleBlock *block = m_article.block(a.blockId);
    if (!block)
        return {};
    return shortened(
        block->text.in(a.language == Language::Chinese ? Language::English : Language::Chinese),
        kShownPairChars);
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    const bool detached = m_detached.at(index.row());
    switch (role) {
        case Qt::DisplayRole: {
            // The words first: they are what the reader looks for.
            QStringList lines;
            lines << (a.isHighlight() ? shortened(a.quote)
                                      : tr("Bookmark: %1…").arg(shortened(a.quote)));
            if (!a.note.isEmpty())
                lines << tr("Note: %1").arg(shortened(a.note));
            if (const QString pair = pairText(a); !pair.isEmpty())
                lines << pair;
            QString place = placeName(m_article, a.blockId, a.language);
            if (detached)
                place = tr("%1 (detached: the text has changed)").arg(place);
            lines << place;
            return lines.join(u'\n');
        }
        case Qt::AccessibleTextRole: {
            QString kind = a.isHighlight() ? tr("Highlight") : tr("Bookmark");
            if (detached)
                kind = tr("Detached highlight");
            QString text = tr("%1: %2").arg(kind, a.isHighlight() ? a.quote : shortened(a.quote));
            if (!a.note.isEmpty())
                text += QStringLiteral(". ") + tr("Note: %1").arg(a.note);
            return text + QStringLiteral(". ") + placeName(m_article, a.blockId, a.language);
        }
        case Qt::DecorationRole:
            if (a.isHighlight())
                return m_colours.highlight(a.colour);
            return {};
        case ModelRoles::NoteIdRole:
            return a.id;
        case ModelRoles::NoteKindRole:
            return a.isHighlight() ? QStringLiteral("highlight") : QStringLiteral("bookmark");
        case ModelRoles::NoteQuoteRole:
            return a.quote;
        case ModelRoles::NoteTextRole:
            return a.note;
        case ModelRoles::NotePlaceRole:
            return placeName(m_article, a.blockId, a.language);
        case ModelRoles::NotePairTextRole:
            return pairText(a);
        case ModelRoles::NoteColourRole:
            return a.isHighlight() ? highlightColourCode(a.colour) : QString();
        case ModelRoles::NoteDetachedRole:
            return detached;
        case ModelRoles::NoteBlockRole:
            return a.blockId;
        case ModelRoles::NoteSearchRole:
            return QStringList{a.quote, a.note, placeName(m_article, a.blockId, a.language),
                               pairText(a)}
                .join(u'\n');
        default:
            break;
    }
    return {};
}

}  // namespace hope::core
