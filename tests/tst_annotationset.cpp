#include "core/AnnotationSet.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hope::core;

namespace {

Annotation item(const QString &id, qsizetype start = 0)
{
    Annotation a;
    a.id = id;
    a.blockId = QStringLiteral("p1");
    a.start = start;
    a.length = 2;
    a.quote = QStringLiteral("东京");
    a.created = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    return a;
}

}  // namespace

class TestAnnotationSet : public QObject
{
    Q_OBJECT

private slots:
    void addsAndUndoes()
    {
        AnnotationSet set;
        QSignalSpy changed(&set, &AnnotationSet::changed);
        QVERIFY(set.add({item(QStringLiteral("a")), item(QStringLiteral("b"))},
                        QStringLiteral("Highlight")));
        QCOMPARE(set.items().size(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(set.undoStack()->undoText(), QStringLiteral("Highlight"));
        // Both at once were one step.
        set.undoStack()->undo();
        QVERIFY(set.isEmpty());
        set.undoStack()->redo();
        QCOMPARE(set.items().size(), 2);
        QVERIFY(set.find(QStringLiteral("b")));
        QVERIFY(!set.find(QStringLiteral("c")));
    }

    void refusesDuplicatesAndTooMany()
    {
        AnnotationSet set;
        QVERIFY(set.add({item(QStringLiteral("a"))}, {}));
        QVERIFY(!set.add({item(QStringLiteral("a"))}, {}));
        QVERIFY(!set.add({item(QStringLiteral("x")), item(QStringLiteral("x"))}, {}));
        QVERIFY(!set.add({item(QString())}, {}));
        QVERIFY(!set.add({}, {}));
        QCOMPARE(set.items().size(), 1);
        QList<Annotation> many;
        for (int i = 0; i < AnnotationSet::kMaxItems; ++i) many << item(QString::number(i));
        QVERIFY(!set.add(many, {}));
        many.removeLast();
        QVERIFY(set.add(many, {}));
        QCOMPARE(set.items().size(), AnnotationSet::kMaxItems);
        QVERIFY(!set.add({item(QStringLiteral("one more"))}, {}));
    }

    void removesColoursAndNotesUndoably()
    {
        AnnotationSet set;
        set.add({item(QStringLiteral("a")), item(QStringLiteral("b"), 4)}, {});
        QVERIFY(
            set.setColour(QStringLiteral("a"), HighlightColour::Blue, QStringLiteral("Colour")));
        QVERIFY(!set.setColour(QStringLiteral("a"), HighlightColour::Blue, {}));
        QVERIFY(
            set.setNote(QStringLiteral("b"), QStringLiteral("see 2008"), QStringLiteral("Note")));
        QVERIFY(set.remove({QStringLiteral("a")}, QStringLiteral("Remove")));
        QVERIFY(!set.remove({QStringLiteral("zzz")}, {}));
        QCOMPARE(set.items().size(), 1);
        set.undoStack()->undo();  // the removal
        QCOMPARE(set.find(QStringLiteral("a"))->colour, HighlightColour::Blue);
        set.undoStack()->undo();  // the note
        QCOMPARE(set.find(QStringLiteral("b"))->note, QString());
        set.undoStack()->undo();  // the colour
        QCOMPARE(set.find(QStringLiteral("a"))->colour, HighlightColour::Yellow);
    }

    void aLongNoteIsCut()
    {
        AnnotationSet set;
        set.add({item(QStringLiteral("a"))}, {});
        QVERIFY(set.setNote(QStringLiteral("a"), QString(AnnotationSet::kMaxNote + 50, u'x'), {}));
        QCOMPARE(set.items().first().note.size(), AnnotationSet::kMaxNote);
    }

    void aResetIsNotUndone()
    {
        AnnotationSet set;
        set.add({item(QStringLiteral("a"))}, {});
        set.reset({item(QStringLiteral("z"))});
        QVERIFY(!set.undoStack()->canUndo());
        QCOMPARE(set.items().first().id, QStringLiteral("z"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationSet)
#include "tst_annotationset.moc"
