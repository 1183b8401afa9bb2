#pragma once

#include "core/Article.h"
#include "core/Language.h"
#include "core/ReadingPace.h"
#include "core/ReadingPosition.h"

#include <QHash>
#include <QList>

namespace hope::core {

// What the view shows: the place at its top and at its bottom, and how far
// it is scrolled (0 at the top of the article, 1 at the end).
struct ViewSpan
{
    ReadingPosition top = ReadingPosition::start();
    ReadingPosition bottom = ReadingPosition::start();
    qreal scrolled = 0.0;
};

// How much of the article is read and how long the rest will take,
// measured in the text itself: Chinese by characters, English by words.
class ReadingProgress final
{
public:
    static constexpr double kChineseCharactersPerMinute = 300.0;
    static constexpr double kEnglishWordsPerMinute = 230.0;

    struct Estimate
    {
        int percent = 0;
        double unitsRead = 0;
        double unitsLeft = 0;
        int minutesLeft = 0;
        bool ownPace = false;
    };

    explicit ReadingProgress(ReadingPace::Clock clock = {});

    // Chinese: each Han character, and each run of Latin letters or digits,
    // is one unit. English: each word.
    [[nodiscard]] static int units(const QString &text, Language language);
    [[nodiscard]] static double usualRate(Language language);
    // Minutes at the usual rate, at least one for any text.
    [[nodiscard]] static int usualMinutes(int units, Language language);

    // Starts afresh: a new article or another language.
    void setArticle(const Article &article, Language language);
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int sectionUnits(int section) const { return m_sectionUnits.value(section); }
    // Units before a place, in reading order; 0 for a place not known.
    [[nodiscard]] double unitsBefore(const ReadingPosition &position) const;

    // What the reader has read with the view showing this: what is above
    // its top, and, as the view nears the end of the article, more and
    // more of what is on screen, all of it at the end. Feeds the pace.
    Estimate update(const ViewSpan &span);
    [[nodiscard]] Estimate estimate(const ViewSpan &span) const;
    [[nodiscard]] const ReadingPace &pace() const { return m_pace; }

private:
    // Block id -> units before it and its own units.
    QHash<QString, QPair<int, int>> m_blocks;
    QList<int> m_sectionUnits;
    int m_total = 0;
    ReadingPace m_pace;
};

}  // namespace hope::core
