#pragma once

#include <QMessageBox>

namespace hope::ui {

// "Cannot open bundle": what could not be opened, the first problems, and
// all of them behind "Show Details". Every part is plain text, whatever the
// bundle's strings hold: QMessageBox guesses rich text for its informative
// text and opens links from it, and a bundle's values end up in there.
class BundleProblemDialog final : public QMessageBox
{
    Q_OBJECT

public:
    // omitted: problems past those listed, counted but not kept.
    BundleProblemDialog(const QString &message, const QStringList &problems, qsizetype omitted = 0,
                        QWidget *parent = nullptr);

    // How many problems show before "Show Details".
    static constexpr int kShown = 3;
};

}  // namespace hope::ui
