// MainWindow: the reading layout (View > Layout, the status bar's switch),
// printing and PDF export. Apart from MainWindow.cpp to keep each file short.
#include "app/MainWindow.h"

#include "app/AppSettings.h"
#include "app/LanguageController.h"
#include "app/LayoutActions.h"
#include "app/MainMenus.h"
#include "app/PrintDialog.h"
#include "app/ReadAloud.h"
#include "core/ArticlePrint.h"
#include "core/ReadingSession.h"
#include "ui/ArticleView.h"
#include "ui/EmbeddedFonts.h"
#include "ui/FindBar.h"
#include "ui/LayoutSwitch.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace hope::app {

using namespace core;
using namespace ui;

namespace {
// Long enough to read twice; then the progress line is back.
constexpr int kMessageMs = 10000;
}  // namespace

Typography MainWindow::printTypography() const
{
    Typography typography;
    typography.chinese = {EmbeddedFonts::serif(18, Language::Chinese),
                          EmbeddedFonts::serif(18, Language::Chinese)};
    typography.english = {EmbeddedFonts::serif(18, Language::English),
                          EmbeddedFonts::serif(18, Language::English)};
    return typography;
}

void MainWindow::createLayoutControls()
{
    m_layoutActions = new LayoutActions(m_menus->viewMenu());
    // After Language, in the same part of the menu.
    m_menus->viewMenu()->insertMenu(m_menus->languageMenu()->menuAction(), m_layoutActions->menu());
    connect(m_layoutActions, &LayoutActions::layoutRequested, this, [this](ReadingLayout layout) {
        m_layoutForThisRun = false;
        setReadingLayout(layout);
    });
    m_layoutSwitch = new LayoutSwitch;
    statusBar()->addPermanentWidget(m_layoutSwitch);
    statusBar()->setSizeGripEnabled(false);
    connect(m_layoutSwitch, &LayoutSwitch::layoutRequested, this, [this](ReadingLayout layout) {
        m_layoutForThisRun = false;
        setReadingLayout(layout);
        m_articleView->setFocus();
    });
    connect(m_articleView, &ArticleView::shownLayoutChanged, this,
            &MainWindow::sayWhetherSideBySideFits);
    m_layoutActions->setCurrent(m_session->readingLayout());
    m_layoutSwitch->setCurrentLayout(m_session->readingLayout());
    // Both languages are searched: say how often each has the text.
    connect(m_findBar, &FindBar::findRequested, this, [this](const QString &text) {
        if (!isBilingual(m_articleView->shownLayout()) || text.isEmpty())
            return;
        const ArticleView::MatchCounts counts = m_articleView->matchCounts(text);
        // For a while only: a message hides the progress line under it.
        statusBar()->showMessage(tr("Found %1 times in the Chinese, %2 in the English")
                                     .arg(counts.chinese)
                                     .arg(counts.english),
                                 kMessageMs);
        m_sideBySideMessage = false;
    });
}

void MainWindow::setReadingLayout(ReadingLayout layout)
{
    m_session->setReadingLayout(layout);
    // Chosen while interleaved was shown anyway: neither the session nor
    // the view has a change to tell, but the reader is to hear why.
    sayWhetherSideBySideFits();
}

void MainWindow::sayWhetherSideBySideFits()
{
    const ReadingLayout layout = m_session->readingLayout();
    const bool gaveWay =
        layout == ReadingLayout::Parallel && m_articleView->shownLayout() != layout;
    if (gaveWay)
        statusBar()->showMessage(tr("Too narrow for side by side: each paragraph is followed by "
                                    "its translation. Widen the window or put a panel away."),
                                 kMessageMs);
    else if (m_sideBySideMessage)
        statusBar()->clearMessage();
    m_sideBySideMessage = gaveWay;
}

void MainWindow::setReadingLayoutForThisRun(ReadingLayout layout)
{
    setReadingLayout(layout);
    m_layoutForThisRun = true;
}

QString MainWindow::exportPdf(const QString &path) const
{
    return ArticlePrint(m_session->article(), m_session->readingLayout(), printTypography())
        .writePdf(path);
}

void MainWindow::exportPdfWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export as PDF"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                             ? path
                             : path + QStringLiteral(".pdf");
    const QString error = exportPdf(file);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(file), 5000);
    else
        QMessageBox::warning(this, tr("Export as PDF"), error);
}

void MainWindow::print()
{
    const ArticlePrint printout(m_session->article(), m_session->readingLayout(),
                                printTypography());
    const PrintDialog::Result result = PrintDialog::run(
        this, [&printout](QPagedPaintDevice *device) { return printout.paint(device); });
    if (result.outcome == PrintDialog::Outcome::Failed)
        QMessageBox::warning(this, tr("Print"), result.error);
}

}  // namespace hope::app
