#include "ui/BundleProblemDialog.h"

#include <QLabel>

namespace hope::ui {

BundleProblemDialog::BundleProblemDialog(const QString &message, const QStringList &problems,
                                         qsizetype omitted, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Cannot Open Bundle"), QString(), QMessageBox::Ok,
                  parent)
{
    setObjectName(QStringLiteral("bundleProblemDialog"));
    setTextFormat(Qt::PlainText);
    setText(message);
    QStringList shown = problems.mid(0, kShown);
    if (const qsizetype more = problems.size() - shown.size() + omitted; more > 0)
        shown << tr("…and %n more (Show Details).", nullptr, int(more));
    setInformativeText(shown.join(u'\n'));
    // QMessageBox has no format for its informative text; its label is
    // made by setInformativeText, so set it to plain text here.
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // The details are a plain-text editor already.
    QString details = problems.join(u'\n');
    if (omitted > 0)
        details += u'\n' + tr("…and %n more, not listed.", nullptr, int(omitted));
    setDetailedText(details);
}

}  // namespace hope::ui
