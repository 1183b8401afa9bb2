#include "core/BundleSchema.h"

#include "core/MediaTime.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace hope::core {

BundleSchema::BundleSchema(QString sourceName) : m_source(std::move(sourceName))
{}

void BundleSchema::error(const QString &where, const QString &problem)
{
    if (m_errors.size() < kMaxErrors)
        m_errors << QStringLiteral("%1: %2: %3").arg(m_source, where, problem);
    else
        ++m_omitted;
}

bool BundleSchema::object(const QJsonObject &parent, const QString &key, const QString &path,
                          QJsonObject *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
        error(path, QStringLiteral("missing object"));
        return false;
    }
    if (!v.isObject()) {
        error(path, QStringLiteral("expected an object, found %1").arg(typeName(v)));
        return false;
    }
    *out = v.toObject();
    return true;
}

bool BundleSchema::array(const QJsonObject &parent, const QString &key, const QString &path,
                         qsizetype maxEntries, QJsonArray *out)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
        error(path, QStringLiteral("missing array"));
        return false;
    }
    if (!v.isArray()) {
        error(path, QStringLiteral("expected an array, found %1").arg(typeName(v)));
        return false;
    }
    *out = v.toArray();
    if (out->size() > maxEntries) {
        error(path, QStringLiteral("has %1 entries; the most allowed is %2")
                        .arg(out->size())
                        .arg(maxEntries));
        *out = QJsonArray();
        return false;
    }
    return true;
}

QString BundleSchema::string(const QJsonObject &parent, const QString &key, const QString &path,
                             Empty empty)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined()) {
        error(path, QStringLiteral("missing string"));
        return {};
    }
    if (!v.isString()) {
        error(path, QStringLiteral("expected a string, found %1").arg(typeName(v)));
        return {};
    }
    const QString s = v.toString();
    if (empty == Empty::Refused && s.trimmed().isEmpty())
        error(path, QStringLiteral("must not be empty"));
    if (s.size() > kMaxTextLength) {
        error(path, QStringLiteral("is %1 characters long; the most a text may have is %2")
                        .arg(s.size())
                        .arg(kMaxTextLength));
        return {};
    }
    if (const qsizetype run = longestUnbreakableRun(s); run > kMaxUnbreakableRun) {
        error(path, QStringLiteral("has %1 characters in a row with no place to break a line; "
                                   "the most allowed is %2")
                        .arg(run)
                        .arg(kMaxUnbreakableRun));
        return {};
    }
    return s;
}

LocalizedText BundleSchema::text(const QJsonObject &parent, const QString &key, const QString &path,
                                 Empty empty)
{
    QJsonObject o;
    if (!object(parent, key, path, &o))
        return {};
    return {string(o, QStringLiteral("zh"), path + QStringLiteral(".zh"), empty),
            string(o, QStringLiteral("en"), path + QStringLiteral(".en"), empty)};
}

QStringList BundleSchema::strings(const QJsonObject &parent, const QString &key,
                                  const QString &path)
{
    QJsonArray array;
    if (!this->array(parent, key, path, kMaxListEntries, &array))
        return {};
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            error(path + QStringLiteral("[%1]").arg(i),
                  QStringLiteral("expected a non-empty string"));
        else
            out << array.at(i).toString();
    }
    return out;
}

PartialDate BundleSchema::partialDate(const QJsonObject &parent, const QString &key,
                                      const QString &path)
{
    const QString s = string(parent, key, path);
    if (s.isEmpty())
        return {};
    const auto date = PartialDate::parse(s);
    if (!date) {
        error(
            path,
            QStringLiteral("\"%1\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD").arg(s));
        return {};
    }
    return *date;
}

qint64 BundleSchema::time(const QJsonObject &parent, const QString &key, const QString &path)
{
    const QString s = string(parent, key, path);
    if (s.isEmpty())
        return -1;
    const auto ms = MediaTime::parse(s);
    if (!ms) {
        error(path, QStringLiteral("\"%1\" is not a time of the form mm:ss.mmm").arg(s));
        return -1;
    }
    return *ms;
}

QString BundleSchema::typeName(const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

qsizetype BundleSchema::longestUnbreakableRun(const QString &text)
{
    if (text.size() <= kMaxUnbreakableRun)
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype longest = 0;
    qsizetype previous = 0;
    for (qsizetype at = finder.toNextBoundary(); at >= 0; at = finder.toNextBoundary()) {
        longest = std::max(longest, at - previous);
        previous = at;
    }
    return longest;
}

}  // namespace hope::core
