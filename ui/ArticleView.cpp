#include "ui/ArticleView.h"

#include "core/ArticleKeyMap.h"
#include "core/ArticleLinks.h"
#include "core/BundleFile.h"
#include "core/ChineseSetting.h"
#include "core/LayoutMeasure.h"
#include "core/PinyinAnnotator.h"
#include "core/ReadingSession.h"
#include "core/SectionLocator.h"
#include "ui/ArticleAccessible.h"
#include "ui/ArticleLinkNames.h"
#include "ui/FocusVisible.h"
#include "ui/LazyImageHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace hope::ui {

using namespace core;

namespace {
// Long enough to find the paragraphs, short enough not to linger.
constexpr int kFlashMs = 2500;
}  // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent),
      m_flashTimer(new QTimer(this)),
      m_pinyin(new PinyinAnnotator),
      m_focusVisible(new FocusVisible(this))
{
    m_pinyin->setSourceText([this](const QTextBlock &block) { return sourceText(block); });
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(ArticleAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                            Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    document()->documentLayout()->registerHandler(QTextFormat::ImageObject,
                                                  new LazyImageHandler(this));

    QScrollBar *bar = verticalScrollBar();
    // Only the reader's own scrolling lets go of a held position: the
    // text layout also moves the value while it settles.
    connect(bar, &QScrollBar::actionTriggered, this, [this] { m_pending.reset(); });
    connect(bar, &QScrollBar::valueChanged, this, [this] {
        updateCurrentSection();
        // Scrolling moves the pixels, the ring with them: paint it again.
        if (hasFocus())
            viewport()->update();
    });
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const ArticleLinks::Target target = ArticleLinks::parse(url);
        if (target.kind == ArticleLinks::Kind::Milestone)
            emit milestoneLinkActivated(target.id);
        else if (target.kind == ArticleLinks::Kind::Chapter)
            emit chapterLinkActivated(target.id);
    });
    // Tab selects the next link's text: say what the link does.
    connect(this, &QTextEdit::selectionChanged, this, &ArticleView::followLinkFocus);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(kFlashMs);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_flashed.clear();
        updateExtraSelections();
    });
    // The layout completes in steps after a rebuild or resize; a held
    // position is placed again each time the scroll range grows.
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        applyPendingPosition();
        updateCurrentSection();
    });
}

void ArticleView::setTypography(const Typography &typography)
{
    m_typography = typography;
    QPalette p = palette();
    p.setColor(QPalette::Base, typography.colours.paper);
    p.setColor(QPalette::Text, typography.colours.ink);
    setPalette(p);
    if (m_article.sections.isEmpty())
        return;
    // A new size or theme re-typesets the text: the paragraph being read
    // stays where it was.
    const ReadingPosition here = m_pending.value_or(readingPosition());
    rebuild();
    goTo(here);
}

void ArticleView::follow(const core::ReadingSession *session)
{
    using core::ReadingSession;
    connect(session, &ReadingSession::articleChanged, this, [this, session] {
        setArticle(session->article(), session->language());
        if (session->script() != core::ChineseScript::Simplified)
            m_published = session->publishedArticle();
        setReadingLayout(session->readingLayout());
    });
    connect(session, &ReadingSession::scriptChanged, this, [this, session] {
        // The reader's own words in the text (a byline) follow the script.
        if (session->script() == core::ChineseScript::Simplified)
            m_typography.chineseWords = {};
        else
            m_typography.chineseWords = [session](const QString &words) {
                return session->inScript(words);
            };
        setArticleText(session->article(), session->publishedArticle());
    });
    setFindSpellings([session](const QString &text) { return session->spellings(text); });
    connect(session, &ReadingSession::readingLayoutChanged, this, &ArticleView::setReadingLayout);
    connect(session, &ReadingSession::navigationRequested, this,
            [this](const core::ReadingPosition &to, const QStringList &marked) {
                moveCaretTo(to.blockId);
                goTo(to);
                if (!marked.isEmpty())
                    flashBlocks(marked);
            });
    connect(session, &ReadingSession::playingChapterChanged, this,
            [this, session] { setPlayingBlocks(session->playingBlocks()); });
    setReadingLayout(session->readingLayout());
}

