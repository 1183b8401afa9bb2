#pragma once

#include <QHash>
#include <QSet>

#include "core/Article.h"
#include "core/ArticleDocumentBuilder.h"
#include "core/DocumentPlaces.h"
#include "core/FindMatches.h"
#include "core/LinkSpans.h"
#include "core/PinyinAnnotator.h"
#include "core/ReadingLayout.h"
#include "core/ReadingPosition.h"
#include "core/ReadingProgress.h"
#include "core/WordBreaks.h"
#include "ui/HighlightLayer.h"

#include <QTextBrowser>

#include <functional>
#include <memory>
#include <optional>

class QPropertyAnimation;
class QTimer;

namespace hope::core {
class PinyinConverter;
class ReadingSession;
}  // namespace hope::core

namespace hope::ui {

class FocusVisible;

// The article, typeset for reading. Reports which section is being read
// however the view was scrolled.

class ArticleView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // Keeps the paragraph being read in place.
    void setTypography(const core::Typography &typography);
    [[nodiscard]] const core::Typography &typography() const { return m_typography; }
    // The session's article in its layout from now on: taken where the
    // session sends the reader, the chapter playing tinted.
    void follow(const core::ReadingSession *session);
    void setArticle(const core::Article &article, core::Language language);
    // The same article in another script: typeset again at the same place.
    // `published` is the text behind what is shown, character for
    // character (see ReadingSession::article): pinyin and lookup read it.
    void setArticleText(const core::Article &shown, const core::Article &published);
    // What a search for `text` looks for (the session's spellings in both
    // scripts); the text alone when not given.
    void setFindSpellings(std::function<QStringList(const QString &)> spellings);
    // Re-typesets in the other language and stays at the same paragraph.
    void setLanguage(core::Language language);
    // The first language shown.
    [[nodiscard]] core::Language language() const;
    // The language of the text at a document position (bilingual layouts
    // hold both).
    [[nodiscard]] core::Language languageAt(int position) const;
    // Re-typesets in the layout and stays at the same paragraph. Side by
    // side in a view too narrow for two columns is set interleaved.
    void setReadingLayout(core::ReadingLayout layout);
    [[nodiscard]] core::ReadingLayout readingLayout() const { return m_layout; }
    [[nodiscard]] core::ReadingLayout shownLayout() const { return m_shown; }
    // The block numbers of a place: one, or its pair's two.
    [[nodiscard]] QList<int> blocksOf(const QString &blockId) const;
    // The pair of the paragraph under the pointer, or the one clicked.
    [[nodiscard]] int markedBlock() const { return m_hoverMark >= 0 ? m_hoverMark : m_clickMark; }
    // The language read aloud: in a bilingual layout, which of a pair's
    // blocks its marks are in.
    void setSpeechLanguage(core::Language language) { m_speechLanguage = language; }

    [[nodiscard]] int currentSection() const { return m_currentSection; }
    [[nodiscard]] core::ReadingPosition readingPosition() const;
    // The places at the top and bottom of the view, and how far it is
    // scrolled: what a progress estimate needs.
    [[nodiscard]] core::ViewSpan viewSpan() const;
    void goTo(const core::ReadingPosition &position);
    // Brings the section's start (its heading) to the top of the view.
    void scrollToSection(int index);

    // In document pixels, the same scale as the vertical scroll bar.
    [[nodiscard]] qreal sectionTop(int index) const;
    [[nodiscard]] qreal blockTop(const QString &blockId) const;
    [[nodiscard]] int sectionCount() const { return int(m_places.anchors().sectionBlocks.size()); }

    // Finds the next (or previous) match, wrapping around, selects it,
    // marks every match and brings it to the middle of the view. A new
    // search starts from the top of what is on screen, as does a step
    // taken once the reader has scrolled the match out of view. False if
    // the article does not have it.
    bool findText(const QString &text, bool backward);
    // Unmarks the matches.
    void clearFind();
    [[nodiscard]] int findCount() const { return m_matches.count(); }
    // Index of the match selected, -1 if none.
    [[nodiscard]] int findIndex() const { return m_match; }
    struct MatchCounts
    {
        int chinese = 0;
        int english = 0;
    };
    // How often the text is found, in each language shown.
    [[nodiscard]] MatchCounts matchCounts(const QString &text) const;

    // Ids of the paragraphs and figures at least partly on screen.
    [[nodiscard]] QStringList visibleBlockIds() const;
    // Tints these paragraphs for a moment, to show where a jump landed.
    void flashBlocks(const QStringList &blockIds);
    [[nodiscard]] QStringList flashedBlockIds() const { return m_flashed; }
    // Marks the paragraphs of the clip's chapter now playing.
    void setPlayingBlocks(const QStringList &blockIds);
    // Caret browsing (F7): the arrows move a caret through the text, by
    // line and, with Ctrl, by word, and a screen reader follows it.
    void setCaretBrowsing(bool on);
    [[nodiscard]] bool caretBrowsing() const { return m_caretBrowsing; }
    // Puts the caret at the start of a paragraph or heading: where a jump
    // took the reader, so reading on goes on from there.
    void moveCaretTo(const QString &blockId);
    [[nodiscard]] QStringList playingBlockIds() const { return m_playing; }
    // The words of the paragraph at a document position (offsets in the
    // paragraph's text), as Ctrl+Arrow moves the caret by them and a
    // screen reader hears them: Chinese by the pinyin converter's words.
    [[nodiscard]] core::WordBreaks wordBreaksAt(int position);

