#pragma once

#include "core/Annotation.h"

#include <QObject>

class QUndoStack;

namespace hope::core {

// The reader's highlights, notes and bookmarks for one bundle. Every change
// the reader makes goes through the undo stack, so Ctrl+Z takes back an
// added highlight, a removed one, a colour or a note.
class AnnotationSet final : public QObject
{
    Q_OBJECT

public:
    // Enough for any reader of one article; a file with more is refused.
    static constexpr qsizetype kMaxItems = 5000;
    static constexpr qsizetype kMaxNote = 10000;

    explicit AnnotationSet(QObject *parent = nullptr);
    ~AnnotationSet() override;

    [[nodiscard]] const QList<Annotation> &items() const { return m_items; }
    [[nodiscard]] const Annotation *find(const QString &id) const;
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }

    // What was loaded for a bundle: no undo reaches back past it.
    void reset(const QList<Annotation> &items);
    // False (and nothing changes) past kMaxItems or with an id already
    // here. Several at once are one step to undo.
    bool add(const QList<Annotation> &items, const QString &undoText);
    bool remove(const QStringList &ids, const QString &undoText);
    bool setColour(const QString &id, HighlightColour colour, const QString &undoText);
    // A note longer than kMaxNote is cut there.
    bool setNote(const QString &id, const QString &note, const QString &undoText);

    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

signals:
    // Anything changed: for the lists, the text and the file.
    void changed();

private:
    friend class AnnotationCommand;
    // The undo commands' one way in: the set as it will be.
    void replace(const QList<Annotation> &items);
    [[nodiscard]] qsizetype indexOf(const QString &id) const;

    QList<Annotation> m_items;
    QUndoStack *m_undo = nullptr;
};

}  // namespace hope::core
