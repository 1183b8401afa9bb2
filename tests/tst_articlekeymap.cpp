#include "core/ArticleKeyMap.h"

#include <QTest>

using namespace hope::core;

Q_DECLARE_METATYPE(std::optional<ArticleCommand>)

// The article's keys, row by row: what a reader presses, and what happens.
class TestArticleKeyMap : public QObject
{
    Q_OBJECT

private slots:
    void command_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<bool>("caret");
        QTest::addColumn<std::optional<ArticleCommand>>("expected");
        const Qt::KeyboardModifiers none = Qt::NoModifier;
        const std::optional<ArticleCommand> nothing;
        using C = ArticleCommand;
        const auto row = [](const char *name, int key, Qt::KeyboardModifiers m, bool caret,
                            std::optional<ArticleCommand> expected) {
            QTest::newRow(name) << key << m << caret << expected;
        };
        row("Down a line", Qt::Key_Down, none, false, C::LineDown);
        row("Up a line", Qt::Key_Up, none, false, C::LineUp);
        row("keypad Down a line", Qt::Key_Down, Qt::KeypadModifier, false, C::LineDown);
        row("Page Down a screen", Qt::Key_PageDown, none, false, C::ScreenDown);
        row("Page Up a screen", Qt::Key_PageUp, none, false, C::ScreenUp);
        row("Space a screen on", Qt::Key_Space, none, false, C::ScreenDown);
        row("Shift+Space a screen back", Qt::Key_Space, Qt::ShiftModifier, false, C::ScreenUp);
        row("Home the start", Qt::Key_Home, none, false, C::ToStart);
        row("Ctrl+Home the start too", Qt::Key_Home, Qt::ControlModifier, false, C::ToStart);
        row("End the end", Qt::Key_End, none, false, C::ToEnd);
        row("Ctrl+End the end too", Qt::Key_End, Qt::ControlModifier, false, C::ToEnd);
        row("Alt+Down is read-aloud's", Qt::Key_Down, Qt::AltModifier, false, nothing);
        row("Shift+Down is selection's", Qt::Key_Down, Qt::ShiftModifier, false, nothing);
        row("Ctrl+Space is not a page", Qt::Key_Space, Qt::ControlModifier, false, nothing);
        row("Shift+Home is selection's", Qt::Key_Home, Qt::ShiftModifier, false, nothing);
        row("Left scrolls nothing", Qt::Key_Left, none, false, nothing);
        row("a letter is nothing", Qt::Key_A, none, false, nothing);
        row("caret: Down moves it", Qt::Key_Down, none, true, C::MoveCaret);
        row("caret: Ctrl+Right a word", Qt::Key_Right, Qt::ControlModifier, true, C::NextWord);
        row("caret: Ctrl+Left a word back", Qt::Key_Left, Qt::ControlModifier, true,
            C::PreviousWord);
        row("caret: Ctrl+Shift+Right selects a word", Qt::Key_Right,
            Qt::ControlModifier | Qt::ShiftModifier, true, C::NextWord);
        row("caret: Right a character", Qt::Key_Right, none, true, C::MoveCaret);
        row("caret: Alt+Right is not a word", Qt::Key_Right, Qt::AltModifier, true, C::MoveCaret);
        row("no caret: Ctrl+Right scrolls nothing", Qt::Key_Right, Qt::ControlModifier, false,
            nothing);
        row("caret: Home the line", Qt::Key_Home, none, true, C::MoveCaret);
        row("caret: Page Down", Qt::Key_PageDown, none, true, C::MoveCaret);
        row("caret: Space still pages", Qt::Key_Space, none, true, C::ScreenDown);
    }

    void command()
    {
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(bool, caret);
        QFETCH(std::optional<ArticleCommand>, expected);
        QCOMPARE(ArticleKeyMap::command(key, modifiers, caret), expected);
    }
};

QTEST_GUILESS_MAIN(TestArticleKeyMap)
#include "tst_articlekeymap.moc"
