#include "ui/ArticleView.h"

#include "core/ArticleLinks.h"
#include "core/BundleFile.h"
#include "core/SectionLocator.h"
#include "ui/LazyImageHandler.h"
#include "ui/PinyinAnnotator.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace hope::ui {

using namespace core;

namespace {
// A comfortable measure: 36 characters of Chinese a line; English, with
// narrower letters, reads best a little shorter.
constexpr qreal kMeasureEmChinese = 36.0;
constexpr qreal kMeasureEmEnglish = 34.0;
constexpr int kMinSideMargin = 24;
// Long enough to find the paragraphs, short enough not to linger.
constexpr int kFlashMs = 2500;
}  // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent), m_flashTimer(new QTimer(this)), m_pinyin(new PinyinAnnotator)
{
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
    connect(bar, &QScrollBar::valueChanged, this, [this] { updateCurrentSection(); });
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const ArticleLinks::Target target = ArticleLinks::parse(url);
        if (target.kind == ArticleLinks::Kind::Milestone)
            emit milestoneLinkActivated(target.id);
        else if (target.kind == ArticleLinks::Kind::Chapter)
            emit chapterLinkActivated(target.id);
    });
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

void ArticleView::setArticle(const Article &article, Language language)
{
    m_article = article;
    m_language = language;
    m_currentSection = -1;
    m_pending.reset();
    rebuild();
    goTo({ReadingPosition::startId(), 0.0});
}

void ArticleView::setLanguage(Language language)
{
    if (language == m_language)
        return;
    const ReadingPosition here = m_pending.value_or(readingPosition());
    m_language = language;
    rebuild();
    goTo(here);
}

void ArticleView::rebuild()
{
    m_anchors = ArticleDocumentBuilder::build(document(), m_article, m_language, m_typography);
    // A search goes on in the new text, with none of its matches selected.
    m_matches = FindMatches(document(), m_findText);
    m_match = -1;
    m_anchorIndex.clear();
    for (int i = 0; i < m_anchors.blocks.size(); ++i)
        m_anchorIndex.insert(m_anchors.blocks.at(i).first, i);
    m_sectionIds.clear();
    for (const ArticleSection &section : std::as_const(m_article.sections))
        m_sectionIds.insert(section.id);
    applyPinyin();
    updateMeasure();
    updateExtraSelections();
}

QStringList ArticleView::visibleBlockIds() const
{
    const qreal top = verticalScrollBar()->value();
    const qreal bottom = top + viewport()->height();
    // Blocks are in reading order, so their rectangles go down the page:
    // find the first one that reaches into view, then walk to the last.
    const auto &blocks = m_anchors.blocks;
    auto it = std::partition_point(blocks.cbegin(), blocks.cend(), [this, top](const auto &b) {
        return blockRect(b.second).bottom() <= top;
    });
    QStringList ids;
    for (; it != blocks.cend(); ++it) {
        const QRectF r = blockRect(it->second);
        if (r.top() >= bottom)
            break;
        if (it->first.startsWith(u'_') || m_sectionIds.contains(it->first))
            continue;
        ids << it->first;
    }
    return ids;
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

void ArticleView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[id, number] : m_anchors.blocks) {
        const bool flashed = m_flashed.contains(id);
        if (!flashed && !m_playing.contains(id))
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document()->findBlockByNumber(number));
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        // A jump's landing glows warm for a moment; the scene playing is a
        // quiet cool tint for as long as it plays.
        selection.format.setBackground(flashed ? m_typography.colours.flash
                                               : m_typography.colours.playing);
        selections << selection;
    }
    selections << speechSelections();
    selections << findSelections();
    setExtraSelections(selections);
}

void ArticleView::updateMeasure()
{
    const QFont &body = m_typography.faces(m_language).body;
    const qreal em = body.pixelSize() > 0 ? body.pixelSize() : 17;
    const int available = viewport()->width();
    const qreal measureEm = m_language == Language::Chinese ? kMeasureEmChinese : kMeasureEmEnglish;
    const qreal measure = std::min<qreal>(measureEm * em, available - 2 * kMinSideMargin);
    const qreal side = std::max<qreal>(kMinSideMargin, (available - measure) / 2.0);
    QTextFrameFormat root = document()->rootFrame()->frameFormat();
    if (qFuzzyCompare(root.leftMargin(), side) && qFuzzyCompare(root.rightMargin(), side)) {
        fitImages(available - 2 * side);
        return;
    }
    root.setLeftMargin(side);
    root.setRightMargin(side);
    root.setTopMargin(em);
    root.setBottomMargin(em * 3);
    document()->rootFrame()->setFrameFormat(root);
    fitImages(available - 2 * side);
}

