#include "core/DateBasis.h"

namespace hope::core {

QString DateBasisKinds::code(DateBasisKind kind)
{
    switch (kind) {
        case DateBasisKind::Unspecified:
            return {};
        case DateBasisKind::Stated:
            return QStringLiteral("stated");
        case DateBasisKind::Derived:
            return QStringLiteral("derived");
        case DateBasisKind::Outside:
            return QStringLiteral("outside");
    }
    return {};
}

std::optional<DateBasisKind> DateBasisKinds::fromCode(const QString &code)
{
    for (const DateBasisKind kind :
         {DateBasisKind::Stated, DateBasisKind::Derived, DateBasisKind::Outside}) {
        if (DateBasisKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString DateBasisKinds::name(DateBasisKind kind)
{
    switch (kind) {
        case DateBasisKind::Unspecified:
            return {};
        case DateBasisKind::Stated:
            return tr("Date as the article gives it");
        case DateBasisKind::Derived:
            return tr("Date worked out from the article");
        case DateBasisKind::Outside:
            return tr("Date from outside the article");
    }
    return {};
}

QString DateBasisKinds::describe(DateBasisKind kind, const QString &note, const QString &source)
{
    if (kind == DateBasisKind::Unspecified)
        return {};
    QString text = name(kind);
    if (!note.isEmpty())
        text = tr("%1: %2", "date basis: kind, note").arg(text, note);
    if (!source.isEmpty())
        text = tr("%1 (source: %2)", "date basis with its source").arg(text, source);
    return text;
}

}  // namespace hope::core
