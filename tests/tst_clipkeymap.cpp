#include "core/ClipKeyMap.h"

#include <QTest>

using namespace hope::core;

class TestClipKeyMap : public QObject
{
    Q_OBJECT

private slots:
    void command_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<int>("expected");  // -1: none
        const Qt::KeyboardModifiers none;
        auto row = [](const char *name, int key, Qt::KeyboardModifiers m, int expected) {
            QTest::newRow(name) << key << m << expected;
        };
        row("space plays", Qt::Key_Space, none, int(ClipCommand::TogglePlay));
        row("k plays", Qt::Key_K, none, int(ClipCommand::TogglePlay));
        row("left seeks back", Qt::Key_Left, none, int(ClipCommand::StepBack));
        row("right seeks on", Qt::Key_Right, none, int(ClipCommand::StepForward));
        row("up is louder", Qt::Key_Up, none, int(ClipCommand::VolumeUp));
        row("down is quieter", Qt::Key_Down, none, int(ClipCommand::VolumeDown));
        row("m mutes", Qt::Key_M, none, int(ClipCommand::ToggleMute));
        row("f is full screen", Qt::Key_F, none, int(ClipCommand::ToggleFullscreen));
        row("esc leaves it", Qt::Key_Escape, none, int(ClipCommand::LeaveFullscreen));
        row("c is captions", Qt::Key_C, none, int(ClipCommand::ToggleCaptions));
        row("[ is slower", Qt::Key_BracketLeft, none, int(ClipCommand::Slower));
        row("] is faster", Qt::Key_BracketRight, none, int(ClipCommand::Faster));
        row("shift ] is still faster", Qt::Key_BracketRight, Qt::ShiftModifier,
            int(ClipCommand::Faster));
        row("page up", Qt::Key_PageUp, none, int(ClipCommand::PreviousChapter));
        row("page down", Qt::Key_PageDown, none, int(ClipCommand::NextChapter));
        // The window's shortcuts keep theirs.
        row("ctrl f is find", Qt::Key_F, Qt::ControlModifier, -1);
        row("alt left is back", Qt::Key_Left, Qt::AltModifier, -1);
        row("meta space", Qt::Key_Space, Qt::MetaModifier, -1);
        row("a letter of no use", Qt::Key_Q, none, -1);
        row("tab moves focus", Qt::Key_Tab, none, -1);
    }

    void command()
    {
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(int, expected);
        const auto command = ClipKeyMap::command(key, modifiers);
        QCOMPARE(command ? int(*command) : -1, expected);
    }
};

QTEST_GUILESS_MAIN(TestClipKeyMap)
#include "tst_clipkeymap.moc"
