#include "core/Annotation.h"

#include <QUuid>

namespace hope::core {

QString highlightColourCode(HighlightColour colour)
{
    switch (colour) {
        case HighlightColour::Green:
            return QStringLiteral("green");
        case HighlightColour::Blue:
            return QStringLiteral("blue");
        case HighlightColour::Pink:
            return QStringLiteral("pink");
        case HighlightColour::Yellow:
            break;
    }
    return QStringLiteral("yellow");
}

std::optional<HighlightColour> highlightColourFromCode(const QString &code)
{
    for (const HighlightColour colour : kHighlightColours) {
        if (highlightColourCode(colour) == code)
            return colour;
    }
    return std::nullopt;
}

namespace AnnotationAnchor {

namespace {

Annotation made(Annotation::Kind kind, const QString &blockId, Language language)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.kind = kind;
    a.blockId = blockId;
    a.language = language;
    a.created = QDateTime::currentDateTimeUtc();
    // Stored to the second: a saved file read back is the same annotation.
    a.created.setTime(
        QTime(a.created.time().hour(), a.created.time().minute(), a.created.time().second()));
    return a;
}

}  // namespace

std::optional<QString> paragraphText(const Article &article, const QString &blockId,
                                     Language language)
{
    const ArticleBlock *block = article.block(blockId);
    if (!block || block->kind != BlockKind::Paragraph)
        return std::nullopt;
    QString text = block->text.in(language);
    text.remove(u'\r');
    return text;
}

std::optional<Annotation> highlight(const Article &article, const QString &blockId,
                                    Language language, qsizetype start, qsizetype length)
{
    const std::optional<QString> text = paragraphText(article, blockId, language);
    if (!text || start < 0 || length <= 0 || start > text->size() - length)
        return std::nullopt;
    // Spaces round a selection are not what was meant.
    QStringView words = QStringView(*text).mid(start, length);
    while (!words.isEmpty() && words.front().isSpace()) {
        words = words.mid(1);
        ++start;
    }
    while (!words.isEmpty() && words.back().isSpace()) words.chop(1);
    if (words.isEmpty() || words.size() > kMaxQuote)
        return std::nullopt;
    Annotation a = made(Annotation::Kind::Highlight, blockId, language);
    a.start = start;
    a.length = words.size();
    a.quote = words.toString();
    return a;
}

std::optional<Annotation> bookmark(const Article &article, const QString &blockId,
                                   Language language)
{
    const std::optional<QString> text = paragraphText(article, blockId, language);
    if (!text)
        return std::nullopt;
    Annotation a = made(Annotation::Kind::Bookmark, blockId, language);
    a.quote = text->left(kBookmarkQuote).simplified();
    return a;
}

AnchorPlace place(const Article &article, const Annotation &annotation)
{
    const std::optional<QString> text =
        paragraphText(article, annotation.blockId, annotation.language);
    if (!text)
        return {};
    if (!annotation.isHighlight())
        return {AnchorPlace::State::Attached, 0, 0};
    const qsizetype length = annotation.quote.size();
    if (length == 0)
        return {};
    if (annotation.start >= 0 && annotation.start <= text->size() - length &&
        QStringView(*text).mid(annotation.start, length) == annotation.quote)
        return {AnchorPlace::State::Attached, annotation.start, length};
    const qsizetype found = text->indexOf(annotation.quote);
    if (found < 0 || text->indexOf(annotation.quote, found + 1) >= 0)
        return {};
    return {AnchorPlace::State::Moved, found, length};
}

}  // namespace AnnotationAnchor

}  // namespace hope::core
