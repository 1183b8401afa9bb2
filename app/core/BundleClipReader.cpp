#include "core/BundleClipReader.h"

#include "core/BundleFile.h"
#include "core/BundleIdList.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace hope::core {

BundleClipReader::BundleClipReader(BundleSchema &schema, const Article &article, QString baseDir)
    : m_schema(schema), m_article(article), m_baseDir(std::move(baseDir))
{}

ClipInfo BundleClipReader::read(const QJsonObject &root)
{
    ClipInfo clip;
    if (!root.contains(QStringLiteral("clip")))
        return clip;
    QJsonObject o;
    if (!m_schema.object(root, QStringLiteral("clip"), QStringLiteral("clip"), &o))
        return clip;
    clip.folder = m_baseDir;
    clip.sourcePath = relativePath(o, QStringLiteral("source"), QStringLiteral("clip.source"));
    checkMedia(clip.sourcePath, QStringLiteral("clip.source"), BundleFile::kMaxClipBytes);
    clip.posterPath = relativePath(o, QStringLiteral("poster"), QStringLiteral("clip.poster"));
    checkMedia(clip.posterPath, QStringLiteral("clip.poster"), BundleFile::kMaxImageBytes);
    clip.durationMs = m_schema.time(o, QStringLiteral("duration"), QStringLiteral("clip.duration"));
    if (clip.durationMs == 0)
        m_schema.error(QStringLiteral("clip.duration"),
                       QStringLiteral("a clip cannot last no time at all"));
    clip.title = m_schema.text(o, QStringLiteral("title"), QStringLiteral("clip.title"));
    clip.description =
        m_schema.text(o, QStringLiteral("description"), QStringLiteral("clip.description"));
    QJsonObject tracks;
    if (m_schema.object(o, QStringLiteral("captions"), QStringLiteral("clip.captions"), &tracks)) {
        clip.captionsZh =
            captions(tracks, QStringLiteral("zh"), QStringLiteral("clip.captions.zh"));
        clip.captionsEn =
            captions(tracks, QStringLiteral("en"), QStringLiteral("clip.captions.en"));
    }
    readChapters(o, clip);
    return clip;
}

void BundleClipReader::readChapters(const QJsonObject &clipObject, ClipInfo &clip)
{
    BundleIdList ids(m_schema, QStringLiteral("chapter"), BundleSchema::kMaxListEntries);
    ids.read(
        clipObject, QStringLiteral("chapters"), QStringLiteral("clip.chapters"),
        [&](const QJsonObject &c, const QString &path, const QString &id) {
            ClipChapter chapter;
            chapter.id = id;
            const QString startPath = path + QStringLiteral(".start");
            chapter.startMs = m_schema.time(c, QStringLiteral("start"), startPath);
            if (clip.durationMs > 0 && chapter.startMs >= clip.durationMs)
                m_schema.error(startPath, QStringLiteral("starts after the clip ends"));
            if (!clip.chapters.isEmpty() && chapter.startMs >= 0 &&
                chapter.startMs <= clip.chapters.last().startMs)
                m_schema.error(startPath, QStringLiteral("chapters must start one after another"));
            chapter.title =
                m_schema.text(c, QStringLiteral("title"), path + QStringLiteral(".title"));
            const QString paragraphsPath = path + QStringLiteral(".paragraphs");
            chapter.paragraphIds =
                m_schema.strings(c, QStringLiteral("paragraphs"), paragraphsPath);
            BundleIdList::resolveBlocks(m_schema, m_article, chapter.paragraphIds,
                                        BlockKind::Paragraph, paragraphsPath);
            if (c.contains(QStringLiteral("figures"))) {
                const QString figuresPath = path + QStringLiteral(".figures");
                chapter.figureIds = m_schema.strings(c, QStringLiteral("figures"), figuresPath);
                BundleIdList::resolveBlocks(m_schema, m_article, chapter.figureIds,
                                            BlockKind::Figure, figuresPath);
            }
            if (c.contains(QStringLiteral("still"))) {
                const QString stillPath = path + QStringLiteral(".still");
                chapter.stillPath = relativePath(c, QStringLiteral("still"), stillPath);
                checkMedia(chapter.stillPath, stillPath, BundleFile::kMaxImageBytes);
            }
            clip.chapters << chapter;
        });
}

// A path inside the bundle's folder: relative, and never climbing out.
QString BundleClipReader::relativePath(const QJsonObject &o, const QString &key,
                                       const QString &path)
{
    const QString rel = m_schema.string(o, key, path);
    if (rel.isEmpty())
        return {};
    const QString unified = QString(rel).replace(u'\\', u'/');
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (unified.startsWith(u'/') || unified.startsWith(u':') || scheme.match(unified).hasMatch() ||
        QDir::isAbsolutePath(rel)) {
        m_schema.error(path,
                       QStringLiteral("\"%1\" is an absolute path or a URL; a bundle names its "
                                      "files relative to its own folder")
                           .arg(rel));
        return {};
    }
    if (unified.split(u'/').contains(QStringLiteral(".."))) {
        m_schema.error(path, QStringLiteral("\"%1\" leads outside the bundle's folder").arg(rel));
        return {};
    }
    return QDir::cleanPath(m_baseDir + u'/' + unified);
}

CaptionTrack BundleClipReader::captions(const QJsonObject &o, const QString &key,
                                        const QString &path)
{
    const QString file = relativePath(o, key, path);
    if (file.isEmpty())
        return {};
    const BundleFile::Read read = BundleFile::read(file, m_baseDir, BundleFile::kMaxCaptionBytes);
    if (!read.ok()) {
        m_schema.error(path, QStringLiteral("%1: %2").arg(file, read.error));
        return {};
    }
    const CaptionTrack::ParseResult parsed = CaptionTrack::parse(QString::fromUtf8(read.data));
    for (const QString &e : parsed.errors)
        m_schema.error(path, QStringLiteral("%1: %2").arg(file, e));
    return parsed.track;
}

// A media file the bundle names: if it is there, it must be a regular file
// inside the folder (a link out of it is refused); if it is not, the panel
// says so when it is played.
void BundleClipReader::checkMedia(const QString &file, const QString &path, qint64 maxBytes)
{
    // The embedded bundle's resources cannot be links, devices or pipes.
    if (file.isEmpty() || m_baseDir.startsWith(u':'))
        return;
    const QFileInfo info(file);
    if (!info.exists() && !info.isSymLink())
        return;
    const QString problem = BundleFile::check(file, m_baseDir, maxBytes);
    if (!problem.isEmpty())
        m_schema.error(path, QStringLiteral("%1: %2").arg(file, problem));
}

}  // namespace hope::core
