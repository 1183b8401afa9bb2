#pragma once

#include <QAccessibleWidget>

class QComboBox;

namespace hope::ui {

// Every combo box of the reader as a screen reader should meet it: named by
// its purpose ("Reading layout", "Playback speed"), its entry as its value
// and its text ("Side by side", "1.5 times", from the entry's accessible
// text when it has one), opened by an action, and a change of entry told as
// a change of selection, on which Orca speaks the new value.
//
// Qt's own interface on Linux names a combo box by its entry ("English",
// "1×"), the purpose only in its description, and it tells a change as a
// new name, which Orca ignores for combo boxes: Down said nothing.
class ComboBoxAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ComboBoxAccessible(QComboBox *box);

    // Installs the factory for every QComboBox; safe to call more than once.
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    [[nodiscard]] QString text(QAccessible::Text t) const override;
    [[nodiscard]] QStringList actionNames() const override;
    void doAction(const QString &actionName) override;

    // The entry, read-only.
    void selection(int, int *startOffset, int *endOffset) const override;
    [[nodiscard]] int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    [[nodiscard]] int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    [[nodiscard]] QString text(int startOffset, int endOffset) const override;
    [[nodiscard]] int characterCount() const override;
    [[nodiscard]] QRect characterRect(int) const override { return {}; }
    [[nodiscard]] int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    [[nodiscard]] QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    [[nodiscard]] QComboBox *box() const;
    [[nodiscard]] QString entry() const;
};

}  // namespace hope::ui