    // Read aloud (ArticleViewSpeech.cpp): marks the sentence being read and
    // lights the word being spoken, as offsets into the block's text (a
    // length of 0 marks none), and keeps the sentence in view, scrolling
    // only when it leaves a comfortable band. An empty id clears them.
    void setSpeechMarks(const QString &blockId, qsizetype sentenceStart, qsizetype sentenceLength,
                        qsizetype wordStart, qsizetype wordLength);
    // The block and offset in its text of a document position; an empty
    // id if it is in no block the view knows.
    [[nodiscard]] std::pair<QString, qsizetype> placeOf(int position) const;
    // Where the selection starts, if there is one.
    [[nodiscard]] std::optional<std::pair<QString, qsizetype>> selectionPlace() const;

    // The reader's highlights, over their words in whatever layout is set.
    void setHighlights(QList<core::HighlightMark> marks);
    [[nodiscard]] const QList<core::HighlightMark> &highlights() const
    {
        return m_highlights.marks();
    }
    // The paragraphs the selection covers and the words chosen in each.
    [[nodiscard]] QList<TextRange> selectedRanges() const;
    // The highlight at a point of the viewport, or empty.
    [[nodiscard]] QString highlightAt(const QPoint &point) const;
    // The highlight the caret is in (caret browsing), or empty.
    [[nodiscard]] QString highlightAtCaret() const;
    // Where a highlight's words are, in the viewport; null if not shown.
    [[nodiscard]] QRect highlightRect(const QString &id) const;

    // Pinyin for learners: drawn above the Chinese text when shown, and
    // in a tooltip over a Chinese word when not.
    void setPinyinConverter(std::shared_ptr<const core::PinyinConverter> converter);
    void setPinyinShown(bool shown);
    // Pinyin or Zhuyin (bopomofo) over the text, when shown.
    void setRuby(core::PinyinAnnotator::Ruby ruby);
    [[nodiscard]] core::PinyinAnnotator::Ruby ruby() const { return m_pinyin->ruby(); }
    // 一 and 不 in the pinyin as spoken (yí gè, búduàn) or as the
    // dictionary writes them.
    void setSpokenTones(bool on);
    [[nodiscard]] bool spokenTones() const { return m_pinyin->spokenTones(); }
    // Each syllable in its tone's colour, from the theme.
    void setToneColours(bool on);
    [[nodiscard]] bool toneColours() const { return m_toneColours; }
    [[nodiscard]] bool pinyinShown() const { return m_pinyinShown; }
    // The converter whose readings are over the text, or none when pinyin
    // is not shown: paper shows what the screen does.
    [[nodiscard]] std::shared_ptr<const core::PinyinConverter> shownPinyin() const;
    [[nodiscard]] core::PinyinAnnotator::Style pinyinStyle() const
    {
        return {m_pinyin->ruby(), m_pinyin->spokenTones(), m_toneColours};
    }

    // A character's paragraph as shown, for looking up its word: where the
    // block starts, its text and the character's offset in it.
    struct WordContext
    {
        int blockPosition = 0;
        QString text;
        qsizetype offset = 0;
    };
    [[nodiscard]] std::optional<WordContext> wordContextAt(int position);
    // A block's text as published: the Simplified behind Traditional
    // characters shown, else the block's own text.
    [[nodiscard]] QString sourceText(const QTextBlock &block) const;
    // The document position of the character drawn at a point of the
    // viewport (on its glyph, not past the end of its line), or -1.
    [[nodiscard]] int characterAt(const QPoint &point) const;
    // Where a run of the document's characters is, in the viewport.
    [[nodiscard]] QRect textRect(int position, int length) const;

signals:
    // A click (not a drag, not on a link) in a block's text.
    void paragraphClicked(const QString &blockId, qsizetype offset, hope::core::Language language);
    void currentSectionChanged(const QString &sectionId);
    // As the view scrolls, for whoever keeps the reader's place.
    void readingPositionChanged(const hope::core::ReadingPosition &position);
    void visibleBlocksChanged(const QStringList &blockIds);
    // A date or name in the text that stands for a milestone was clicked.
    void milestoneLinkActivated(const QString &milestoneId);
    // A "play this scene" link or a figure's still was clicked.
    void chapterLinkActivated(const QString &chapterId);
    // Ctrl+wheel: larger (+1) or smaller (-1) text, for whoever sets the size.
    void zoomRequested(int direction);
    // A click on a highlight (not a drag): to show its note.
    void highlightClicked(const QString &id);
    // The text's menu is about to open, over a highlight or not: whoever
    // owns highlights adds theirs.
    void contextMenuOpening(QMenu *menu, const QString &highlightId);
    // The pointer rested on (or clicked) a Chinese character, or a key asked
    // for the caret's: to look its word up.
    void lookupRequested(int position, bool pointer);
    // The layout shown is not the one chosen (side by side did not fit),
    // or is again.
    void shownLayoutChanged(hope::core::ReadingLayout shown);

public:
    // The focus ring's width, in pixels.
    static constexpr int kFocusRingWidth = 2;
    // Where the box round the link Tab reached is drawn, in the viewport
    // (the words, the ring drawn just outside); null if no link has it.
    [[nodiscard]] QRect focusedLinkRect() const;

