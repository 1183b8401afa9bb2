#include "core/VocabularyFile.h"

#include "core/BundleFile.h"
#include "core/JsonFileHeader.h"
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
    QString problem;
    const std::optional<QJsonObject> opened = JsonFileHeader::open(
        data, {kFormat, kVersion, kMaxBytes, tr("not a Hope Reader vocabulary file")}, &problem);
    if (!opened)
        return fail(problem);
    const QJsonObject &root = *opened;
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
