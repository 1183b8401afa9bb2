#pragma once

#include "core/Article.h"

#include <QCoreApplication>
#include <QUrl>

namespace hope::ui {

// What a link in the article does, in words, for a screen reader: "Read
// about the milestone: May 2018, cloud data centre", "Play the scene:
// Taiko to an empty venue". From the bundle's data, in the reading language.
class ArticleLinkNames final
{
    Q_DECLARE_TR_FUNCTIONS(hope::ui::ArticleLinkNames)

public:
    [[nodiscard]] static QString describe(const core::Article &article, core::Language language,
                                          const QUrl &link);
    // A figure's still, which is a link too: what it plays, then the
    // figure's alternative text from the bundle.
    [[nodiscard]] static QString describeStill(const core::Article &article,
                                               core::Language language, const QUrl &link,
                                               const QString &figureId);
};

}  // namespace hope::ui
