#pragma once

#include "core/DateBasis.h"
#include "core/Language.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hope::core {

// A date known to the year, the month or the day, and never more precisely
// than the sources give it.
class PartialDate final
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    // "2019", "2018-05" or "2021-06-23"; nullopt for anything else,
    // including impossible days such as 2021-02-30.
    [[nodiscard]] static std::optional<PartialDate> parse(const QString &text);

    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int month() const { return m_month; }
    [[nodiscard]] int day() const { return m_day; }
    [[nodiscard]] Precision precision() const { return m_precision; }
    [[nodiscard]] bool isValid() const { return m_year > 0; }

    // The first and last day the date may stand for.
    [[nodiscard]] QDate first() const;
    [[nodiscard]] QDate last() const;
    // Where a marker stands on a time axis: the middle of the period.
    [[nodiscard]] QDate middle() const;
    // ISO form at its own precision: "2019", "2018-05", "2021-06-23".
    [[nodiscard]] QString toString() const;
    // For reading: "2018年5月" / "May 2018", "2021年6月23日" / "23 June 2021".
    [[nodiscard]] QString toDisplayString(Language language) const;
    // The same for a latest date: "不晚于2021年6月23日" / "by 23 June 2021".
    [[nodiscard]] QString toDisplayString(Language language, DateBound bound) const;

    friend bool operator<(const PartialDate &a, const PartialDate &b)
    {
        return a.first() < b.first() || (a.first() == b.first() && a.last() < b.last());
    }
    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day &&
               a.m_precision == b.m_precision;
    }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Year;
};

}  // namespace hope::core
