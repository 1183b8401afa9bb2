#pragma once

#include "core/Article.h"
#include "core/PartialDate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hope::core {

// Reads the fields of a bundle's JSON and keeps every problem with the path
// where it was found, so that one pass reports all of them rather than the
// first. Each reader returns an empty value after reporting, so callers
// carry on and find the next problem.
class BundleSchema final
{
public:
    // Limits that keep loading and typesetting near linear whatever the
    // bundle's shape (the README lists them).
    static constexpr int kMaxSections = 1000;
    static constexpr int kMaxBlocks = 20000;
    static constexpr int kMaxListEntries = 2000;   // milestones, eras, chapters
    static constexpr int kMaxTextLength = 100000;  // characters in one string
    // Mention phrases times the length of the paragraphs they are looked
    // for in, over all milestones: a fraction of a second of searching.
    static constexpr qint64 kMaxMentionWork = 256LL * 1024 * 1024;
    // Text with no place to break a line lays out in quadratic time; no
    // real word or address is this long.
    static constexpr int kMaxUnbreakableRun = 500;
    // A bundle with thousands of problems needs the first ones fixed, not
    // megabytes of the rest.
    static constexpr qsizetype kMaxErrors = 100;

    enum class Empty { Refused, Allowed };

    explicit BundleSchema(QString sourceName);

    void error(const QString &where, const QString &problem);
    [[nodiscard]] const QStringList &errors() const { return m_errors; }
    [[nodiscard]] qsizetype omitted() const { return m_omitted; }

    bool object(const QJsonObject &parent, const QString &key, const QString &path,
                QJsonObject *out);
    // An array longer than maxEntries is reported and read as empty.
    bool array(const QJsonObject &parent, const QString &key, const QString &path,
               qsizetype maxEntries, QJsonArray *out);
    // A value that is absent, of another type, too long or unbreakable is
    // reported and read as "".
    QString string(const QJsonObject &parent, const QString &key, const QString &path,
                   Empty empty = Empty::Refused);
    // {"zh": …, "en": …}, both required.
    LocalizedText text(const QJsonObject &parent, const QString &key, const QString &path,
                       Empty empty = Empty::Refused);
    // An array of non-empty strings; entries that are not are left out.
    QStringList strings(const QJsonObject &parent, const QString &key, const QString &path);
    // YYYY, YYYY-MM or YYYY-MM-DD; invalid when absent or wrong.
    PartialDate partialDate(const QJsonObject &parent, const QString &key, const QString &path);
    // mm:ss.mmm in milliseconds; -1 when absent or wrong.
    qint64 time(const QJsonObject &parent, const QString &key, const QString &path);

    // "a number", "an array": for messages.
    [[nodiscard]] static QString typeName(const QJsonValue &value);
    // The most characters between two places where a line may break; 0 for
    // a text too short to exceed kMaxUnbreakableRun, which skips the costly
    // line breaking for nearly every string.
    [[nodiscard]] static qsizetype longestUnbreakableRun(const QString &text);

private:
    QString m_source;
    QStringList m_errors;
    qsizetype m_omitted = 0;
};

}  // namespace hope::core