void ArticleView::setArticle(const Article &article, Language language)
{
    m_article = article;
    m_published.reset();
    m_layout = singleLayout(language);
    m_currentSection = -1;
    m_pending.reset();
    rebuild();
    goTo({ReadingPosition::startId(), 0.0});
}

void ArticleView::setArticleText(const Article &shown, const Article &published)
{
    m_article = shown;
    m_published = published;
    if (m_article.sections.isEmpty())
        return;
    const ReadingPosition here = m_pending.value_or(readingPosition());
    rebuild();
    goTo(here);
}

void ArticleView::setFindSpellings(std::function<QStringList(const QString &)> spellings)
{
    m_spellings = std::move(spellings);
}

QStringList ArticleView::findSpellings(const QString &text) const
{
    return m_spellings ? m_spellings(text) : QStringList{text};
}

QString ArticleView::sourceText(const QTextBlock &block) const
{
    if (!m_published)
        return block.text();
    if (!m_sourceDocument) {
        m_sourceDocument = std::make_unique<QTextDocument>();
        ArticleDocumentBuilder::build(m_sourceDocument.get(), *m_published, m_shown, m_typography);
    }
    const QTextBlock source = m_sourceDocument->findBlockByNumber(block.blockNumber());
    // Aligned by construction; a block that is not (nothing known makes
    // one) is read as shown rather than misread.
    return source.isValid() && source.length() == block.length() ? source.text() : block.text();
}

void ArticleView::setLanguage(Language language)
{
    setReadingLayout(singleLayout(language));
}

Language ArticleView::language() const
{
    return languagesOf(m_shown).first();
}

void ArticleView::rebuild()
{
    const ReadingLayout before = m_shown;
    // Until it is shown the view has no width of its own to fit.
    const QFont &body = m_typography.chinese.body;
    m_shown = isVisible() ? LayoutMeasure::fit(m_layout, viewport()->width(),
                                               body.pixelSize() > 0 ? body.pixelSize() : 17)
                                .layout
                          : m_layout;
    // Nothing may point into the old text while it is replaced: marks and
    // a scroll in flight are set again from the new one.
    setExtraSelections({});
    stopFollowingSpeech();
    // The caret keeps its place in the text; the builder's insertions would
    // leave it wherever they pushed it (at the start, inside the editor's
    // note, where a screen reader then began to read).
    const auto [caretBlock, caretOffset] = placeOf(textCursor().position());
    DocumentAnchors anchors =
        ArticleDocumentBuilder::build(document(), m_article, m_shown, m_typography);
    m_sourceDocument.reset();
    m_links.reset();
    m_focusedLink.clear();
    // A search goes on in the new text, with none of its matches selected.
    m_matches = FindMatches(document(), findSpellings(m_findText));
    m_match = -1;
    QSet<QString> sectionIds;
    for (const ArticleSection &section : std::as_const(m_article.sections))
        sectionIds.insert(section.id);
    m_places = DocumentPlaces(document(), std::move(anchors), sectionIds);
    placeCaret(caretBlock, caretOffset);
    m_hoverMark = -1;
    m_clickMark = -1;
    applyPinyin();
    updateMeasure();
    updateExtraSelections();
    if (m_shown != before)
        emit shownLayoutChanged(m_shown);
}

QStringList ArticleView::visibleBlockIds() const
{
    const qreal top = verticalScrollBar()->value();
    return m_places.visibleIds(top, top + viewport()->height());
}

void ArticleView::flashBlocks(const QStringList &blockIds)
{
    m_flashed = blockIds;
    updateExtraSelections();
    m_flashTimer->start();
}

