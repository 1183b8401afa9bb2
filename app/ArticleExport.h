#pragma once

#include "core/ArticleDocumentBuilder.h"
#include "core/ArticlePrint.h"

#include <QObject>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace hope::core {
class PinyinConverter;
class ReadingSession;
}  // namespace hope::core

namespace hope::app {

// The article on paper: File > Print, File > Export as PDF and --export-pdf,
// always the session's article in its reading layout, in the reader's own
// faces on paper colours whatever the theme on screen.
class ArticleExport final : public QObject
{
    Q_OBJECT

public:
    // Dialogs sit on parent.
    ArticleExport(const core::ReadingSession *session, QWidget *parent);

    // The converter whose pinyin the text shows now, or none.
    // The converter of the pinyin shown (none: none) and how it is written.
    struct ShownPinyin
    {
        std::shared_ptr<const core::PinyinConverter> converter;
        core::PinyinAnnotator::Style style;
    };
    using PinyinSource = std::function<ShownPinyin()>;
    void setPinyinSource(PinyinSource source) { m_pinyin = std::move(source); }
    // The highlights the text shows, tinted on paper too.
    using HighlightSource = std::function<QList<core::HighlightMark>()>;
    void setHighlightSource(HighlightSource source) { m_highlights = std::move(source); }
    // Notes on the highlights printed after the article, or not.
    void setNotesAtEnd(bool on) { m_notesAtEnd = on; }

    // The faces on paper: the reader's serif at the print body size.
    [[nodiscard]] static core::Typography printTypography();
    // Typesets into a PDF file on this paper; an empty string, or why not.
    [[nodiscard]] QString writePdf(const QString &path, QPageSize::PageSizeId paper) const;
    // Asks where, writes, and says how it went.
    void exportPdfWithDialog();
    // The print dialog, then the printer.
    void print();

signals:
    // A PDF was written there, for the status line.
    void saved(const QString &path);

private:
    // A failure in a box that shows its text as text (a path may hold
    // anything).
    void warn(const QString &title, const QString &text);

    [[nodiscard]] core::ArticlePrint printout() const;

    const core::ReadingSession *m_session;
    QWidget *m_parent;
    PinyinSource m_pinyin;
    HighlightSource m_highlights;
    bool m_notesAtEnd = false;
};

}  // namespace hope::app
