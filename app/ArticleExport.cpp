#include "app/ArticleExport.h"

#include "app/PdfFinisher.h"
#include "app/PrintDialog.h"
#include "core/ArticlePrint.h"
#include "core/ReadingSession.h"
#include "ui/EmbeddedFonts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace hope::app {

using namespace core;
using namespace ui;

ArticleExport::ArticleExport(const ReadingSession *session, QWidget *parent)
    : QObject(parent), m_session(session), m_parent(parent)
{}

Typography ArticleExport::printTypography()
{
    return EmbeddedFonts::articleFaces(18);
}

QString ArticleExport::writePdf(const QString &path, QPageSize::PageSizeId paper) const
{
    ArticlePrint print = printout();
    print.setFinisher(PdfFinisher::finisher());
    return print.writePdf(path, paper);
}

void ArticleExport::exportPdfWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export as PDF"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                             ? path
                             : path + QStringLiteral(".pdf");
    const QString error = writePdf(file, ArticlePrint::localePaper());
    if (error.isEmpty())
        emit saved(file);
    else
        warn(tr("Export as PDF"), error);
}

void ArticleExport::print()
{
    const ArticlePrint printout = this->printout();
    const PrintDialog::Result result = PrintDialog::run(
        m_parent, [&printout](QPagedPaintDevice *device) { return printout.paint(device); });
    if (result.outcome == PrintDialog::Outcome::Failed)
        warn(tr("Print"), result.error);
}

ArticlePrint ArticleExport::printout() const
{
    Typography type = printTypography();
    const bool converted = m_session->script() != core::ChineseScript::Simplified;
    if (converted) {
        type.chineseWords = [session = m_session](const QString &words) {
            return session->inScript(words);
        };
    }
    ArticlePrint print(m_session->article(), m_session->readingLayout(), type);
    if (converted)
        print.setPublished(m_session->publishedArticle(), m_session->script());
    if (m_pinyin) {
        const ShownPinyin shown = m_pinyin();
        print.setPinyin(shown.converter, shown.style);
    }
    if (m_highlights)
        print.setHighlights(m_highlights());
    print.setNotesAtEnd(m_notesAtEnd);
    return print;
}

void ArticleExport::warn(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

}  // namespace hope::app
