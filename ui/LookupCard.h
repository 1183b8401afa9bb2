#pragma once

#include "core/WordLookup.h"

#include <QFrame>
#include <QHash>
#include <QList>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace hope::ui {

class StrokeView;

// A word's reading and meaning, next to it: the words a reader can choose
// at that place (奥运会, 奥运, 运), the chosen one with its Traditional form
// and pinyin, its CC-CEDICT senses, and for a single character the
// article's other words that hold it. Over the pointer it is a tooltip
// that takes no keys; opened from the keyboard it has them (Left/Right
// choose, Escape closes) and a screen reader reads it as a dialog.
class LookupCard final : public QFrame
{
    Q_OBJECT

public:
    enum class Mode { Pointer, Keyboard };

    explicit LookupCard(QWidget *parent = nullptr);

    // The choices at a place, the first chosen; wordsWith the article's
    // words for each single character among them.
    void setChoices(QList<core::LookupChoice> choices, QHash<QString, QStringList> wordsWith);
    [[nodiscard]] const QList<core::LookupChoice> &choices() const { return m_choices; }
    void setChineseFont(const QFont &font);
    // Placed next to the words (global pixels), never over them.
    void showFor(const QRect &words, Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QRect wordRect() const { return m_words; }

    void choose(int index);
    [[nodiscard]] int chosen() const { return m_chosen; }
    [[nodiscard]] QList<QToolButton *> choiceButtons() const { return m_buttons; }
    // Whether the chosen word is in the reader's vocabulary already: the
    // button to keep it says so and is off.
    void setKept(bool kept);
    [[nodiscard]] QPushButton *keepButton() const { return m_keep; }
    // A single character's strokes, and the button that draws them.
    [[nodiscard]] StrokeView *strokeView() const { return m_strokes; }
    [[nodiscard]] QPushButton *strokesButton() const { return m_animate; }
    // Everything the card says about the chosen word, as a screen reader
    // hears it.
    [[nodiscard]] QString text() const;

signals:
    // The reader chose another word of the place.
    void chosenChanged(const hope::core::DictionaryWord &word);
    // "Add to Vocabulary" for the chosen word.
    void keepRequested(const hope::core::LookupChoice &choice);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showChosen();
    void retranslateUi();

    QList<core::LookupChoice> m_choices;
    QHash<QString, QStringList> m_wordsWith;
    int m_chosen = -1;
    Mode m_mode = Mode::Pointer;
    QRect m_words;
    QFont m_chinese;
    QWidget *m_choiceRow = nullptr;
    QHBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QToolButton *> m_buttons;
    QLabel *m_word = nullptr;
    QLabel *m_pinyin = nullptr;
    QLabel *m_senses = nullptr;
    QLabel *m_inArticle = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_keep = nullptr;
    StrokeView *m_strokes = nullptr;
    QPushButton *m_animate = nullptr;
    bool m_kept = false;
};

}  // namespace hope::ui