void ArticleView::setPlayingBlocks(const QStringList &blockIds)
{
    if (blockIds == m_playing)
        return;
    m_playing = blockIds;
    updateExtraSelections();
}

void ArticleView::setCaretBrowsing(bool on)
{
    m_caretBrowsing = on;
    Qt::TextInteractionFlags flags =
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard;
    if (on)
        flags |= Qt::TextSelectableByKeyboard;
    setTextInteractionFlags(flags);
}

void ArticleView::moveCaretTo(const QString &blockId)
{
    if (!m_places.blocksOf(blockId).isEmpty())
        placeCaret(blockId, 0);
}

void ArticleView::placeCaret(const QString &blockId, qsizetype offset)
{
    const QList<int> blocks = m_places.blocksOf(blockId);
    const QTextBlock block =
        blocks.isEmpty() ? QTextBlock() : document()->findBlockByNumber(blocks.first());
    QTextCursor cursor(document());
    if (block.isValid())
        cursor.setPosition(block.position() + int(std::min<qsizetype>(offset, block.length() - 1)));
    // The view is placed by the jump itself; only the caret moves here.
    const int scroll = verticalScrollBar()->value();
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

Language ArticleView::languageAt(int position) const
{
    // In a bilingual layout each block is one language or the other.
    const QList<Language> shown = languagesOf(m_shown);
    if (shown.size() < 2)
        return shown.first();
    const int block = document()->findBlock(position).blockNumber();
    return m_places.isEnglishOfPair(block) ? Language::English : shown.first();
}

void ArticleView::followLinkFocus()
{
    const int index = focusedLink();
    // Two links may go to the same place (a still and its "play" link):
    // each is a stop of its own.
    const QString link =
        index < 0 ? QString()
                  : QString::number(links().at(index).start) + u' ' + links().at(index).href;
    if (link == m_focusedLink)
        return;
    const bool wasOnLink = !m_focusedLink.isEmpty();
    m_focusedLink = link;
    if (!hasFocus() || (index < 0 && !wasOnLink))
        return;
    // The link object takes the focus, as in a browser, and a screen
    // reader says its words and "link"; off the links, the document again.
    QAccessibleEvent event(this, QAccessible::Focus);
    if (index >= 0)
        event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

const QList<core::LinkSpan> &ArticleView::links() const
{
    if (!m_links)
        m_links = core::LinkSpans::scan(*document());
    return *m_links;
}

int ArticleView::focusedLink() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return -1;
    const int index = core::LinkSpans::indexAt(links(), cursor.selectionStart());
    if (index < 0 || links().at(index).start != cursor.selectionStart() ||
        links().at(index).end != cursor.selectionEnd())
        return -1;
    return index;
}

QString ArticleView::linkDescription(int index) const
{
    if (index < 0 || index >= links().size())
        return {};
    const core::LinkSpan &link = links().at(index);
    QTextCursor at(document());
    at.setPosition(link.start + 1);
    const Language language = languageAt(link.start);
    if (at.charFormat().isImageFormat()) {
        // The still of a figure: its block (or its Chinese partner's) is
        // the figure's place.
        const int number = at.block().blockNumber();
        const int partner = m_places.partner(number);
        for (const auto &[id, blockNumber] : std::as_const(m_places.anchors().blocks)) {
            if (blockNumber == number || (partner >= 0 && blockNumber == partner))
                return ArticleLinkNames::describeStill(m_article, language, QUrl(link.href), id);
        }
    }
    return ArticleLinkNames::describe(m_article, language, QUrl(link.href));
}

QRect ArticleView::linkRect(int index) const
{
    if (index < 0 || index >= links().size())
        return {};
    QRect box;
    QTextCursor at(document());
    for (int position = links().at(index).start; position <= links().at(index).end; ++position) {
        at.setPosition(position);
        box |= cursorRect(at);
    }
    return box;
}

void ArticleView::activateLink(int index)
{
    if (index < 0 || index >= links().size())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(links().at(index).start);
    cursor.setPosition(links().at(index).end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    emit anchorClicked(QUrl(links().at(index).href));
}

void ArticleView::setHighlights(QList<core::HighlightMark> marks)
{
    m_highlights.setMarks(std::move(marks));
    updateExtraSelections();
}

QList<TextRange> ArticleView::selectedRanges() const
{
    return HighlightLayer::rangesOf(textCursor(), m_places, languagesOf(m_shown));
}

QString ArticleView::highlightAt(const QPoint &point) const
{
    const int position = document()->documentLayout()->hitTest(
        QPointF(point) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value()),
        Qt::ExactHit);
    if (position < 0)
        return {};
    return m_highlights.markAt(document(), m_places, languagesOf(m_shown), position);
}

QString ArticleView::highlightAtCaret() const
{
    return m_highlights.markAt(document(), m_places, languagesOf(m_shown), textCursor().position());
}

QRect ArticleView::highlightRect(const QString &id) const
{
    for (const core::HighlightMark &mark : m_highlights.marks()) {
        if (mark.id != id)
            continue;
        const int number = m_places.blockOf(mark.blockId, mark.language, languagesOf(m_shown));
        const QTextCursor words =
            number < 0 ? QTextCursor()
                       : core::ChineseSetting::sourceRange(document()->findBlockByNumber(number),
                                                           mark.start, mark.length);
        if (words.isNull())
            return {};
        QTextCursor start(words);
        start.setPosition(words.selectionStart());
        QTextCursor end(words);
        end.setPosition(words.selectionEnd());
        return cursorRect(start).united(cursorRect(end));
    }
    return {};
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    // The menu key opens it on the caret's highlight.
    const QString highlight = event->reason() == QContextMenuEvent::Mouse
                                  ? highlightAt(event->pos())
                                  : highlightAtCaret();
    emit contextMenuOpening(menu.get(), highlight);
    menu->exec(event->globalPos());
}

void ArticleView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto tint = [this, &selections](int number, const QColor &colour) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document()->findBlockByNumber(number));
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setBackground(colour);
        selections << selection;
    };
    // A jump's landing glows warm for a moment; the scene playing is a
    // quiet cool tint for as long as it plays. Both languages of a pair.
    for (const QString &id : m_playing)
        if (!m_flashed.contains(id))
            for (const int number : m_places.blocksOf(id))
                tint(number, m_typography.colours.playing);
    for (const QString &id : m_flashed)
        for (const int number : m_places.blocksOf(id)) tint(number, m_typography.colours.flash);
    if (markedBlock() >= 0)
        tint(markedBlock(), m_typography.colours.pairTint());
    // Under the voice's marks and a find's: those are where the reader is now.
    selections << m_highlights.selections(document(), m_places, core::languagesOf(m_shown),
                                          m_typography.colours);
    selections << speechSelections();
    selections << findSelections();
    setExtraSelections(selections);
}

