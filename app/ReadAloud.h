#pragma once

#include "core/Article.h"
#include "speech/ReadAloudController.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace hope::core {
class PinyinConverter;
class ReadingSession;
}  // namespace hope::core

namespace hope::ui {
class ArticleView;
class ReadAloudBar;
}  // namespace hope::ui

namespace hope::app {

class AppSettings;

// Reading aloud and pinyin for learners, wired between the article view,
// the read-aloud bar, the controller and the settings: which paragraphs
// there are to read, where to start, the marks in the view, the View menu's
// actions and their keys, and saying in plain words what is wrong.
class ReadAloud final : public QObject
{
    Q_OBJECT

public:
    // After start-up, when the pinyin dictionary is loaded in the
    // background for a Chinese page.
    static constexpr int kWarmUpDelayMs = 1500;

    // settings may be null (nothing is remembered).
    ReadAloud(ui::ArticleView *view, AppSettings *settings, QObject *parent = nullptr);
    ~ReadAloud() override;

    [[nodiscard]] ui::ReadAloudBar *bar() const { return m_bar; }
    [[nodiscard]] speech::ReadAloudController *controller() const { return m_controller; }
    [[nodiscard]] QAction *readAction() const { return m_readAction; }
    [[nodiscard]] QAction *pinyinAction() const { return m_pinyinAction; }
    [[nodiscard]] QAction *zhuyinAction() const { return m_zhuyinAction; }
    [[nodiscard]] QAction *spokenTonesAction() const { return m_spokenTonesAction; }
    [[nodiscard]] QAction *toneColoursAction() const { return m_toneColoursAction; }
    // The pinyin converter the text's ruby and the voice use.
    [[nodiscard]] std::shared_ptr<const core::PinyinConverter> converter() const
    {
        return m_converter;
    }
    // Adds the actions to the menu (and the reading keys to the view).
    void addActions(QMenu *menu);
    void retranslateUi();

    // The session's article from now on, read in the languages its layout
    // shows.
    void follow(const core::ReadingSession *session);
    void setArticle(const core::Article &article, core::Language language);
    void setLanguage(core::Language language);
    // The languages the page shows: in a bilingual layout the reader picks
    // which of each pair is read (View > Read Aloud in Two Languages).
    void setShownLanguages(const QList<core::Language> &languages);
    [[nodiscard]] QList<core::Language> spokenLanguages() const;
    // Sound from the player module, or silence (tests, no device).
    void setOutputFactory(speech::ReadAloudController::OutputFactory factory);
    [[nodiscard]] static speech::ReadAloudController::OutputFactory playerModuleOutput();

    // From the selection, else from the paragraph at the top of the view.
    void start();
    void stop();
    // When something else is to be heard (the clip).
    void pause();

signals:
    // The voice began or went on: whatever else speaks should stop.
    void speaking();
    // For a screen reader, said when the voice is not speaking (paused,
    // stopped, cannot start, or no sound): it never talks over the voice.
    void announcement(const QString &message);

private:
    void updateParagraphs();
    void onStateChanged(speech::ReadAloudController::State state);
    [[nodiscard]] QString startBlock(qsizetype *offset, core::Language *language) const;
    void choosePairs(const QList<core::Language> &languages);
    // A checkable way of writing the ruby: applied to the view, kept in
    // the settings, restored as kept.
    QAction *rubyOption(const QString &name, bool kept, const std::function<void(bool)> &apply,
                        void (AppSettings::*keep)(bool));

    ui::ArticleView *m_view;
    AppSettings *m_settings;
    speech::ReadAloudController *m_controller;
    ui::ReadAloudBar *m_bar;
    std::shared_ptr<const core::PinyinConverter> m_converter;
    core::Article m_article;
    QList<core::Language> m_shown{core::Language::Chinese};
    QList<core::Language> m_pairs{core::Language::Chinese};
    // The paragraphs there are to read: the first, and all of them (looked
    // up at every click, and a bundle may have 20,000).
    QString m_firstParagraphId;
    QSet<QString> m_paragraphIds;
    bool m_voicesListed = false;
    bool m_tracingFirstWord = false;
    speech::ReadAloudController::State m_state = speech::ReadAloudController::State::Stopped;
    QAction *m_readAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_pinyinAction = nullptr;
    QAction *m_zhuyinAction = nullptr;
    QAction *m_spokenTonesAction = nullptr;
    QAction *m_toneColoursAction = nullptr;
    std::unique_ptr<QMenu> m_pairsMenu;
    QList<QAction *> m_pairActions;
};

}  // namespace hope::app
