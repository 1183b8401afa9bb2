#pragma once

#include "core/Article.h"
#include "core/ChineseScript.h"
#include "core/Language.h"
#include "core/NavigationHistory.h"
#include "core/ReadingLayout.h"
#include "core/ReadingPosition.h"

#include <QHash>
#include <QObject>

#include <array>
#include <memory>

namespace hope::core {

class ScriptConverter;

// The one owner of what is being read: the loaded article, its language,
// where the reader is (as a block id, never pixels), the history of jumps,
// the milestone selected and the clip's chapter playing. Widgets render it
// and send it intents; it answers with ids, so no widget depends on another
// widget's rows, and every navigation rule is tested without a window.
class ReadingSession final : public QObject
{
    Q_OBJECT

public:
    explicit ReadingSession(QObject *parent = nullptr);
    ~ReadingSession() override;

    // Replaces the article: history, selection and playing chapter start
    // afresh and the reader is at its start.
    // The article is given as published; article() is what is shown, in
    // the script chosen.
    void setArticle(const Article &article);
    [[nodiscard]] const Article &article() const { return m_article; }
    // As published (Simplified): what a word is looked up, read aloud and
    // given pinyin by, and what names the bundle's notes. Every text of
    // article() has its characters at the same offsets as here.
    [[nodiscard]] const Article &publishedArticle() const { return m_published; }

    // The script the Chinese is shown in. The place, history and selection
    // stay; scriptChanged() says the texts changed. False, with the reason
    // in *error, when the conversion cannot be loaded: nothing changes.
    bool setScript(ChineseScript script, QString *error = nullptr);
    [[nodiscard]] ChineseScript script() const { return m_script; }
    // What a search for `text` looks for: the text as typed, and as it is
    // written in the script shown and in Simplified, so a search in either
    // script finds both. Without duplicates; the text alone if OpenCC is
    // missing.
    [[nodiscard]] QStringList spellings(const QString &text) const;
    // A published (Simplified) text as the script shown writes it, each
    // character in its place.
    [[nodiscard]] QString inScript(const QString &published) const;
    [[nodiscard]] bool hasArticle() const { return !m_article.sections.isEmpty(); }

    // The reading language; a one-language layout follows it (the page
    // shows what the reader reads), a bilingual one stays as chosen.
    void setLanguage(Language language);
    [[nodiscard]] Language language() const { return m_language; }

    // How the article is laid out: one language, side by side, interleaved.
    void setReadingLayout(ReadingLayout layout);
    [[nodiscard]] ReadingLayout readingLayout() const { return m_layout; }

    // Where the reader is. The view reports it as it scrolls; that is
    // reading, not a jump, so it is not recorded in the history.
    void setPosition(const ReadingPosition &position);
    [[nodiscard]] ReadingPosition position() const { return m_position; }
    // Whether the article has this place (a block, a later section's
    // heading, or its start).
    [[nodiscard]] bool hasPlace(const QString &blockId) const;
    // Goes there without recording a jump (a restored position, --section).
    bool moveTo(const ReadingPosition &position);

    // The section the view shows as being read. It is the view's to say,
    // since near the end of the article more than one section is on screen.
    void setCurrentSection(const QString &sectionId);
    [[nodiscard]] QString currentSection() const { return m_currentSection; }

    // Jumps, recorded so that back() returns. False if there is no such
    // place (and nothing changes).
    bool goToSection(const QString &sectionId);
    // Selects the milestone and goes to the first paragraph that tells of
    // it in reading order, marking them all.
    bool goToMilestone(const QString &milestoneId);
    // Goes to the first paragraph or figure that shows the clip's chapter.
    bool goToChapter(const QString &chapterId);
    // Goes to a paragraph (a note's, a bookmark's), marking it.
    bool goToBlock(const QString &blockId);
    bool back();
    bool forward();
    [[nodiscard]] bool canGoBack() const { return m_history.canGoBack(); }
    [[nodiscard]] bool canGoForward() const { return m_history.canGoForward(); }

    // The milestone chosen on the timeline, the card or a date link.
    bool selectMilestone(const QString &milestoneId);
    [[nodiscard]] QString selectedMilestone() const { return m_selectedMilestone; }

    // The clip's chapter now playing, or empty.
    void setPlayingChapter(const QString &chapterId);
    [[nodiscard]] QString playingChapter() const { return m_playingChapter; }
    // The paragraphs and figures of the chapter playing.
    [[nodiscard]] QStringList playingBlocks() const;

    // The place where a section starts: the article's start for the first.
    [[nodiscard]] QString sectionStart(const QString &sectionId) const;
    // In reading order; unknown ids last, in the order given.
    [[nodiscard]] QStringList inReadingOrder(QStringList blockIds) const;

signals:
    void articleChanged();
    void languageChanged(hope::core::Language language);
    // The same article, its Chinese in another script (see article()).
    void scriptChanged(hope::core::ChineseScript script);
    void readingLayoutChanged(hope::core::ReadingLayout layout);
    // The reader should be taken there; `marked` are the blocks to point
    // out where the jump landed (a milestone's paragraphs).
    void navigationRequested(const hope::core::ReadingPosition &to, const QStringList &marked);
    void currentSectionChanged(const QString &sectionId);
    void historyChanged();
    void milestoneSelected(const QString &milestoneId);
    void playingChapterChanged(const QString &chapterId);

private:
    void jump(const ReadingPosition &to, const QStringList &marked = {});
    bool returnTo(bool forward);

    [[nodiscard]] const ScriptConverter &converterTo(ChineseScript script) const;

    Article m_published;
    Article m_article;
    ChineseScript m_script = ChineseScript::Simplified;
    // Made when first asked for: Simplified to each Traditional, and back.
    mutable std::array<std::unique_ptr<ScriptConverter>, 3> m_converters;
    mutable std::unique_ptr<ScriptConverter> m_toSimplified;
    Language m_language = Language::Chinese;
    ReadingLayout m_layout = ReadingLayout::Chinese;
    ReadingPosition m_position = ReadingPosition::start();
    NavigationHistory m_history;
    QString m_currentSection;
    QString m_selectedMilestone;
    QString m_playingChapter;
    // Block id (and later sections' ids) -> place in reading order.
    QHash<QString, int> m_order;
};

}  // namespace hope::core