void ArticleView::updateMeasure()
{
    const QFont &body = m_typography.chinese.body;
    const qreal em = body.pixelSize() > 0 ? body.pixelSize() : 17;
    const LayoutMeasure::Result fit = LayoutMeasure::fit(m_layout, viewport()->width(), em);
    if (isVisible() && fit.layout != m_shown && !m_article.sections.isEmpty()) {
        rebuild();
        return;
    }
    const qreal side = fit.sideMargin;
    // Side by side, a still stands in the Chinese column.
    const qreal column = m_shown == ReadingLayout::Parallel
                             ? fit.measure * LayoutMeasure::kChineseColumnPercent / 100.0 -
                                   LayoutMeasure::kColumnGapEm * em / 2
                             : fit.measure;
    QTextFrameFormat root = document()->rootFrame()->frameFormat();
    // Above the title, room for its readings when pinyin is shown.
    const qreal top = em + (m_pinyinShown ? m_pinyin->rootRoom() : 0.0);
    if (qFuzzyCompare(root.leftMargin(), side) && qFuzzyCompare(root.rightMargin(), side) &&
        qFuzzyCompare(root.topMargin(), top)) {
        fitImages(column);
        return;
    }
    root.setLeftMargin(side);
    root.setRightMargin(side);
    root.setTopMargin(top);
    root.setBottomMargin(em * 3);
    document()->rootFrame()->setFrameFormat(root);
    fitImages(column);
}

