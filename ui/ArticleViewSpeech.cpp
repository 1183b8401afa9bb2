// ArticleView's part in reading aloud and in pinyin for learners: the
// sentence and word marks, following the voice, clicks that move it, and
// the pinyin drawn over the text, and the Chinese character under the
// pointer or the caret, for looking its word up.
#include "ui/ArticleView.h"

#include "core/ChineseSetting.h"
#include "core/PinyinAnnotator.h"
#include "core/WordLookup.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPropertyAnimation>
#include <QScrollBar>
#include <QTextBlock>

namespace hope::ui {

namespace {
// The band of the view the sentence read may be in without the view
// moving, as fractions of its height; when it leaves it, the view brings
// it to kSettle from the top.
constexpr qreal kBandTop = 0.12;
constexpr qreal kBandBottom = 0.82;
constexpr qreal kSettle = 0.3;
constexpr int kFollowMs = 300;
}  // namespace

ArticleView::~ArticleView() = default;

void ArticleView::setSpeechMarks(const QString &blockId, qsizetype sentenceStart,
                                 qsizetype sentenceLength, qsizetype wordStart,
                                 qsizetype wordLength)
{
    const bool newSentence = blockId != m_speechBlock || sentenceStart != m_sentenceStart ||
                             sentenceLength != m_sentenceLength;
    m_speechBlock = blockId;
    m_sentenceStart = sentenceStart;
    m_sentenceLength = sentenceLength;
    m_wordStart = wordStart;
    m_wordLength = wordLength;
    updateExtraSelections();
    if (newSentence && !blockId.isEmpty())
        followSpeech();
}

void ArticleView::stopFollowingSpeech()
{
    if (m_follow)
        m_follow->stop();
}

QTextCursor ArticleView::speechRange(qsizetype start, qsizetype length) const
{
    const QList<int> blocks = m_places.blocksOf(m_speechBlock);
    if (blocks.isEmpty() || length <= 0 || start < 0)
        return {};
    // A pair is its Chinese, then its English: the one the voice reads.
    const int number = blocks.size() == 2 && m_speechLanguage == core::Language::English
                           ? blocks.at(1)
                           : blocks.at(0);
    const QTextBlock block = document()->findBlockByNumber(number);
    // The block's text is the paragraph's as it was given (line breaks
    // aside, and the word joiner the Chinese setting adds, which
    // positionOf() steps over), so an offset in one is an offset in the other.
    const qsizetype size = block.length() - 1;
    if (!block.isValid() || start >= size)
        return {};
    const int end = block.position() + int(size);
    QTextCursor cursor(block);
    cursor.setPosition(std::min(core::ChineseSetting::positionOf(block, start), end));
    cursor.setPosition(std::min(core::ChineseSetting::positionOf(block, start + length), end),
                       QTextCursor::KeepAnchor);
    return cursor;
}

QList<QTextEdit::ExtraSelection> ArticleView::speechSelections() const
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection sentence;
    sentence.cursor = speechRange(m_sentenceStart, m_sentenceLength);
    if (sentence.cursor.isNull())
        return selections;
    sentence.format.setBackground(m_typography.colours.speakingSentence);
    selections << sentence;
    QTextEdit::ExtraSelection word;
    word.cursor = speechRange(m_wordStart, m_wordLength);
    if (!word.cursor.isNull()) {
        word.format.setBackground(m_typography.colours.speakingWord);
        selections << word;
    }
    return selections;
}

void ArticleView::followSpeech()
{
    const QTextCursor sentence = speechRange(m_sentenceStart, m_sentenceLength);
    if (sentence.isNull())
        return;
    QTextCursor start = sentence;
    start.setPosition(sentence.selectionStart());
    QTextCursor end = sentence;
    end.setPosition(sentence.selectionEnd());
    // In viewport pixels, where the view is now.
    const int top = cursorRect(start).top();
    const int bottom = cursorRect(end).bottom();
    const int height = viewport()->height();
    if (top >= height * kBandTop && bottom <= height * kBandBottom)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int target =
        std::clamp(bar->value() + top - int(height * kSettle), bar->minimum(), bar->maximum());
    // The voice, not a held place, decides where the view is now.
    m_pending.reset();
    if (!m_follow) {
        m_follow = new QPropertyAnimation(bar, "value", this);
        m_follow->setDuration(kFollowMs);
        m_follow->setEasingCurve(QEasingCurve::OutCubic);
    }
    m_follow->stop();
    m_follow->setStartValue(bar->value());
    m_follow->setEndValue(target);
    m_follow->start();
}

std::pair<QString, qsizetype> ArticleView::placeOf(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const int number = block.blockNumber();
    // Either block of a pair is the place.
    const int partner = m_places.partner(number);
    for (const auto &[id, first] : m_places.anchors().blocks) {
        if (first == number || (partner >= 0 && first == partner))
            return {id, position - block.position()};
    }
    return {};
}

