#include "ui/HighlightLayer.h"

#include "core/ChineseSetting.h"

#include <QTextBlock>
#include <QTextDocument>

namespace hope::ui {

using core::Language;

QList<QTextEdit::ExtraSelection> HighlightLayer::selections(
    const QTextDocument *document, const core::DocumentPlaces &places, const QList<Language> &shown,
    const core::ReaderPalette &colours) const
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const HighlightMark &mark : m_marks) {
        const int number = places.blockOf(mark.blockId, mark.language, shown);
        if (number < 0)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = core::ChineseSetting::sourceRange(document->findBlockByNumber(number),
                                                             mark.start, mark.length);
        if (selection.cursor.isNull())
            continue;
        selection.format.setBackground(colours.highlight(mark.colour));
        if (!mark.note.isEmpty()) {
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
        }
        selections << selection;
    }
    return selections;
}

QString HighlightLayer::markAt(const QTextDocument *document, const core::DocumentPlaces &places,
                               const QList<Language> &shown, int position) const
{
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        const int number = places.blockOf(it->blockId, it->language, shown);
        if (number < 0 || document->findBlock(position).blockNumber() != number)
            continue;
        const QTextCursor words = core::ChineseSetting::sourceRange(
            document->findBlockByNumber(number), it->start, it->length);
        if (!words.isNull() && position >= words.selectionStart() &&
            position < words.selectionEnd())
            return it->id;
    }
    return {};
}

QList<TextRange> HighlightLayer::rangesOf(const QTextCursor &selection,
                                          const core::DocumentPlaces &places,
                                          const QList<Language> &shown)
{
    QList<TextRange> ranges;
    if (!selection.hasSelection() || shown.isEmpty())
        return ranges;
    const QTextDocument *document = selection.document();
    // Block number -> the paragraph id and which language it holds.
    QHash<int, std::pair<QString, Language>> paragraphs;
    for (const auto &[id, first] : places.anchors().blocks) {
        const QList<int> blocks = places.blocksOf(id);
        for (qsizetype i = 0; i < blocks.size() && i < shown.size(); ++i)
            paragraphs.insert(blocks.at(i), {id, shown.at(i)});
    }
    const int from = selection.selectionStart();
    const int to = selection.selectionEnd();
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const auto it = paragraphs.constFind(block.blockNumber());
        if (it == paragraphs.cend())
            continue;
        const int begin = std::max(from, block.position());
        const int end = std::min(to, block.position() + block.length() - 1);
        if (end <= begin)
            continue;
        // Offsets in the source's characters: the setting's additions
        // (a word joiner) do not count, full-width forms count as one.
        const QString before = core::ChineseSetting::sourceText(document, block.position(), begin);
        const QString words = core::ChineseSetting::sourceText(document, begin, end);
        ranges << TextRange{it->first, it->second, before.size(), words.size(), words};
    }
    return ranges;
}

}  // namespace hope::ui
