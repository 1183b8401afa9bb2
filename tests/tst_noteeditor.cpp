#include "ui/NoteEditor.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace hope::ui;

class TestNoteEditor : public QObject
{
    Q_OBJECT

private slots:
    void editsANoteAsPlainText()
    {
        NoteEditor editor;
        editor.setQuote(QStringLiteral("<b>东京</b>"));
        editor.setNote(QStringLiteral("old"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.editor()->hasFocus());
        QTest::keyClicks(editor.editor(), QStringLiteral(" <i>and new</i>"));
        QCOMPARE(editor.note(), QStringLiteral("old <i>and new</i>"));
        // The highlighted words are shown as the bundle has them, not as markup.
        bool shown = false;
        for (const QLabel *label : editor.findChildren<QLabel *>()) {
            if (label->text() == u"<b>东京</b>") {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                shown = true;
            }
        }
        QVERIFY(shown);
    }

    void saveAcceptsAndEscapeCancels()
    {
        NoteEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClick(editor.editor(), Qt::Key_Escape);
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        editor.show();
        auto *box = editor.findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
    }

    void aLongNoteIsCutAtTheLimit()
    {
        NoteEditor editor;
        editor.setMaximumLength(10);
        editor.show();
        QTest::keyClicks(editor.editor(), QStringLiteral("0123456789abc"));
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("0123456789"));
    }

    void isNamedForAScreenReader()
    {
        NoteEditor editor;
        editor.setQuote(QStringLiteral("东京奥运会"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QAccessibleInterface *dialog = QAccessible::queryAccessibleInterface(&editor);
        QCOMPARE(dialog->role(), QAccessible::Dialog);
        QCOMPARE(dialog->text(QAccessible::Name), QStringLiteral("Note"));
        QAccessibleInterface *text = QAccessible::queryAccessibleInterface(editor.editor());
        QCOMPARE(text->text(QAccessible::Name), QStringLiteral("Note"));
        QCOMPARE(text->text(QAccessible::Description), QStringLiteral("On: 东京奥运会"));
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
