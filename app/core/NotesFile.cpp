#include "core/NotesFile.h"

#include "core/AnnotationSet.h"
#include "core/BundleFile.h"
#include "core/JsonFileHeader.h"
#include "core/SafeOutputFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace hope::core {

namespace {

const QString kFormat = QStringLiteral("hope-reader-notes");

QString kindCode(Annotation::Kind kind)
{
    return kind == Annotation::Kind::Bookmark ? QStringLiteral("bookmark")
                                              : QStringLiteral("highlight");
}

}  // namespace

QString NotesFile::identity(const Article &article)
{
    const ArticleMeta &m = article.meta;
    const QString key =
        QStringList{m.title.zh, m.title.en, m.outlet.zh, m.outlet.en, m.date.toString(Qt::ISODate)}
            .join(u'\n');
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString NotesFile::pathFor(const Article &article)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/notes/") + identity(article) + QStringLiteral(".json");
}

QByteArray NotesFile::toJson(const Article &article, const QList<Annotation> &items)
{
    QJsonArray list;
    for (const Annotation &a : items) {
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("kind"), kindCode(a.kind)},
                      {QStringLiteral("block"), a.blockId},
                      {QStringLiteral("language"), languageCode(a.language)},
                      {QStringLiteral("start"), qint64(a.start)},
                      {QStringLiteral("length"), qint64(a.length)},
                      {QStringLiteral("quote"), a.quote},
                      {QStringLiteral("created"), a.created.toString(Qt::ISODate)}};
        if (a.isHighlight())
            o.insert(QStringLiteral("colour"), highlightColourCode(a.colour));
        if (!a.note.isEmpty())
            o.insert(QStringLiteral("note"), a.note);
        list.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("article"),
         QJsonObject{{QStringLiteral("title"), article.meta.title.zh},
                     {QStringLiteral("date"), article.meta.date.toString(Qt::ISODate)}}},
        {QStringLiteral("items"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

NotesFile::Read NotesFile::fromJson(const QByteArray &data, const QString &source)
{
    const auto fail = [&source](const QString &problem) {
        return Read{{}, tr("%1: %2").arg(source, problem), {}};
    };
    QString problem;
    const std::optional<QJsonObject> opened = JsonFileHeader::open(
        data, {kFormat, kVersion, kMaxBytes, tr("not a Hope Reader notes file")}, &problem);
    if (!opened)
        return fail(problem);
    const QJsonObject &root = *opened;
    const QJsonValue itemsValue = root.value(QStringLiteral("items"));
    if (!itemsValue.isArray())
        return fail(tr("it has no list of items"));
    const QJsonArray list = itemsValue.toArray();
    if (list.size() > AnnotationSet::kMaxItems)
        return fail(tr("more than %1 items").arg(AnnotationSet::kMaxItems));

    Read read;
    const QJsonValue article = root.value(QStringLiteral("article"));
    if (!article.isUndefined() && !article.isObject())
        return fail(tr("\"article\" must be an object"));
    const QJsonValue title = article.toObject().value(QStringLiteral("title"));
    if (!title.isUndefined() && !title.isString())
        return fail(tr("\"article\".\"title\" must be text"));
    read.articleTitle = title.toString().left(AnnotationAnchor::kMaxQuote);
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto bad = [&fail, i](const QString &what) {
            return fail(tr("items[%1]: %2").arg(i).arg(what));
        };
        if (!list.at(i).isObject())
            return bad(tr("not an object"));
        const QJsonObject o = list.at(i).toObject();
        const auto text = [&o](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
        };
        const auto count = [&o](const char *key) -> std::optional<qsizetype> {
            const QJsonValue v = o.value(QLatin1String(key));
            const double d = v.toDouble(-1);
            // Offsets into one paragraph: bounded well below what a
            // double holds exactly.
            if (!v.isDouble() || d < 0 || d > 1e7 || d != double(qint64(d)))
                return std::nullopt;
            return qsizetype(d);
        };
        Annotation a;
        const auto id = text("id");
        if (!id || id->isEmpty() || id->size() > kMaxIdLength)
            return bad(tr("\"id\" must be text of 1 to %1 characters").arg(kMaxIdLength));
        if (ids.contains(*id))
            return bad(tr("the id \"%1\" is given twice").arg(*id));
        ids.insert(*id);
        a.id = *id;
        const auto kind = text("kind");
        if (kind == kindCode(Annotation::Kind::Highlight))
            a.kind = Annotation::Kind::Highlight;
        else if (kind == kindCode(Annotation::Kind::Bookmark))
            a.kind = Annotation::Kind::Bookmark;
        else
            return bad(tr("\"kind\" must be \"highlight\" or \"bookmark\""));
        const auto block = text("block");
        if (!block || block->isEmpty() || block->size() > kMaxIdLength)
            return bad(tr("\"block\" must be a paragraph id"));
        a.blockId = *block;
        const auto language = languageFromCode(text("language").value_or(QString()));
        if (!language)
            return bad(tr("\"language\" must be \"zh\" or \"en\""));
        a.language = *language;
        const auto start = count("start");
        const auto length = count("length");
        if (!start || !length)
            return bad(tr("\"start\" and \"length\" must be whole numbers from 0"));
        a.start = *start;
        a.length = *length;
        const auto quote = text("quote");
        if (!quote || quote->size() > AnnotationAnchor::kMaxQuote)
            return bad(tr("\"quote\" must be text of at most %1 characters")
                           .arg(AnnotationAnchor::kMaxQuote));
        a.quote = *quote;
        if (a.isHighlight() && (a.quote.isEmpty() || a.length != a.quote.size()))
            return bad(tr("a highlight's \"quote\" must be its words, \"length\" long"));
        if (a.isHighlight()) {
            const auto colour = highlightColourFromCode(text("colour").value_or(QString()));
            if (!colour)
                return bad(tr("\"colour\" must be yellow, green, blue or pink"));
            a.colour = *colour;
        }
        if (o.contains(QStringLiteral("note"))) {
            const auto note = text("note");
            if (!note || note->size() > AnnotationSet::kMaxNote)
                return bad(tr("\"note\" must be text of at most %1 characters")
                               .arg(AnnotationSet::kMaxNote));
            a.note = *note;
        }
        a.created = QDateTime::fromString(text("created").value_or(QString()), Qt::ISODate);
        if (!a.created.isValid())
            return bad(tr("\"created\" must be a date and time (ISO 8601)"));
        a.created = a.created.toUTC();
        read.items << a;
    }
    return read;
}

NotesFile::Read NotesFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (info.isSymLink())
        return {
            {}, tr("%1: a link; the reader keeps its notes in a file of its own").arg(path), {}};
    const BundleFile::Read file = BundleFile::read(path, {}, kMaxBytes);
    if (!file.ok())
        return {{}, tr("%1: it %2").arg(path, file.error), {}};
    return fromJson(file.data, path);
}

QString NotesFile::write(const QString &path, const Article &article,
                         const QList<Annotation> &items)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    SafeOutputFile file(path, SafeOutputFile::Links::Refuse);
    if (!file.open())
        return file.errorString();
    file.writeAll(toJson(article, items));
    if (!file.commit())
        return file.errorString();
    return {};
}

QString NotesFile::keepAside(const QString &path)
{
    const QString aside =
        path + QStringLiteral(".unreadable-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    return QFile::rename(path, aside) ? aside : QString();
}

}  // namespace hope::core