void ArticleView::fitImages(qreal column)
{
    // A still is set at a size in ems; zoomed far in on a narrow window it
    // would be wider than the column and the text would scroll sideways.
    // Each keeps the size it was set at, and is shrunk to fit when needed.
    constexpr int kDesignedWidth = QTextFormat::UserProperty + 1;
    constexpr int kDesignedHeight = QTextFormat::UserProperty + 2;
    // Room for the figure frame's padding and border round the picture.
    const qreal em = std::max(1, m_typography.faces(language()).body.pixelSize());
    const qreal room = std::max<qreal>(32.0, column - 2.5 * em);
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat current = fragment.charFormat().toImageFormat();
            QTextImageFormat image = current;
            if (!current.hasProperty(kDesignedWidth)) {
                image.setProperty(kDesignedWidth, current.width());
                image.setProperty(kDesignedHeight, current.height());
            }
            const qreal width = image.doubleProperty(kDesignedWidth);
            const qreal height = image.doubleProperty(kDesignedHeight);
            const qreal scale = width > room && width > 0 ? room / width : 1.0;
            if (current.hasProperty(kDesignedWidth) &&
                qFuzzyCompare(current.width(), width * scale))
                continue;
            image.setWidth(width * scale);
            image.setHeight(height * scale);
            changes.append({fragment.position(), fragment.length(), image});
        }
    }
    // Applied once the walk is over: a new format can merge fragments.
    for (const Change &change : std::as_const(changes)) {
        QTextCursor cursor(document());
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    const ReadingPosition here = m_pending.value_or(readingPosition());
    {
        QTextBrowser::resizeEvent(event);
        updateMeasure();
    }
    goTo(here);
}

void ArticleView::showEvent(QShowEvent *event)
{
    // QTextEdit scrolls its text cursor into view when first shown; the
    // reading position, not a cursor, decides what the reader sees.
    QTextBrowser::showEvent(event);
    const ReadingPosition here = m_pending.value_or(readingPosition());
    updateMeasure();
    goTo(here);
}

QRect ArticleView::focusedLinkRect() const
{
    return hasFocus() ? linkRect(focusedLink()) : QRect();
}

void ArticleView::paintFocusRing()
{
    // The link Tab reached: Qt's own mark is a 1-px dotted line, hard to
    // see; this is the ring's colour and width round the words.
    if (const QRect link = focusedLinkRect(); link.isValid()) {
        QPainter p(viewport());
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(m_typography.colours.focusRing, kFocusRingWidth));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(link).adjusted(-3, -1, 3, 1), 3, 3);
    }
    if (!m_focusVisible->shown())
        return;
    QPainter p(viewport());
    p.setPen(QPen(m_typography.colours.focusRing, kFocusRingWidth));
    p.setBrush(Qt::NoBrush);
    const qreal inset = kFocusRingWidth / 2.0;
    p.drawRect(QRectF(viewport()->rect()).adjusted(inset, inset, -inset, -inset));
}

void ArticleView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    viewport()->update();
}

void ArticleView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    viewport()->update();
}