void ArticleView::fitImages(qreal column)
{
    // A still is set at a size in ems; zoomed far in on a narrow window it
    // would be wider than the column and the text would scroll sideways.
    // Each keeps the size it was set at, and is shrunk to fit when needed.
    constexpr int kDesignedWidth = QTextFormat::UserProperty + 1;
    constexpr int kDesignedHeight = QTextFormat::UserProperty + 2;
    // Room for the figure frame's padding and border round the picture.
    const qreal em = std::max(1, m_typography.faces(m_language).body.pixelSize());
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
    applyPendingPosition();
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    // A read-only view has no text cursor to move: every reading key
    // scrolls, the same with or without Ctrl.
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    QScrollBar *bar = verticalScrollBar();
    const bool plain = mods == Qt::NoModifier || mods == Qt::ControlModifier;
    std::optional<QAbstractSlider::SliderAction> action;
    switch (event->key()) {
        case Qt::Key_Home:
            action = plain ? std::optional(QAbstractSlider::SliderToMinimum) : std::nullopt;
            break;
        case Qt::Key_End:
            action = plain ? std::optional(QAbstractSlider::SliderToMaximum) : std::nullopt;
            break;
        case Qt::Key_PageUp:
            action = mods == Qt::NoModifier ? std::optional(QAbstractSlider::SliderPageStepSub)
                                            : std::nullopt;
            break;
        case Qt::Key_PageDown:
            action = mods == Qt::NoModifier ? std::optional(QAbstractSlider::SliderPageStepAdd)
                                            : std::nullopt;
            break;
        case Qt::Key_Space:
            if (mods == Qt::NoModifier)
                action = QAbstractSlider::SliderPageStepAdd;
            else if (mods == Qt::ShiftModifier)
                action = QAbstractSlider::SliderPageStepSub;
            break;
        case Qt::Key_Up:
            action = mods == Qt::NoModifier ? std::optional(QAbstractSlider::SliderSingleStepSub)
                                            : std::nullopt;
            break;
        case Qt::Key_Down:
            action = mods == Qt::NoModifier ? std::optional(QAbstractSlider::SliderSingleStepAdd)
                                            : std::nullopt;
            break;
        default:
            break;
    }
    if (action) {
        bar->triggerAction(*action);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
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

QRectF ArticleView::blockRect(int blockNumber) const
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    return block.isValid() ? document()->documentLayout()->blockBoundingRect(block) : QRectF();
}

qreal ArticleView::sectionTop(int index) const
{
    if (index < 0 || index >= m_anchors.sectionBlocks.size())
        return 0.0;
    // The lead starts with the title, at the very top.
    return index == 0 ? 0.0 : blockRect(m_anchors.sectionBlocks.at(index)).top();
}

qreal ArticleView::blockTop(const QString &blockId) const
{
    const auto it = m_anchorIndex.constFind(blockId);
    if (it == m_anchorIndex.cend())
        return -1.0;
    return blockId == ReadingPosition::startId() ? 0.0
                                                 : blockRect(m_anchors.blocks.at(*it).second).top();
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
    ReadingPosition position{ReadingPosition::startId(), 0.0};
    const auto &blocks = m_anchors.blocks;
    if (blocks.isEmpty())
        return position;
    // The last block that starts at or above the top of the view.
    const auto after =
        std::partition_point(blocks.cbegin(), blocks.cend(), [this, y](const auto &b) {
            return b.first == ReadingPosition::startId() || blockRect(b.second).top() <= y + 0.5;
        });
    const auto &[id, number] = *std::prev(after == blocks.cbegin() ? std::next(after) : after);
    const QRectF r = id == ReadingPosition::startId() ? QRectF(0, 0, 1, blockRect(number).bottom())
                                                      : blockRect(number);
    position.blockId = id;
    position.fraction = r.height() > 0 ? std::clamp((y - r.top()) / r.height(), 0.0, 1.0) : 0;
    return position;
}

void ArticleView::goTo(const ReadingPosition &position)
{
    // A place this article does not have (a stale saved position, a
    // history entry of another bundle) leaves the view where it is meant
    // to be, not wherever the text widget's own scrolling ends up.
    if (!m_anchorIndex.isEmpty() && !m_anchorIndex.contains(position.blockId))
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
    const auto found = m_anchorIndex.constFind(m_pending->blockId);
    if (found == m_anchorIndex.cend()) {
        m_pending.reset();
        return;
    }
    const auto it = m_anchors.blocks.cbegin() + *found;
    const QRectF r = blockRect(it->second);
    const qreal y =
        it->first == ReadingPosition::startId() ? 0.0 : r.top() + m_pending->fraction * r.height();
    verticalScrollBar()->setValue(SectionLocator::scrollValueFor(y));
}

void ArticleView::updateCurrentSection()
{
    QList<qreal> tops;
    tops.reserve(m_anchors.sectionBlocks.size());
    for (int i = 0; i < m_anchors.sectionBlocks.size(); ++i) tops << sectionTop(i);
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
