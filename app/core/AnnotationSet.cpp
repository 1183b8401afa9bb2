#include "core/AnnotationSet.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

namespace hope::core {

// Each step keeps the whole list before and after: a few thousand small
// records, and undo can never put back something other than what was.
class AnnotationCommand final : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationSet *set, QList<Annotation> before, QList<Annotation> after,
                      const QString &text)
        : QUndoCommand(text), m_set(set), m_before(std::move(before)), m_after(std::move(after))
    {}
    void undo() override { m_set->replace(m_before); }
    void redo() override { m_set->replace(m_after); }

private:
    AnnotationSet *m_set;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
};

AnnotationSet::AnnotationSet(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{}

AnnotationSet::~AnnotationSet() = default;

qsizetype AnnotationSet::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

const Annotation *AnnotationSet::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_items.at(i);
}

void AnnotationSet::reset(const QList<Annotation> &items)
{
    m_undo->clear();
    replace(items);
}

void AnnotationSet::replace(const QList<Annotation> &items)
{
    m_items = items;
    emit changed();
}

bool AnnotationSet::add(const QList<Annotation> &items, const QString &undoText)
{
    if (items.isEmpty() || m_items.size() + items.size() > kMaxItems)
        return false;
    QSet<QString> ids;
    for (const Annotation &a : m_items) ids.insert(a.id);
    for (const Annotation &a : items) {
        if (a.id.isEmpty() || ids.contains(a.id))
            return false;
        ids.insert(a.id);
    }
    m_undo->push(new AnnotationCommand(this, m_items, m_items + items, undoText));
    return true;
}

bool AnnotationSet::remove(const QStringList &ids, const QString &undoText)
{
    QList<Annotation> after;
    for (const Annotation &a : m_items) {
        if (!ids.contains(a.id))
            after << a;
    }
    if (after.size() == m_items.size())
        return false;
    m_undo->push(new AnnotationCommand(this, m_items, after, undoText));
    return true;
}

bool AnnotationSet::setColour(const QString &id, HighlightColour colour, const QString &undoText)
{
    const qsizetype i = indexOf(id);
    if (i < 0 || !m_items.at(i).isHighlight() || m_items.at(i).colour == colour)
        return false;
    QList<Annotation> after = m_items;
    after[i].colour = colour;
    m_undo->push(new AnnotationCommand(this, m_items, after, undoText));
    return true;
}

bool AnnotationSet::setNote(const QString &id, const QString &note, const QString &undoText)
{
    const qsizetype i = indexOf(id);
    const QString cut = note.left(kMaxNote);
    if (i < 0 || m_items.at(i).note == cut)
        return false;
    QList<Annotation> after = m_items;
    after[i].note = cut;
    m_undo->push(new AnnotationCommand(this, m_items, after, undoText));
    return true;
}

}  // namespace hope::core