    // The links of the text in reading order, as a screen reader meets
    // them: each a link object of the document, which takes the focus when
    // Tab reaches it (ArticleLinkAccessible).
    [[nodiscard]] const QList<core::LinkSpan> &links() const;
    // The link Tab reached, as an index into links(), or -1.
    [[nodiscard]] int focusedLink() const;
    // What a link does, in words: "Read about the milestone: …", "Play the
    // scene: …" (a figure's still with its picture's description).
    [[nodiscard]] QString linkDescription(int index) const;
    // Where a link's words are, in the viewport (every character: a link
    // can break across lines).
    [[nodiscard]] QRect linkRect(int index) const;
    // Does what a click on the link does.
    void activateLink(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Ctrl+Right / Ctrl+Left with caret browsing, across paragraphs.
    void moveCaretByWord(bool forward, bool select);
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // The focus ring is painted with the text (paintEvent, ArticleViewSpeech.cpp).
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // Nothing named in a bundle is ever fetched, from disk or network.
    QVariant loadResource(int type, const QUrl &name) override;
    // Copying gives the source's characters, not the forms shown.
    QMimeData *createMimeDataFromSelection() const override;

private:
    void rebuild();
    // The caret at an offset into a block's text, or at the start of the
    // text if the block is not there; the view does not scroll.
    void placeCaret(const QString &blockId, qsizetype offset);
    void updateMeasure();
    void fitImages(qreal column);
    void applyPendingPosition();
    void updateCurrentSection();
    void updateExtraSelections();
    void followLinkFocus();
    // A ring round the text while it has the keys, as every control has.
    void paintFocusRing();
    [[nodiscard]] QRectF blockRect(int blockNumber) const;
    [[nodiscard]] QList<QTextEdit::ExtraSelection> speechSelections() const;
    [[nodiscard]] QTextCursor speechRange(qsizetype start, qsizetype length) const;
    void stopFollowingSpeech();
    void followSpeech();
    void applyPinyin();
    void respaceForReadings();
    void applyToneColours();
    // The block at document height y and how far into it.
    [[nodiscard]] core::ReadingPosition positionAt(qreal y) const;
    [[nodiscard]] QList<QTextEdit::ExtraSelection> findSelections() const;
    [[nodiscard]] QStringList findSpellings(const QString &text) const;
    // The match at index selected, in the middle of the view.
    void showMatch(int index);
    // The other block of the pair at this point of the viewport, or -1.
    [[nodiscard]] int partnerAt(const QPoint &point) const;

    core::Article m_article;
    // The article as published when another script is shown, typeset in
    // the same layout (never laid out) when first asked for its text.
    std::optional<core::Article> m_published;
    mutable std::unique_ptr<QTextDocument> m_sourceDocument;
    std::function<QStringList(const QString &)> m_spellings;
    core::Typography m_typography;
    core::ReadingLayout m_layout = core::ReadingLayout::Chinese;
    core::ReadingLayout m_shown = core::ReadingLayout::Chinese;
    // Looked up on every scroll step: kept as sets and maps, so a bundle
    // with tens of thousands of blocks scrolls without quadratic work.
    core::DocumentPlaces m_places;
    core::Language m_speechLanguage = core::Language::Chinese;
    int m_hoverMark = -1;
    int m_clickMark = -1;
    int m_currentSection = -1;
    // Held until the reader scrolls, and placed again whenever the layout
    // changes, which it does in steps after a rebuild or a resize.
    std::optional<core::ReadingPosition> m_pending;
    QStringList m_visible;
    QStringList m_flashed;
    QStringList m_playing;
    QTimer *m_flashTimer = nullptr;
    // Read aloud: the block, and the sentence and word in its text.
    QString m_speechBlock;
    qsizetype m_sentenceStart = 0;
    qsizetype m_sentenceLength = 0;
    qsizetype m_wordStart = 0;
    qsizetype m_wordLength = 0;
    QPropertyAnimation *m_follow = nullptr;
    std::unique_ptr<core::PinyinAnnotator> m_pinyin;
    // The ring only where the keyboard put the focus.
    FocusVisible *m_focusVisible = nullptr;
    bool m_pinyinShown = false;
    QString m_findText;
    core::FindMatches m_matches;
    HighlightLayer m_highlights;
    int m_match = -1;
    // Ctrl+wheel turns not yet a whole notch.
    int m_wheelZoom = 0;
    bool m_toneColours = false;
    bool m_caretBrowsing = false;
    QString m_focusedLink;
    // Found again after the document changes.
    mutable std::optional<QList<core::LinkSpan>> m_links;
};

}  // namespace hope::ui
