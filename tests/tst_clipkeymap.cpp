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
        row("esc dismisses", Qt::Key_Escape, none, int(ClipCommand::Dismiss));
        row("c is captions", Qt::Key_C, none, int(ClipCommand::ToggleCaptions));
        row("[ is slower", Qt::Key_BracketLeft, none, int(ClipCommand::Slower));
        row("] is faster", Qt::Key_BracketRight, none, int(ClipCommand::Faster));
        row("shift ] is still faster", Qt::Key_BracketRight, Qt::ShiftModifier,
            int(ClipCommand::Faster));
        row("page up", Qt::Key_PageUp, none, int(ClipCommand::PreviousChapter));
        row("page down", Qt::Key_PageDown, none, int(ClipCommand::NextChapter));
        row("backspace is normal speed", Qt::Key_Backspace, none, int(ClipCommand::NormalSpeed));
        row("0 is louder (mpv)", Qt::Key_0, none, int(ClipCommand::VolumeUp));
        row("9 is quieter (mpv)", Qt::Key_9, none, int(ClipCommand::VolumeDown));
        row("shift left is the line before", Qt::Key_Left, Qt::ShiftModifier,
            int(ClipCommand::PreviousCue));
        row("shift right is the next line", Qt::Key_Right, Qt::ShiftModifier,
            int(ClipCommand::NextCue));
        row("r repeats the line", Qt::Key_R, none, int(ClipCommand::ToggleRepeat));
        row(", is a frame back", Qt::Key_Comma, none, int(ClipCommand::FrameBack));
        row(". is a frame on", Qt::Key_Period, none, int(ClipCommand::FrameForward));
        row("ctrl s saves the frame", Qt::Key_S, Qt::ControlModifier, int(ClipCommand::SaveFrame));
        row("s saves it with captions (mpv)", Qt::Key_S, none,
            int(ClipCommand::SaveFrameWithCaptions));
        row("shift s saves the picture alone (mpv)", Qt::Key_S, Qt::ShiftModifier,
            int(ClipCommand::SaveFrameAlone));
        row("ctrl shift s is the window's", Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier, -1);
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
