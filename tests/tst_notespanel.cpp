#include "TestArticle.h"
#include "core/AnnotationSet.h"
#include "core/NotesModel.h"
#include "ui/NotesPanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace hope::core;
using namespace hope::ui;

class TestNotesPanel : public QObject
{
    Q_OBJECT

private:
    Article m_article;

    QList<Annotation> threeNotes() const
    {
        auto a = *AnnotationAnchor::highlight(m_article, QStringLiteral("s1-p1"), Language::Chinese,
                                              0, 4);
        a.note = QStringLiteral("a year of waiting");
        auto b = *AnnotationAnchor::highlight(m_article, QStringLiteral("s2-p1"), Language::English,
                                              0, 5);
        auto c = *AnnotationAnchor::bookmark(m_article, QStringLiteral("s3-p1"), Language::Chinese);
        return {a, b, c};
    }

private slots:
    void initTestCase() { m_article = embeddedArticle(); }

    void aClickOnARowGoesToItsPlace()
    {
        AnnotationSet set;
        NotesModel model(&set);
        model.setArticle(m_article);
        set.add(threeNotes(), {});
        NotesPanel panel;
        panel.setModel(&model);
        QAbstractItemModelTester tester(panel.list()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(260, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy goTo(&panel, &NotesPanel::goToRequested);
        const QModelIndex second = panel.list()->model()->index(1, 0);
        const QRect rect = panel.list()->visualRect(second);
        QVERIFY(panel.list()->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(goTo.count(), 1);
        QCOMPARE(goTo.first().first().toString(), set.items().at(1).id);
    }

    void searchFiltersAndTheKeysWork()
    {
        AnnotationSet set;
        NotesModel model(&set);
        model.setArticle(m_article);
        set.add(threeNotes(), {});
        NotesPanel panel;
        panel.setModel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.search()->setFocus();
        QTest::keyClicks(panel.search(), QStringLiteral("WAITING"));
        QCOMPARE(panel.shownCount(), 1);
        // Down goes from the search into the list; Enter goes to the note.
        QSignalSpy goTo(&panel, &NotesPanel::goToRequested);
        QSignalSpy remove(&panel, &NotesPanel::removeRequested);
        QTest::keyClick(panel.search(), Qt::Key_Down);
        QTRY_VERIFY(panel.list()->hasFocus());
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QCOMPARE(goTo.count(), 1);
        QCOMPARE(goTo.first().first().toString(), set.items().at(0).id);
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(remove.first().first().toString(), set.items().at(0).id);
        // Nothing matches: the list makes way for a sentence saying so.
        panel.search()->clear();
        QTest::keyClicks(panel.search(), QStringLiteral("zzz"));
        QCOMPARE(panel.shownCount(), 0);
        QVERIFY(!panel.list()->isVisible());
        const QLabel *empty = panel.findChild<QLabel *>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No note has these words."));
    }

    void anEmptyListSaysHowToBegin()
    {
        AnnotationSet set;
        NotesModel model(&set);
        NotesPanel panel;
        panel.setModel(&model);
        panel.show();
        const QLabel *empty = panel.findChild<QLabel *>();
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Ctrl+H")));
        set.add(threeNotes(), {});
        QVERIFY(!empty->isVisible());
        QVERIFY(panel.list()->isVisible());
    }

    // What a screen reader meets: the list and the search by name, each row
    // by its words, note and place.
    void isNamedForAScreenReader()
    {
        AnnotationSet set;
        NotesModel model(&set);
        model.setArticle(m_article);
        set.add(threeNotes(), {});
        NotesPanel panel;
        panel.setModel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(panel.list());
        QVERIFY(list);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Notes"));
        QAccessibleInterface *search = QAccessible::queryAccessibleInterface(panel.search());
        QCOMPARE(search->text(QAccessible::Name), QStringLiteral("Search notes"));
        QString rows;
        for (int i = 0; i < list->childCount(); ++i)
            rows += list->child(i)->text(QAccessible::Name) + u'\n';
        QVERIFY2(rows.contains(QStringLiteral("Highlight: 一年等待. Note: a year of waiting. ")),
                 qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral("Bookmark: ")), qPrintable(rows));
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
