#pragma once

#include "core/Language.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hope::core {

// Where a milestone's date comes from. The article gives few dates at the
// precision a timeline draws, so the card says how each one was found.
enum class DateBasisKind {
    Unspecified,  // The bundle does not say.
    Stated,       // The article gives the date at this precision.
    Derived,      // Worked out from what the article says (the note tells how).
    Outside,      // From knowledge outside the article, with its source.
};

// Whether the thing happened at the date (at its precision) or at some time
// up to it: a site "already live" when the article was written has no date
// of its own, only a latest one.
enum class DateBound { At, By };

class DateBasisKinds final
{
    Q_DECLARE_TR_FUNCTIONS(DateBasisKinds)

public:
    // The code used in bundles: "stated", "derived", "outside".
    [[nodiscard]] static QString code(DateBasisKind kind);
    [[nodiscard]] static std::optional<DateBasisKind> fromCode(const QString &code);
    // A short phrase for the card, translated for the interface.
    [[nodiscard]] static QString name(DateBasisKind kind);
    // The line the card shows: the kind, then how and where from.
    [[nodiscard]] static QString describe(DateBasisKind kind, const QString &note,
                                          const QString &source);
};

}  // namespace hope::core
