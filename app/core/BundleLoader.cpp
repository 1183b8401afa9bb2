#include "core/BundleLoader.h"

#include "core/BundleFile.h"
#include "core/JsonStrictScan.h"
#include "core/MediaTime.h"
#include "core/MilestoneCategory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <cmath>

namespace hope::core {

namespace {

// The most characters between two places where a line may break.
qsizetype longestUnbreakableRun(const QString &text)
{
    if (text.size() <= BundleLoader::kMaxUnbreakableRun)
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

// Walks the JSON tree, remembering every problem with the path where it
// was found, so that one pass reports all of them rather than the first.
class Validator
{
public:
    explicit Validator(QString sourceName) : m_source(std::move(sourceName)) {}

    void error(const QString &where, const QString &problem)
    {
        // A bundle with thousands of problems needs the first ones fixed,
        // not megabytes of the rest.
        if (m_errors.size() < kMaxErrors)
            m_errors << QStringLiteral("%1: %2: %3").arg(m_source, where, problem);
        else
            ++m_more;
    }

    [[nodiscard]] const QStringList &errors() const { return m_errors; }
    [[nodiscard]] qsizetype omitted() const { return m_more; }

    static constexpr qsizetype kMaxErrors = 100;

    bool requireObject(const QJsonObject &parent, const QString &key, const QString &path,
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

    bool requireArray(const QJsonObject &parent, const QString &key, const QString &path,
                      QJsonArray *out)
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
        const qsizetype limit = key == u"blocks"     ? BundleLoader::kMaxBlocks
                                : key == u"sections" ? BundleLoader::kMaxSections
                                                     : BundleLoader::kMaxListEntries;
        if (out->size() > limit) {
            error(path, QStringLiteral("has %1 entries; the most allowed is %2")
                            .arg(out->size())
                            .arg(limit));
            *out = QJsonArray();
            return false;
        }
        return true;
    }

    QString requireString(const QJsonObject &parent, const QString &key, const QString &path,
                          bool allowEmpty)
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
        if (!allowEmpty && s.trimmed().isEmpty())
            error(path, QStringLiteral("must not be empty"));
        if (s.size() > BundleLoader::kMaxTextLength) {
            error(path, QStringLiteral("is %1 characters long; the most a text may have is %2")
                            .arg(s.size())
                            .arg(BundleLoader::kMaxTextLength));
            return {};
        }
        if (const qsizetype run = longestUnbreakableRun(s);
            run > BundleLoader::kMaxUnbreakableRun) {
            error(path, QStringLiteral("has %1 characters in a row with no place to break a line; "
                                       "the most allowed is %2")
                            .arg(run)
                            .arg(BundleLoader::kMaxUnbreakableRun));
            return {};
        }
        return s;
    }

    LocalizedText requireText(const QJsonObject &parent, const QString &key, const QString &path,
                              bool allowEmpty = false)
    {
        QJsonObject o;
        if (!requireObject(parent, key, path, &o))
            return {};
        return {requireString(o, QStringLiteral("zh"), path + QStringLiteral(".zh"), allowEmpty),
                requireString(o, QStringLiteral("en"), path + QStringLiteral(".en"), allowEmpty)};
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
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

private:
    QString m_source;
    QStringList m_errors;
    qsizetype m_more = 0;
};

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(id).hasMatch();
}

ArticleMeta readMeta(Validator &v, const QJsonObject &root)
{
    ArticleMeta meta;
    QJsonObject m;
    if (!v.requireObject(root, QStringLiteral("meta"), QStringLiteral("meta"), &m))
        return meta;
    meta.title = v.requireText(m, QStringLiteral("title"), QStringLiteral("meta.title"));
    meta.outlet = v.requireText(m, QStringLiteral("outlet"), QStringLiteral("meta.outlet"));
    const QString date =
        v.requireString(m, QStringLiteral("date"), QStringLiteral("meta.date"), false);
    if (!date.isEmpty()) {
        meta.date = QDate::fromString(date, Qt::ISODate);
        if (!meta.date.isValid() || date.size() != 10)
            v.error(QStringLiteral("meta.date"),
                    QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD").arg(date));
    }
    meta.originalPublisher = v.requireText(m, QStringLiteral("originalPublisher"),
                                           QStringLiteral("meta.originalPublisher"));
    meta.author = v.requireText(m, QStringLiteral("author"), QStringLiteral("meta.author"));
    meta.editor = v.requireText(m, QStringLiteral("editor"), QStringLiteral("meta.editor"));
    meta.editorsNote =
        v.requireText(m, QStringLiteral("editorsNote"), QStringLiteral("meta.editorsNote"));
    return meta;
}

ArticleBlock readBlock(Validator &v, const QJsonValue &value, const QString &path,
                       QSet<QString> &blockIds)
{
    ArticleBlock block;
    if (!value.isObject()) {
        v.error(path,
                QStringLiteral("expected an object, found %1").arg(Validator::typeName(value)));
        return block;
    }
    const QJsonObject o = value.toObject();
    block.id = v.requireString(o, QStringLiteral("id"), path + QStringLiteral(".id"), false);
    if (!block.id.isEmpty()) {
        if (!isValidId(block.id))
            v.error(path + QStringLiteral(".id"),
                    QStringLiteral("\"%1\" is not a valid id (lower-case letters, digits, '-')")
                        .arg(block.id));
        else if (blockIds.contains(block.id))
            v.error(path + QStringLiteral(".id"),
                    QStringLiteral("duplicate block id \"%1\"").arg(block.id));
        blockIds.insert(block.id);
    }
    const QString type =
        v.requireString(o, QStringLiteral("type"), path + QStringLiteral(".type"), false);
    if (type == u"paragraph") {
        block.kind = BlockKind::Paragraph;
        block.text = v.requireText(o, QStringLiteral("text"), path + QStringLiteral(".text"));
    } else if (type == u"figure") {
        block.kind = BlockKind::Figure;
        block.text = v.requireText(o, QStringLiteral("alt"), path + QStringLiteral(".alt"), true);
    } else if (!type.isEmpty()) {
        v.error(
            path + QStringLiteral(".type"),
            QStringLiteral("unknown block type \"%1\" (expected paragraph or figure)").arg(type));
    }
    return block;
}

QList<ArticleSection> readSections(Validator &v, const QJsonObject &root)
{
    QList<ArticleSection> sections;
    QJsonArray array;
    if (!v.requireArray(root, QStringLiteral("sections"), QStringLiteral("sections"), &array))
        return sections;
    if (array.isEmpty())
        v.error(QStringLiteral("sections"), QStringLiteral("the article has no sections"));

    QSet<QString> sectionIds;
    QSet<QString> blockIds;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            v.error(path,
                    QStringLiteral("expected an object, found %1").arg(Validator::typeName(value)));
            continue;
        }
        const QJsonObject o = value.toObject();
        ArticleSection section;
        section.id = v.requireString(o, QStringLiteral("id"), path + QStringLiteral(".id"), false);
        if (!section.id.isEmpty()) {
            if (!isValidId(section.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" is not a valid id").arg(section.id));
            else if (sectionIds.contains(section.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("duplicate section id \"%1\"").arg(section.id));
            sectionIds.insert(section.id);
        }
        section.number =
            v.requireString(o, QStringLiteral("number"), path + QStringLiteral(".number"), true);
        section.label = v.requireText(o, QStringLiteral("label"), path + QStringLiteral(".label"));
        // Only numbered parts carry a printed heading.
        section.heading =
            v.requireText(o, QStringLiteral("heading"), path + QStringLiteral(".heading"),
                          section.number.isEmpty());
        QJsonArray blocks;
        if (v.requireArray(o, QStringLiteral("blocks"), path + QStringLiteral(".blocks"),
                           &blocks)) {
            bool hasParagraph = false;
            for (qsizetype j = 0; j < blocks.size(); ++j) {
                ArticleBlock block = readBlock(
                    v, blocks.at(j), path + QStringLiteral(".blocks[%1]").arg(j), blockIds);
                hasParagraph = hasParagraph || block.kind == BlockKind::Paragraph;
                section.blocks << block;
            }
            if (!hasParagraph)
                v.error(
                    path + QStringLiteral(".blocks"),
                    QStringLiteral("section \"%1\" is empty: it has no paragraph").arg(section.id));
        }
        sections << section;
    }
    if (blockIds.size() > BundleLoader::kMaxBlocks)
        v.error(QStringLiteral("sections"),
                QStringLiteral("%1 blocks in all; the most an article may have is %2")
                    .arg(blockIds.size())
                    .arg(BundleLoader::kMaxBlocks));
    // Section and block ids share the anchor space of the article view.
    for (const QString &id : std::as_const(sectionIds)) {
        if (blockIds.contains(id))
            v.error(QStringLiteral("sections"),
                    QStringLiteral("id \"%1\" names both a section and a block").arg(id));
    }
    return sections;
}

PartialDate readDate(Validator &v, const QJsonObject &o, const QString &key, const QString &path)
{
    const QString text = v.requireString(o, key, path, false);
    if (text.isEmpty())
        return {};
    const auto date = PartialDate::parse(text);
    if (!date) {
        v.error(path, QStringLiteral("\"%1\" is not a date of the form YYYY, YYYY-MM or "
                                     "YYYY-MM-DD")
                          .arg(text));
        return {};
    }
    return *date;
}

QStringList readStrings(Validator &v, const QJsonObject &o, const QString &key, const QString &path)
{
    QJsonArray array;
    if (!v.requireArray(o, key, path, &array))
        return {};
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            v.error(path + QStringLiteral("[%1]").arg(i),
                    QStringLiteral("expected a non-empty string"));
        else
            out << array.at(i).toString();
    }
    return out;
}

QList<Milestone> readMilestones(Validator &v, const QJsonObject &root, const Article &article)
{
    QList<Milestone> milestones;
    QJsonArray array;
    if (!v.requireArray(root, QStringLiteral("milestones"), QStringLiteral("milestones"), &array))
        return milestones;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("milestones[%1]").arg(i);
        if (!array.at(i).isObject()) {
            v.error(path, QStringLiteral("expected an object, found %1")
                              .arg(Validator::typeName(array.at(i))));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        Milestone m;
        m.id = v.requireString(o, QStringLiteral("id"), path + QStringLiteral(".id"), false);
        if (!m.id.isEmpty()) {
            if (!isValidId(m.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" is not a valid id").arg(m.id));
            else if (ids.contains(m.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("duplicate milestone id \"%1\"").arg(m.id));
            ids.insert(m.id);
        }
        m.date = readDate(v, o, QStringLiteral("date"), path + QStringLiteral(".date"));
        const QString category = v.requireString(o, QStringLiteral("category"),
                                                 path + QStringLiteral(".category"), false);
        if (const auto c = MilestoneCategories::fromCode(category))
            m.category = *c;
        else if (!category.isEmpty())
            v.error(path + QStringLiteral(".category"),
                    QStringLiteral("unknown category \"%1\" (expected partnership, games, cloud, "
                                   "commerce, technology or film)")
                        .arg(category));
        m.label = v.requireText(o, QStringLiteral("label"), path + QStringLiteral(".label"));
        m.title = v.requireText(o, QStringLiteral("title"), path + QStringLiteral(".title"));
        m.description =
            v.requireText(o, QStringLiteral("description"), path + QStringLiteral(".description"));
        m.paragraphIds =
            readStrings(v, o, QStringLiteral("paragraphs"), path + QStringLiteral(".paragraphs"));
        if (m.paragraphIds.isEmpty() && o.value(QStringLiteral("paragraphs")).isArray())
            v.error(path + QStringLiteral(".paragraphs"),
                    QStringLiteral("milestone \"%1\" links to no paragraph").arg(m.id));
        QStringList zhTexts;
        QStringList enTexts;
        for (const QString &pid : std::as_const(m.paragraphIds)) {
            const ArticleBlock *b = article.block(pid);
            if (!b || b->kind != BlockKind::Paragraph) {
                v.error(path + QStringLiteral(".paragraphs"),
                        QStringLiteral("links to \"%1\", which is not a paragraph of the article")
                            .arg(pid));
                continue;
            }
            zhTexts << b->text.zh;
            enTexts << b->text.en;
        }
        if (o.contains(QStringLiteral("mentions"))) {
            QJsonObject mentions;
            if (v.requireObject(o, QStringLiteral("mentions"), path + QStringLiteral(".mentions"),
                                &mentions)) {
                m.mentionsZh = readStrings(v, mentions, QStringLiteral("zh"),
                                           path + QStringLiteral(".mentions.zh"));
                m.mentionsEn = readStrings(v, mentions, QStringLiteral("en"),
                                           path + QStringLiteral(".mentions.en"));
                const auto check = [&](const QStringList &phrases, const QStringList &texts,
                                       const char *lang) {
                    for (const QString &phrase : phrases) {
                        if (!texts.join(u'\n').contains(phrase))
                            v.error(
                                path + QStringLiteral(".mentions.") + QLatin1String(lang),
                                QStringLiteral("\"%1\" is in none of its paragraphs").arg(phrase));
                    }
                };
                check(m.mentionsZh, zhTexts, "zh");
                check(m.mentionsEn, enTexts, "en");
            }
        }
        milestones << m;
    }
    // In the order their markers stand on a time axis, the middle of each
    // date's period, so moving through them goes left to right.
    std::stable_sort(
        milestones.begin(), milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.date.middle() < b.date.middle(); });
    return milestones;
}

QList<Era> readEras(Validator &v, const QJsonObject &root)
{
    QList<Era> eras;
    if (!root.contains(QStringLiteral("eras")))
        return eras;
    QJsonArray array;
    if (!v.requireArray(root, QStringLiteral("eras"), QStringLiteral("eras"), &array))
        return eras;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("eras[%1]").arg(i);
        if (!array.at(i).isObject()) {
            v.error(path, QStringLiteral("expected an object"));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        Era e;
        e.id = v.requireString(o, QStringLiteral("id"), path + QStringLiteral(".id"), false);
        if (!e.id.isEmpty()) {
            if (!isValidId(e.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" is not a valid id").arg(e.id));
            else if (ids.contains(e.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("duplicate era id \"%1\"").arg(e.id));
            ids.insert(e.id);
        }
        e.label = v.requireText(o, QStringLiteral("label"), path + QStringLiteral(".label"));
        e.start = readDate(v, o, QStringLiteral("start"), path + QStringLiteral(".start"));
        e.end = readDate(v, o, QStringLiteral("end"), path + QStringLiteral(".end"));
        if (e.start.isValid() && e.end.isValid() && e.end.last() < e.start.first())
            v.error(path + QStringLiteral(".end"), QStringLiteral("ends before it starts"));
        eras << e;
    }
    return eras;
}

// A path inside the bundle's folder: relative, and never climbing out.
QString readRelativePath(Validator &v, const QJsonObject &o, const QString &key,
                         const QString &path, const QString &baseDir)
{
    const QString rel = v.requireString(o, key, path, false);
    if (rel.isEmpty())
        return {};
    const QString unified = QString(rel).replace(u'\\', u'/');
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (unified.startsWith(u'/') || unified.startsWith(u':') || scheme.match(unified).hasMatch() ||
        QDir::isAbsolutePath(rel)) {
        v.error(path,
                QStringLiteral("\"%1\" is an absolute path or a URL; a bundle names its files "
                               "relative to its own folder")
                    .arg(rel));
        return {};
    }
    if (unified.split(u'/').contains(QStringLiteral(".."))) {
        v.error(path, QStringLiteral("\"%1\" leads outside the bundle's folder").arg(rel));
        return {};
    }
    return QDir::cleanPath(baseDir + u'/' + unified);
}

qint64 readTime(Validator &v, const QJsonObject &o, const QString &key, const QString &path)
{
    const QString text = v.requireString(o, key, path, false);
    if (text.isEmpty())
        return -1;
    const auto ms = MediaTime::parse(text);
    if (!ms) {
        v.error(path, QStringLiteral("\"%1\" is not a time of the form mm:ss.mmm").arg(text));
        return -1;
    }
    return *ms;
}

CaptionTrack readCaptions(Validator &v, const QString &file, const QString &path,
                          const QString &baseDir)
{
    if (file.isEmpty())
        return {};
    const BundleFile::Read read = BundleFile::read(file, baseDir, BundleFile::kMaxCaptionBytes);
    if (!read.ok()) {
        v.error(path, QStringLiteral("%1: %2").arg(file, read.error));
        return {};
    }
    const CaptionTrack::ParseResult parsed = CaptionTrack::parse(QString::fromUtf8(read.data));
    for (const QString &e : parsed.errors) v.error(path, QStringLiteral("%1: %2").arg(file, e));
    return parsed.track;
}

// A media file the bundle names: if it is there, it must be a regular file
// inside the folder (a link out of it is refused); if it is not, the panel
// says so when it is played.
void checkMedia(Validator &v, const QString &file, const QString &path, const QString &baseDir,
                qint64 maxBytes)
{
    if (file.isEmpty() || baseDir.startsWith(u':'))
        return;
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return;
    const QString problem = BundleFile::check(file, baseDir, maxBytes);
    if (!problem.isEmpty())
        v.error(path, QStringLiteral("%1: %2").arg(file, problem));
}

ClipInfo readClip(Validator &v, const QJsonObject &root, const Article &article,
                  const QString &baseDir)
{
    ClipInfo clip;
    if (!root.contains(QStringLiteral("clip")))
        return clip;
    QJsonObject o;
    if (!v.requireObject(root, QStringLiteral("clip"), QStringLiteral("clip"), &o))
        return clip;
    clip.folder = baseDir;
    clip.sourcePath =
        readRelativePath(v, o, QStringLiteral("source"), QStringLiteral("clip.source"), baseDir);
    checkMedia(v, clip.sourcePath, QStringLiteral("clip.source"), baseDir,
               BundleFile::kMaxClipBytes);
    clip.posterPath =
        readRelativePath(v, o, QStringLiteral("poster"), QStringLiteral("clip.poster"), baseDir);
    checkMedia(v, clip.posterPath, QStringLiteral("clip.poster"), baseDir,
               BundleFile::kMaxImageBytes);
    clip.durationMs = readTime(v, o, QStringLiteral("duration"), QStringLiteral("clip.duration"));
    if (clip.durationMs == 0)
        v.error(QStringLiteral("clip.duration"),
                QStringLiteral("a clip cannot last no time at all"));
    clip.title = v.requireText(o, QStringLiteral("title"), QStringLiteral("clip.title"));
    clip.description =
        v.requireText(o, QStringLiteral("description"), QStringLiteral("clip.description"));
    QJsonObject captions;
    if (v.requireObject(o, QStringLiteral("captions"), QStringLiteral("clip.captions"),
                        &captions)) {
        clip.captionsZh =
            readCaptions(v,
                         readRelativePath(v, captions, QStringLiteral("zh"),
                                          QStringLiteral("clip.captions.zh"), baseDir),
                         QStringLiteral("clip.captions.zh"), baseDir);
        clip.captionsEn =
            readCaptions(v,
                         readRelativePath(v, captions, QStringLiteral("en"),
                                          QStringLiteral("clip.captions.en"), baseDir),
                         QStringLiteral("clip.captions.en"), baseDir);
    }
    QJsonArray chapters;
    if (!v.requireArray(o, QStringLiteral("chapters"), QStringLiteral("clip.chapters"), &chapters))
        return clip;
    QSet<QString> ids;
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const QString path = QStringLiteral("clip.chapters[%1]").arg(i);
        if (!chapters.at(i).isObject()) {
            v.error(path, QStringLiteral("expected an object"));
            continue;
        }
        const QJsonObject c = chapters.at(i).toObject();
        ClipChapter chapter;
        chapter.id = v.requireString(c, QStringLiteral("id"), path + QStringLiteral(".id"), false);
        if (!chapter.id.isEmpty()) {
            if (!isValidId(chapter.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("\"%1\" is not a valid id").arg(chapter.id));
            else if (ids.contains(chapter.id))
                v.error(path + QStringLiteral(".id"),
                        QStringLiteral("duplicate chapter id \"%1\"").arg(chapter.id));
            ids.insert(chapter.id);
        }
        chapter.startMs = readTime(v, c, QStringLiteral("start"), path + QStringLiteral(".start"));
        if (clip.durationMs > 0 && chapter.startMs >= clip.durationMs)
            v.error(path + QStringLiteral(".start"), QStringLiteral("starts after the clip ends"));
        if (!clip.chapters.isEmpty() && chapter.startMs >= 0 &&
            chapter.startMs <= clip.chapters.last().startMs)
            v.error(path + QStringLiteral(".start"),
                    QStringLiteral("chapters must start one after another"));
        chapter.title = v.requireText(c, QStringLiteral("title"), path + QStringLiteral(".title"));
        chapter.paragraphIds =
            readStrings(v, c, QStringLiteral("paragraphs"), path + QStringLiteral(".paragraphs"));
        for (const QString &pid : std::as_const(chapter.paragraphIds)) {
            const ArticleBlock *b = article.block(pid);
            if (!b || b->kind != BlockKind::Paragraph)
                v.error(path + QStringLiteral(".paragraphs"),
                        QStringLiteral("links to \"%1\", which is not a paragraph of the article")
                            .arg(pid));
        }
        if (c.contains(QStringLiteral("figures"))) {
            chapter.figureIds =
                readStrings(v, c, QStringLiteral("figures"), path + QStringLiteral(".figures"));
            for (const QString &fid : std::as_const(chapter.figureIds)) {
                const ArticleBlock *b = article.block(fid);
                if (!b || b->kind != BlockKind::Figure)
                    v.error(path + QStringLiteral(".figures"),
                            QStringLiteral("links to \"%1\", which is not a figure of the article")
                                .arg(fid));
            }
        }
        if (c.contains(QStringLiteral("still"))) {
            chapter.stillPath = readRelativePath(v, c, QStringLiteral("still"),
                                                 path + QStringLiteral(".still"), baseDir);
            checkMedia(v, chapter.stillPath, path + QStringLiteral(".still"), baseDir,
                       BundleFile::kMaxImageBytes);
        }
        clip.chapters << chapter;
    }
    return clip;
}

}  // namespace

BundleLoadResult BundleLoader::loadFile(const QString &filePath)
{
    const QString &name = filePath;
    const QFileInfo info(filePath);
    if (!info.exists() && !info.isSymLink())
        return {std::nullopt, {QStringLiteral("%1: the file does not exist").arg(name)}};
    if (info.isDir())
        return {std::nullopt, {QStringLiteral("%1: is a folder, not a bundle file").arg(name)}};
    if (info.isFile() && info.size() > kMaxFileSize)
        return {std::nullopt,
                {QStringLiteral("%1: the file is %2 bytes, more than a bundle may be (%3)")
                     .arg(name)
                     .arg(info.size())
                     .arg(kMaxFileSize)}};
    const BundleFile::Read read = BundleFile::read(filePath, QString(), kMaxFileSize);
    if (!read.ok())
        return {std::nullopt, {QStringLiteral("%1: %2").arg(name, read.error)}};
    // Files the bundle names are looked for beside the bundle file itself,
    // wherever a link to it was made from.
    const QString folder = filePath.startsWith(u':')
                               ? info.absolutePath()
                               : QFileInfo(BundleFile::resolved(filePath)).absolutePath();
    return loadData(read.data, name, folder);
}

BundleLoadResult BundleLoader::loadData(const QByteArray &data, const QString &sourceName,
                                        const QString &baseDir)
{
    if (data.size() > kMaxFileSize)
        return {std::nullopt, {QStringLiteral("%1: the bundle is too large").arg(sourceName)}};

    if (const auto problem = JsonStrictScan::scan(data))
        return {std::nullopt,
                {QStringLiteral("%1: line %2, column %3: %4")
                     .arg(sourceName)
                     .arg(problem->line)
                     .arg(problem->column)
                     .arg(problem->what)}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column, which is what a person editing the file needs.
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return {std::nullopt,
                {QStringLiteral("%1: line %2, column %3: invalid JSON: %4")
                     .arg(sourceName)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString())}};
    }
    if (!doc.isObject())
        return {std::nullopt,
                {QStringLiteral("%1: (top level): expected a JSON object").arg(sourceName)}};

