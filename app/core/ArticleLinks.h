#pragma once

#include <QString>
#include <QUrl>

namespace hope::core {

// The links the document builder writes into the article and the view
// follows: written in one place and read in one place, so the two never
// disagree. Ids come from the bundle; they are checked by the loader to
// be plain ids, so a link can carry nothing else.
namespace ArticleLinks {

enum class Kind { None, Milestone, Chapter, Still };

struct Target
{
    Kind kind = Kind::None;
    QString id;
};

// A date or name that stands for a milestone.
[[nodiscard]] QString milestone(const QString &milestoneId);
// "Play this scene" and a figure's still: play the clip's chapter.
[[nodiscard]] QString chapter(const QString &chapterId);
// The image resource of a chapter's still, loaded by the view itself.
[[nodiscard]] QString still(const QString &chapterId);

[[nodiscard]] Target parse(const QUrl &url);

}  // namespace ArticleLinks

}  // namespace hope::core
