#include "core/VocabularyFile.h"

#include "core/BundleFile.h"
#include "core/JsonStrictScan.h"
#include "core/NotesFile.h"
#include "core/SafeOutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace hope::core {

namespace {
const QString kFormat = QStringLiteral("hope-reader-vocabulary");
}

QString VocabularyFile::pathFor(const Article &article)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/vocabulary/") + NotesFile::identity(article) + QStringLiteral(".json");
}

QByteArray VocabularyFile::toJson(const Article &article, const QList<VocabularyWord> &words)
{
    QJsonArray list;
    for (const VocabularyWord &w : words) {
        list.append(QJsonObject{{QStringLiteral("word"), w.word},
                                {QStringLiteral("pinyin"), w.pinyin},
                                {QStringLiteral("meaning"), w.meaning},
                                {QStringLiteral("sentence"), w.sentence},
                                {QStringLiteral("block"), w.blockId},
                                {QStringLiteral("added"), w.added.toString(Qt::ISODate)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("article"),
         QJsonObject{{QStringLiteral("title"), article.meta.title.zh},
                     {QStringLiteral("date"), article.meta.date.toString(Qt::ISODate)}}},
        {QStringLiteral("words"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

VocabularyFile::Read VocabularyFile::fromJson(const QByteArray &data, const QString &source)
{
    const auto fail = [&source](const QString &problem) {
        return Read{{}, tr("%1: %2").arg(source, problem)};
    };
    if (data.size() > kMaxBytes)
        return fail(tr("larger than %1 MiB").arg(kMaxBytes / (1024 * 1024)));
    if (const auto problem = JsonStrictScan::scan(data))
        return fail(tr("line %1, column %2: %3")
                        .arg(problem->line)
                        .arg(problem->column)
                        .arg(problem->what));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("not a Hope Reader vocabulary file"));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kVersion)
        return fail(
            tr("version %1 is not one this reader knows").arg(version.toVariant().toString()));
    const QJsonValue wordsValue = root.value(QStringLiteral("words"));
    if (!wordsValue.isArray())
        return fail(tr("it has no list of words"));
    const QJsonArray list = wordsValue.toArray();
    if (list.size() > kMaxWords)
        return fail(tr("more than %1 words").arg(kMaxWords));
    Read read;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto bad = [&fail, i](const QString &what) {
            return fail(tr("words[%1]: %2").arg(i).arg(what));
        };
        if (!list.at(i).isObject())
            return bad(tr("not an object"));
        const QJsonObject o = list.at(i).toObject();
        VocabularyWord w;
        const std::pair<const char *, QString *> fields[] = {{"word", &w.word},
                                                             {"pinyin", &w.pinyin},
                                                             {"meaning", &w.meaning},
                                                             {"sentence", &w.sentence},
                                                             {"block", &w.blockId}};
        for (const auto &[key, field] : fields) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isString() || v.toString().size() > kMaxField)
                return bad(tr("\"%1\" must be text of at most %2 characters")
                               .arg(QLatin1String(key))
                               .arg(kMaxField));
            *field = v.toString();
        }
        if (w.word.trimmed().isEmpty())
            return bad(tr("\"word\" is empty"));
        const QJsonValue added = o.value(QStringLiteral("added"));
        w.added = QDateTime::fromString(added.toString(), Qt::ISODate);
        if (!added.isString() || !w.added.isValid())
            return bad(tr("\"added\" must be a date and time"));
        read.words.append(std::move(w));
    }
    return read;
}

VocabularyFile::Read VocabularyFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (info.isSymLink())
        return {{},
                tr("%1: a link; the reader keeps its vocabulary in a file of its own").arg(path)};
    const BundleFile::Read file = BundleFile::read(path, {}, kMaxBytes);
    if (!file.ok())
        return {{}, tr("%1: it %2").arg(path, file.error)};
    return fromJson(file.data, path);
}

QString VocabularyFile::write(const QString &path, const Article &article,
                              const QList<VocabularyWord> &words)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    SafeOutputFile file(path, SafeOutputFile::Links::Refuse);
    if (!file.open())
        return file.errorString();
    file.writeAll(toJson(article, words));
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace hope::core
