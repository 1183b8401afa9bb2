#include "TestArticle.h"
#include "core/AnnotationSet.h"
#include "core/ModelRoles.h"
#include "core/NotesModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace hope::core;

class TestNotesModel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    Annotation highlight(const QString &block, Language language, qsizetype start, qsizetype length)
    {
        return *AnnotationAnchor::highlight(m_article, block, language, start, length);
    }

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void passesTheModelTester()
    {
        AnnotationSet set;
        NotesModel model(&set);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(m_article);
        set.add({highlight(QStringLiteral("s1-p1"), Language::Chinese, 0, 4)}, {});
        set.add(
            {*AnnotationAnchor::bookmark(m_article, QStringLiteral("lead-1"), Language::English)},
            {});
        model.setPaired(true);
        model.setColours(ReaderPalette::dark());
        set.setNote(set.items().first().id, QStringLiteral("note"), {});
        set.undoStack()->undo();
        set.reset({});
        QCOMPARE(model.rowCount(), 0);
    }

    void listsInReadingOrderWithTheirPlaces()
    {
        AnnotationSet set;
        NotesModel model(&set);
        model.setArticle(m_article);
        auto later = highlight(QStringLiteral("s2-p1"), Language::English, 0, 5);
        auto sameParagraphLater = highlight(QStringLiteral("s1-p1"), Language::Chinese, 10, 4);
        auto first = highlight(QStringLiteral("s1-p1"), Language::Chinese, 0, 4);
        first.note = QStringLiteral("a year of waiting");
        first.colour = HighlightColour::Blue;
        auto mark =
            *AnnotationAnchor::bookmark(m_article, QStringLiteral("lead-2"), Language::English);
        auto gone = first;
        gone.id = QStringLiteral("gone");
        gone.blockId = QStringLiteral("removed-paragraph");
        set.add({later, gone, sameParagraphLater, first, mark}, {});
        QCOMPARE(model.rowCount(), 5);
        const auto id = [&model](int row) {
            return model.index(row).data(ModelRoles::NoteIdRole).toString();
        };
        QCOMPARE(id(0), mark.id);
        QCOMPARE(id(1), first.id);
        QCOMPARE(id(2), sameParagraphLater.id);
        QCOMPARE(id(3), later.id);
        QCOMPARE(id(4), QStringLiteral("gone"));
        const QModelIndex f = model.index(1);
        QCOMPARE(f.data(ModelRoles::NoteQuoteRole).toString(), QStringLiteral("一年等待"));
        QCOMPARE(f.data(ModelRoles::NoteTextRole).toString(), QStringLiteral("a year of waiting"));
        QCOMPARE(f.data(ModelRoles::NoteColourRole).toString(), QStringLiteral("blue"));
        QCOMPARE(f.data(ModelRoles::NotePlaceRole).toString(),
                 QStringLiteral("01 翘首期盼，第1段"));
        QCOMPARE(f.data(Qt::DecorationRole).value<QColor>(), ReaderPalette::light().highlightBlue);
        QCOMPARE(f.data(Qt::DisplayRole).toString(),
                 QStringLiteral("一年等待\nNote: a year of waiting\n01 翘首期盼，第1段"));
        QCOMPARE(model.index(3).data(ModelRoles::NotePlaceRole).toString(),
                 QStringLiteral("02 You are part of the hope, paragraph 1"));
        QCOMPARE(model.index(0).data(ModelRoles::NoteKindRole).toString(),
                 QStringLiteral("bookmark"));
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
        QVERIFY(model.index(4).data(ModelRoles::NoteDetachedRole).toBool());
        QVERIFY(!f.data(ModelRoles::NoteDetachedRole).toBool());
        QVERIFY(model.index(4)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Detached highlight: 一年等待")));
        QCOMPARE(
            f.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Highlight: 一年等待. Note: a year of waiting. 01 翘首期盼，第1段"));
    }

    void showsThePairInABilingualLayout()
    {
        AnnotationSet set;
        NotesModel model(&set);
        model.setArticle(m_article);
        set.add({highlight(QStringLiteral("s1-p1"), Language::Chinese, 0, 4)}, {});
        QCOMPARE(model.index(0).data(ModelRoles::NotePairTextRole).toString(), QString());
        model.setPaired(true);
        const QString pair = model.index(0).data(ModelRoles::NotePairTextRole).toString();
        QVERIFY2(pair.startsWith(QStringLiteral("A year of waiting, the better to gather")),
                 qPrintable(pair));
        // A reminder of where it is, not the paragraph again.
        QCOMPARE(pair.size(), 49);
        QVERIFY(pair.endsWith(u'…'));
        QVERIFY(model.index(0).data(Qt::DisplayRole).toString().contains(pair));
    }

    void isSearchedThroughAProxy()
    {
        AnnotationSet set;
        NotesModel model(&set);
        model.setArticle(m_article);
        auto a = highlight(QStringLiteral("s1-p1"), Language::Chinese, 0, 4);
        a.note = QStringLiteral("Remember THIS");
        set.add({a, highlight(QStringLiteral("s2-p1"), Language::English, 0, 5)}, {});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ModelRoles::NoteSearchRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("this"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("part of the hope"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("zzz"));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestNotesModel)
#include "tst_notesmodel.moc"
