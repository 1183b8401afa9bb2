#pragma once

#include "core/ChineseDictionary.h"
#include "core/WordLookup.h"
#include "ui/LookupCard.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QThread;

namespace hope::core {
class PinyinConverter;
class ReadingSession;
class VocabularyModel;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
}

namespace hope::app {

// Looking a Chinese word up: the reader's dictionary (read on the first
// lookup, never at start-up), the card beside the word, and Edit > Look Up
// Word (Ctrl+L) for the caret's word. Follows the session's article for
// the "in this article" words and the view's intent signals for the
// pointer; the card is the window's child, so it goes with it.
class LookupController final : public QObject
{
    Q_OBJECT

public:
    LookupController(const core::ReadingSession *session, ui::ArticleView *view, QWidget *window,
                     QObject *parent = nullptr);

    ~LookupController() override;

    // The converter whose words and readings the ruby shows; the card
    // uses them once it has loaded, the dictionary's until then.
    void setConverter(std::shared_ptr<const core::PinyinConverter> converter);
    // Where "Add to Vocabulary" keeps a word (none: the card's button does
    // nothing).
    void setVocabulary(core::VocabularyModel *vocabulary);
    void addToMenus(QMenu *edit);
    void retranslateUi();
    [[nodiscard]] QAction *lookUpAction() const { return m_lookUp; }
    [[nodiscard]] ui::LookupCard *card() const { return m_card; }
    [[nodiscard]] const core::ChineseDictionary &dictionary() const { return m_dictionary; }

    // Opens the card on the word at a document position of the view; false
    // if the character there is not Chinese.
    bool lookUp(int position, ui::LookupCard::Mode mode);
    // The caret's word (or the selection's first), from the keyboard.
    bool lookUpAtCaret();

signals:
    // Something to tell the reader, in the status bar and to a screen reader.
    void message(const QString &text);

protected:
    // The pointer's card goes when the pointer leaves the word, the text
    // scrolls or a key is pressed, as a tooltip does.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followArticle();
    // Loads the converter on another thread, and shows the card again
    // with its words when done: the first card never waits for it.
    void loadConverterAside();
    void keep(const core::LookupChoice &choice);

    const core::ReadingSession *m_session;
    ui::ArticleView *m_view;
    core::ChineseDictionary m_dictionary;
    core::WordLookup m_lookup{&m_dictionary};
    ui::LookupCard *m_card;
    QAction *m_lookUp;
    std::shared_ptr<const core::PinyinConverter> m_converter;
    QThread *m_loader = nullptr;
    core::VocabularyModel *m_vocabulary = nullptr;
    // Where the card is, to show it again once the converter is loaded,
    // and the paragraph's text, for the sentence a kept word comes from.
    int m_position = -1;
    QString m_text;
    bool m_told = false;
};

}  // namespace hope::app