    const QJsonObject root = doc.object();
    Validator v(sourceName);
    if (root.value(QStringLiteral("format")).toString() != u"hope-reader-bundle") {
        v.error(
            QStringLiteral("format"),
            QStringLiteral("expected \"hope-reader-bundle\": this is not a Hope Reader bundle"));
        return {std::nullopt, v.errors(), v.omitted()};
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    const double number = version.toDouble();
    if (!version.isDouble() || std::floor(number) != number) {
        v.error(QStringLiteral("formatVersion"), QStringLiteral("missing or not a whole number"));
        return {std::nullopt, v.errors(), v.omitted()};
    }
    if (number < 1 || number > kFormatVersion) {
        v.error(QStringLiteral("formatVersion"),
                QStringLiteral("unknown format version %1 (this reader reads versions 1 to %2)")
                    .arg(number, 0, 'f', 0)
                    .arg(kFormatVersion));
        return {std::nullopt, v.errors(), v.omitted()};
    }

    Article article;
    article.meta = readMeta(v, root);
    article.sections = readSections(v, root);
    // Version 2 added the milestones and the eras behind them.
    if (number >= 2) {
        article.milestones = readMilestones(v, root, article);
        article.eras = readEras(v, root);
    }
    // Version 3 added the clip, with its chapters and captions.
    if (number >= 3)
        article.clip = readClip(v, root, article, baseDir);
    if (!v.errors().isEmpty())
        return {std::nullopt, v.errors(), v.omitted()};
    return {std::move(article), {}};
}

QString BundleLoader::embeddedBundlePath()
{
    return QStringLiteral(":/article/hope-lights-us-up.json");
}

}  // namespace hope::core