bool ArticleView::focusNextPrevChild(bool next)
{
    // Tab moves from link to link inside the text before it leaves it.
    // Qt starts from the top (or the end) unless a link is selected; after
    // a jump, or with the caret placed, the next link is the one after the
    // caret, so Qt is given the character beside it to go on from.
    // A caret scrolled out of sight is not where the reader is: the top of
    // the view is (its bottom, going back), as a browser goes on from what
    // it shows.
    const QTextCursor caret = textCursor();
    const bool inView = viewport()->rect().intersects(cursorRect(caret));
    const int at = inView ? caret.position()
                   : next ? cursorForPosition(QPoint(0, 0)).position()
                          : cursorForPosition(viewport()->rect().bottomRight()).position();
    const int end = document()->characterCount() - 1;
    if (!caret.hasSelection() && (next ? at > 0 : at < end)) {
        QTextCursor from(document());
        from.setPosition(next ? at - 1 : at + 1);
        from.setPosition(at, QTextCursor::KeepAnchor);
        setTextCursor(from);
    }
    const bool moved = QTextBrowser::focusNextPrevChild(next);
    if (!moved && !caret.hasSelection())
        setTextCursor(caret);
    // The link's box reaches past what Qt repaints for its own mark.
    viewport()->update();
    followLinkFocus();
    return moved;
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    using core::ArticleCommand;
    const std::optional<ArticleCommand> command =
        core::ArticleKeyMap::command(event->key(), event->modifiers(), m_caretBrowsing);
    if (command == ArticleCommand::NextWord || command == ArticleCommand::PreviousWord) {
        m_pending.reset();
        moveCaretByWord(command == ArticleCommand::NextWord,
                        event->modifiers() & Qt::ShiftModifier);
        event->accept();
        return;
    }
    if (command == ArticleCommand::MoveCaret) {
        // The text widget's own keys move the caret; the view follows it.
        m_pending.reset();
        QTextBrowser::keyPressEvent(event);
        return;
    }
    if (!command) {
        QTextBrowser::keyPressEvent(event);
        return;
    }
    QAbstractSlider::SliderAction action = QAbstractSlider::SliderNoAction;
    switch (*command) {
        case ArticleCommand::ToStart:
            action = QAbstractSlider::SliderToMinimum;
            break;
        case ArticleCommand::ToEnd:
            action = QAbstractSlider::SliderToMaximum;
            break;
        case ArticleCommand::ScreenUp:
            action = QAbstractSlider::SliderPageStepSub;
            break;
        case ArticleCommand::ScreenDown:
            action = QAbstractSlider::SliderPageStepAdd;
            break;
        case ArticleCommand::LineUp:
            action = QAbstractSlider::SliderSingleStepSub;
            break;
        case ArticleCommand::LineDown:
            action = QAbstractSlider::SliderSingleStepAdd;
            break;
        case ArticleCommand::MoveCaret:
        case ArticleCommand::NextWord:
        case ArticleCommand::PreviousWord:
            break;
    }
    verticalScrollBar()->triggerAction(action);
    event->accept();
}

core::WordBreaks ArticleView::wordBreaksAt(int position)
{
    const QTextBlock block = document()->findBlock(position);
    return core::WordBreaks(block.text(),
                            block.isValid() ? m_pinyin->words(block) : QList<core::PinyinWord>());
}