std::optional<std::pair<QString, qsizetype>> ArticleView::selectionPlace() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const auto place = placeOf(cursor.selectionStart());
    if (place.first.isEmpty())
        return std::nullopt;
    return place;
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection() ||
        !anchorAt(event->position().toPoint()).isEmpty())
        return;
    const QString highlight = highlightAt(event->position().toPoint());
    if (!highlight.isEmpty())
        emit highlightClicked(highlight);
    // A click on a Chinese word looks it up, unless it showed a note.
    const int character = characterAt(event->position().toPoint());
    if (highlight.isEmpty() && character >= 0 &&
        core::WordLookup::isHan(document()->characterAt(character)))
        emit lookupRequested(character, true);
    const int position = cursorForPosition(event->position().toPoint()).position();
    const auto [id, offset] = placeOf(position);
    if (!id.isEmpty())
        emit paragraphClicked(id, offset, languageAt(position));
}

void ArticleView::setPinyinConverter(std::shared_ptr<const core::PinyinConverter> converter)
{
    m_pinyin->setConverter(std::move(converter));
    if (m_pinyinShown)
        rebuild();
}

void ArticleView::setRuby(core::PinyinAnnotator::Ruby ruby)
{
    if (ruby == m_pinyin->ruby())
        return;
    m_pinyin->setRuby(ruby);
    respaceForReadings();
}

void ArticleView::respaceForReadings()
{
    // The characters are spaced for the readings drawn over them: other
    // readings, other widths, set again where the reader is.
    if (m_pinyinShown && !m_article.sections.isEmpty()) {
        const core::ReadingPosition here = m_pending.value_or(readingPosition());
        rebuild();
        goTo(here);
    }
    viewport()->update();
}

void ArticleView::setSpokenTones(bool on)
{
    if (on == m_pinyin->spokenTones())
        return;
    m_pinyin->setSpokenTones(on);
    respaceForReadings();
}

void ArticleView::setToneColours(bool on)
{
    if (on == m_toneColours)
        return;
    m_toneColours = on;
    // Only the ink changes: nothing moves.
    applyToneColours();
    viewport()->update();
}

void ArticleView::applyToneColours()
{
    const core::ReaderPalette &p = m_typography.colours;
    m_pinyin->setToneColours(m_toneColours ? QList<QColor>{p.tone1, p.tone2, p.tone3, p.tone4}
                                           : QList<QColor>());
}

void ArticleView::setPinyinShown(bool shown)
{
    if (shown == m_pinyinShown)
        return;
    const core::ReadingPosition here = m_pending.value_or(readingPosition());
    m_pinyinShown = shown;
    if (!m_article.sections.isEmpty()) {
        rebuild();
        goTo(here);
    }
    viewport()->update();
}

std::shared_ptr<const core::PinyinConverter> ArticleView::shownPinyin() const
{
    return m_pinyinShown ? m_pinyin->converter() : nullptr;
}

void ArticleView::applyPinyin()
{
    m_pinyin->clear();
    QFont font = m_typography.faces(core::Language::English).body;
    const QFont &body = m_typography.faces(core::Language::Chinese).body;
    const int em = body.pixelSize() > 0 ? body.pixelSize() : 17;
    // At least 55 % of the Han size, the least a learner reads without
    // strain, following the zoom.
    font.setPixelSize(std::max(9, int(std::ceil(em * 0.55))));
    m_pinyin->setFont(font);
    m_pinyin->setColour(m_typography.colours.pinyin);
    applyToneColours();
    if (m_pinyinShown && m_pinyin->hasConverter())
        m_pinyin->makeRoom(document());
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_pinyinShown && m_pinyin->hasConverter()) {
        QPainter painter(viewport());
        const qreal dx = horizontalScrollBar()->value();
        const qreal dy = verticalScrollBar()->value();
        painter.translate(-dx, -dy);
        m_pinyin->paint(&painter, document(), dy, dy + viewport()->height());
    }
    paintFocusRing();
}

int ArticleView::characterAt(const QPoint &point) const
{
    const QTextCursor at = cursorForPosition(point);
    // Only over the character itself, not past the end of its line.
    for (const int position : {at.position(), at.position() - 1}) {
        if (position < 0)
            continue;
        QTextCursor c(document());
        c.setPosition(position);
        const QRect before = cursorRect(c);
        if (!c.movePosition(QTextCursor::NextCharacter))
            continue;
        const QRect after = cursorRect(c);
        const QRect glyph(QPoint(std::min(before.left(), after.left()), before.top()),
                          QPoint(std::max(before.left(), after.left()), before.bottom()));
        if (glyph.contains(point))
            return position;
    }
    return -1;
}

QRect ArticleView::textRect(int position, int length) const
{
    QRect rect;
    QTextCursor c(document());
    for (int i = position; i <= position + length; ++i) {
        c.setPosition(std::clamp(i, 0, document()->characterCount() - 1));
        rect = rect.united(cursorRect(c));
    }
    return rect;
}

std::optional<ArticleView::WordContext> ArticleView::wordContextAt(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || position >= block.position() + block.length() - 1)
        return std::nullopt;
    WordContext context;
    context.blockPosition = block.position();
    context.text = sourceText(block);
    context.offset = position - block.position();
    return context;
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = characterAt(help->pos());
        if (position >= 0 && core::WordLookup::isHan(document()->characterAt(position))) {
            emit lookupRequested(position, true);
            return true;
        }
    }
    return QTextBrowser::viewportEvent(event);
}

}  // namespace hope::ui
