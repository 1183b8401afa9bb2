#include "core/NotesMarkdown.h"

#include "core/SafeOutputFile.h"

#include <QLocale>

#include <algorithm>

namespace hope::core {

namespace {

constexpr char kContext[] = "NotesMarkdown";

QString longDate(const QDate &date, Language language)
{
    return language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                               .toString(date, QStringLiteral("yyyy年M月d日"))
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom)
                                               .toString(date, QStringLiteral("d MMMM yyyy"));
}

// Reading order: section, block, then place in the block.
std::pair<int, qsizetype> orderOf(const Article &article, const Annotation &a)
{
    int index = 0;
    for (const ArticleSection &section : article.sections) {
        for (const ArticleBlock &block : section.blocks) {
            if (block.id == a.blockId)
                return {index, a.start};
            ++index;
        }
    }
    return {index, a.start};
}

}  // namespace

QString NotesMarkdown::citation(const Article &article, const QString &blockId, Language language)
{
    const int s = article.sectionOfBlock(blockId);
    if (s < 0)
        return {};
    const ArticleSection &section = article.sections.at(s);
    const ArticleMeta &m = article.meta;
    //: A citation under a quote: title, outlet, author, date; section, paragraph number.
    //: Written in the quote's language.
    return wordsIn(language, kContext,
                   QT_TRANSLATE_NOOP("NotesMarkdown", "— “%1”, %2, %3, %4; %5, paragraph %6"))
        .arg(m.title.in(language), m.outlet.in(language), m.author.in(language),
             longDate(m.date, language), section.numberedLabel(language))
        .arg(section.paragraphNumber(blockId));
}

QString NotesMarkdown::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (const QChar c : text) {
        // A line of its own that starts "-", "+" or "=" would be a list or
        // a heading's rule.
        if (special.contains(c) || (lineStart && (c == u'-' || c == u'+' || c == u'=')))
            out += u'\\';
        out += c;
        lineStart = c == u'\n';
    }
    return out;
}

QString NotesMarkdown::save(const QString &path, const Article &article,
                            const QList<Annotation> &items)
{
    SafeOutputFile file(path);
    if (!file.open())
        return file.errorString();
    file.writeAll(write(article, items).toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

QString NotesMarkdown::quoteWithCitation(const Article &article, const QString &text,
                                         const QString &blockId, Language language)
{
    const QString cite = citation(article, blockId, language);
    return cite.isEmpty() ? text : text + u'\n' + cite;
}

QString NotesMarkdown::write(const Article &article, const QList<Annotation> &items)
{
    QList<Annotation> ordered = items;
    std::stable_sort(ordered.begin(), ordered.end(), [&article](const auto &a, const auto &b) {
        return orderOf(article, a) < orderOf(article, b);
    });
    const Language titleLanguage =
        items.isEmpty() ? Language::Chinese : ordered.constFirst().language;
    QString out = QStringLiteral("# ") +
                  tr("Notes: %1").arg(escaped(article.meta.title.in(titleLanguage))) +
                  QStringLiteral("\n");
    int shownSection = -2;
    for (const Annotation &a : ordered) {
        const int s = article.sectionOfBlock(a.blockId);
        if (s != shownSection) {
            shownSection = s;
            out += QStringLiteral("\n## ") +
                   (s < 0 ? tr("Not in this article")
                          : escaped(article.sections.at(s).numberedLabel(a.language))) +
                   u'\n';
        }
        out += u'\n';
        const bool detached = !AnnotationAnchor::place(article, a).isShown();
        if (!a.isHighlight())
            out += tr("Bookmark: %1…").arg(escaped(a.quote)) + u'\n';
        else {
            QString quote = escaped(a.quote);
            quote.replace(u'\n', QStringLiteral("\n> "));
            out += QStringLiteral("> ") + quote + u'\n';
        }
        if (detached)
            out += QStringLiteral("\n") +
                   tr("(Detached: the article's text no longer has these words.)") + u'\n';
        if (!a.note.isEmpty())
            out += u'\n' + escaped(a.note).replace(u'\n', QStringLiteral("  \n")) + u'\n';
        const QString cite = citation(article, a.blockId, a.language);
        if (!cite.isEmpty())
            out += u'\n' + escaped(cite) + u'\n';
    }
    if (ordered.isEmpty())
        out += u'\n' + tr("No highlights, notes or bookmarks yet.") + u'\n';
    return out;
}

}  // namespace hope::core