void ArticleView::moveCaretByWord(bool forward, bool select)
{
    QTextCursor cursor = textCursor();
    QTextBlock block = document()->findBlock(cursor.position());
    qsizetype inBlock = cursor.position() - block.position();
    int target = forward ? document()->characterCount() - 1 : 0;
    // Within the paragraph, else on to the first (or last) word of the next
    // paragraph that has one, as the text's own word move does.
    while (block.isValid()) {
        const core::WordBreaks words = wordBreaksAt(block.position());
        const qsizetype at =
            forward ? words.nextWordStart(inBlock) : words.previousWordStart(inBlock);
        if (at >= 0) {
            target = block.position() + int(at);
            break;
        }
        block = forward ? block.next() : block.previous();
        inBlock = forward ? -1 : block.length();
    }
    cursor.setPosition(target, select ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    // QTextEdit would scale its own fonts and lose the reader's size; the
    // window sets the size, for the whole reader at once.
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelZoom += event->angleDelta().y();
        // A notch is 120; a touchpad sends many small steps for one.
        while (std::abs(m_wheelZoom) >= 120) {
            const int direction = m_wheelZoom > 0 ? 1 : -1;
            m_wheelZoom -= direction * 120;
            emit zoomRequested(direction);
        }
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

QVariant ArticleView::loadResource(int type, const QUrl &name)
{
    // Only the clip's stills, named by the reader itself (never by bundle
    // text), from the bundle's own folder.
    const ArticleLinks::Target target = ArticleLinks::parse(name);
    if (type == QTextDocument::ImageResource && target.kind == ArticleLinks::Kind::Still) {
        const int chapter = m_article.clip.chapterIndex(target.id);
        if (chapter >= 0) {
            const BundleFile::Read read =
                BundleFile::read(m_article.clip.chapters.at(chapter).stillPath,
                                 m_article.clip.folder, BundleFile::kMaxImageBytes);
            const QImage image = read.ok() ? QImage::fromData(read.data) : QImage();
            if (!image.isNull())
                return image;
        }
        // A missing still leaves a quiet empty place, not a broken icon.
        QImage blank(16, 9, QImage::Format_RGB32);
        blank.fill(m_typography.colours.figurePaper);
        return blank;
    }
    return {};
}

qreal ArticleView::sectionTop(int index) const
{
    return m_places.sectionTop(index);
}

qreal ArticleView::blockTop(const QString &blockId) const
{
    return m_places.contains(blockId) ? m_places.rectOf(blockId).top() : -1.0;
}

ReadingPosition ArticleView::readingPosition() const
{
    return positionAt(verticalScrollBar()->value());
}

ViewSpan ArticleView::viewSpan() const
{
    const QScrollBar *bar = verticalScrollBar();
    ViewSpan span;
    span.top = positionAt(bar->value());
    span.bottom = positionAt(bar->value() + viewport()->height());
    span.scrolled = bar->maximum() > 0 ? qreal(bar->value()) / bar->maximum() : 1.0;
    return span;
}

ReadingPosition ArticleView::positionAt(qreal y) const
{
    return m_places.positionAt(y);
}

void ArticleView::goTo(const ReadingPosition &position)
{
    // A place this article does not have (a stale saved position, a
    // history entry of another bundle) leaves the view where it is meant
    // to be, not wherever the text widget's own scrolling ends up.
    if (!m_places.isEmpty() && !m_places.contains(position.blockId))
        return;
    m_pending = position;
    applyPendingPosition();
}

void ArticleView::scrollToSection(int index)
{
    if (index < 0 || index >= m_article.sections.size())
        return;
    goTo({index == 0 ? ReadingPosition::startId() : m_article.sections.at(index).id, 0.0});
}

void ArticleView::applyPendingPosition()
{
    if (!m_pending)
        return;
    const std::optional<qreal> y = m_places.yOf(*m_pending);
    if (!y) {
        m_pending.reset();
        return;
    }
    verticalScrollBar()->setValue(SectionLocator::scrollValueFor(*y));
}

void ArticleView::updateCurrentSection()
{
    QList<qreal> tops;
    tops.reserve(sectionCount());
    for (int i = 0; i < sectionCount(); ++i) tops << sectionTop(i);
    const QScrollBar *bar = verticalScrollBar();
    const int section =
        SectionLocator(tops).sectionAt(bar->value(), viewport()->height(), bar->maximum());
    if (section != m_currentSection) {
        m_currentSection = section;
        emit currentSectionChanged(m_article.sections.value(section).id);
    }
    emit readingPositionChanged(readingPosition());
    const QStringList visible = visibleBlockIds();
    if (visible != m_visible) {
        m_visible = visible;
        emit visibleBlocksChanged(visible);
    }
}

}  // namespace hope::ui
