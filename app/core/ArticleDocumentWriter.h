#pragma once

#include "core/Article.h"
#include "core/ArticleDocumentBuilder.h"

#include <QHash>
#include <QTextCursor>

namespace hope::core {

// Writes one piece of the article (the title block, a heading, a
// paragraph, a figure) in one language at the cursor, and says which
// QTextBlocks it made. ArticleDocumentBuilder decides where each piece
// goes: one after another, in pairs, or side by side in a table's cells.
class ArticleDocumentWriter final
{
public:
    // How a language's text is set: on its own, or as the English that
    // follows the Chinese in an interleaved pair (set apart), or in a
    // column beside its pair (a little smaller).
    enum class Role { Alone, Companion, Column };

    // On a block that must stay on the page of what follows it (a title, a
    // byline, a heading): true.
    static constexpr int kKeepWithNextProperty = QTextFormat::UserProperty + 0x5b0;

    ArticleDocumentWriter(QTextDocument *document, const Typography &typography);

    // A bundle's text as the document holds it: its line breaks kept inside
    // the paragraph (U+2028), carriage returns gone. Whatever maps offsets
    // in the document to the bundle's text (read-aloud) uses this too.
    [[nodiscard]] static QString shownText(QString text);

    void setLanguage(Language language, Role role);
    [[nodiscard]] Language language() const { return m_language; }
    // Writes next into this (empty) block, as into a table's cell.
    void writeInto(const QTextCursor &cursor);
    [[nodiscard]] QTextCursor &cursor() { return m_cursor; }

    // Title, two bylines and the editor's note: their first blocks.
    QList<int> titleBlock(const ArticleMeta &meta);
    int heading(const ArticleSection &section);
    int ornament();
    int paragraph(const ArticleBlock &block, const Article &article);
    int figure(const ArticleBlock &block, int number, const Article &article);

    // The reader's own words in the document, in the language being set,
    // whatever the interface speaks.
    [[nodiscard]] QString words(const char *source) const;

private:
    [[nodiscard]] qreal em() const;
    [[nodiscard]] QTextBlockFormat base() const;
    [[nodiscard]] QFont sized(const QFont &font, qreal factor) const;
    [[nodiscard]] QColor ink() const;
    int beginBlock(const QTextBlockFormat &format);
    void text(const QString &text, const QFont &font, const QColor &color, bool bold = false);
    void textWithLinks(const ArticleBlock &block, const Article &article);
    void index(const Article &article);
    void playLink(const QString &chapterId);
    int paperFigure(const ArticleBlock &block, int number, const Article &article);
    void leaveFrame(QTextFrame *frame);

    QTextCursor m_cursor;
    const Typography &m_type;
    Language m_language = Language::Chinese;
    Role m_role = Role::Alone;
    TypeFaces m_faces;
    // A new document, a table's cell and the space after a frame already
    // have an empty block to write into; another would leave a blank line.
    bool m_reuseCurrent = true;
    // Which milestones name each paragraph and which chapter plays it,
    // found once per article: looked up in the lists, each paragraph cost
    // as much as the lists are long, and a bundle may have 20,000 of them.
    const Article *m_indexed = nullptr;
    QHash<QString, QList<qsizetype>> m_milestonesOf;
    QHash<QString, int> m_chapterOf;
};

}  // namespace hope::core
