#include "core/ArticleLinks.h"

namespace hope::core::ArticleLinks {

namespace {
constexpr QStringView kMilestone = u"milestone";
constexpr QStringView kChapter = u"chapter";
constexpr QStringView kStill = u"still";

QString link(QStringView scheme, const QString &id)
{
    return scheme.toString() + u':' + id;
}
}  // namespace

QString milestone(const QString &milestoneId)
{
    return link(kMilestone, milestoneId);
}

QString chapter(const QString &chapterId)
{
    return link(kChapter, chapterId);
}

QString still(const QString &chapterId)
{
    return link(kStill, chapterId);
}

Target parse(const QUrl &url)
{
    const QString scheme = url.scheme();
    const Kind kind = scheme == kMilestone ? Kind::Milestone
                      : scheme == kChapter ? Kind::Chapter
                      : scheme == kStill   ? Kind::Still
                                           : Kind::None;
    return kind == Kind::None ? Target{} : Target{kind, url.path()};
}

}  // namespace hope::core::ArticleLinks
