// Writes a bundle at the loader's limits, for tests/limits/run:
//   make_limits_bundle counts OUT.json  1000 sections, 20,000 blocks, 2000
//                                       milestones and eras, their texts cut
//                                       short to stay within the file size
//   make_limits_bundle text OUT.json    the article's paragraphs whole, as
//                                       many as the file size allows
//   make_limits_bundle long OUT.json    one section whose paragraph is
//                                       100,000 characters in each language
// Its text is the embedded article's, repeated, so that layout, pinyin and
// speech meet real sentences rather than one letter over and over.
#include "core/BundleLoader.h"
#include "core/BundleSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

using hope::core::BundleLoader;
using hope::core::BundleSchema;

namespace {

QJsonObject bilingual(const QString &zh, const QString &en)
{
    return QJsonObject{{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}};
}

// Both languages of a text, the Chinese to a third as many characters
// (three bytes each).
QJsonObject cut(const QJsonValue &text, qsizetype length)
{
    const QJsonObject o = text.toObject();
    return bilingual(o[QStringLiteral("zh")].toString().left(std::max<qsizetype>(1, length / 3)),
                     o[QStringLiteral("en")].toString().left(length));
}

struct Source
{
    QJsonObject root;
    QList<QJsonObject> paragraphs;
    QJsonObject figure;
};

Source readSource(const QString &path)
{
    Source s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    s.root = QJsonDocument::fromJson(f.readAll()).object();
    for (const QJsonValue &section : s.root[QStringLiteral("sections")].toArray()) {
        for (const QJsonValue &block : section.toObject()[QStringLiteral("blocks")].toArray()) {
            const QJsonObject b = block.toObject();
            if (b[QStringLiteral("type")] == QStringLiteral("paragraph"))
                s.paragraphs << b;
            else if (b[QStringLiteral("type")] == QStringLiteral("figure") && s.figure.isEmpty())
                s.figure = b;
        }
    }
    return s;
}

// sections and blocksPerSection as asked; each text cut to at most
// maxLength characters (whole when negative).
QJsonObject countsBundle(const Source &s, int sectionCount, int blocksPerSection,
                         qsizetype maxLength)
{
    QJsonObject root = s.root;
    root.remove(QStringLiteral("clip"));
    const QJsonObject sectionTemplate =
        s.root[QStringLiteral("sections")].toArray().at(1).toObject();
    QJsonArray sections;
    QStringList paragraphIds;
    QList<QJsonObject> paragraphTexts;
    int n = 0;
    for (int i = 0; i < sectionCount; ++i) {
        QJsonObject section = sectionTemplate;
        section[QStringLiteral("id")] = QStringLiteral("part-%1").arg(i + 1);
        section[QStringLiteral("number")] =
            QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        QJsonArray blocks;
        for (int j = 0; j < blocksPerSection; ++j, ++n) {
            // A figure now and then, as in the article (one in ten blocks).
            if (j == blocksPerSection / 2) {
                QJsonObject figure = s.figure;
                figure[QStringLiteral("id")] = QStringLiteral("fig-%1").arg(n);
                if (maxLength >= 0)
                    figure[QStringLiteral("alt")] = cut(figure[QStringLiteral("alt")], maxLength);
                blocks.append(figure);
                continue;
            }
            QJsonObject p = s.paragraphs.at(n % s.paragraphs.size());
            p[QStringLiteral("id")] = QStringLiteral("p-%1").arg(n);
            if (maxLength >= 0)
                p[QStringLiteral("text")] = cut(p[QStringLiteral("text")], maxLength);
            paragraphIds << p[QStringLiteral("id")].toString();
            paragraphTexts << p[QStringLiteral("text")].toObject();
            blocks.append(p);
        }
        section[QStringLiteral("blocks")] = blocks;
        sections.append(section);
    }
    root[QStringLiteral("sections")] = sections;

    // Each milestone links one paragraph, named by a phrase found in it.
    const QJsonObject milestoneTemplate =
        s.root[QStringLiteral("milestones")].toArray().first().toObject();
    const QJsonObject eraTemplate = s.root[QStringLiteral("eras")].toArray().first().toObject();
    QJsonArray milestones;
    QJsonArray eras;
    const int count = int(std::min<qsizetype>(BundleSchema::kMaxListEntries, paragraphIds.size()));
    for (int i = 0; i < count; ++i) {
        const int p = int(qint64(i) * paragraphIds.size() / count);
        const QJsonObject text = paragraphTexts.at(p);
        QJsonObject m = milestoneTemplate;
        m[QStringLiteral("id")] = QStringLiteral("m-%1").arg(i);
        m[QStringLiteral("date")] =
            QStringLiteral("%1-%2").arg(1900 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        m[QStringLiteral("paragraphs")] = QJsonArray{paragraphIds.at(p)};
        if (maxLength >= 0) {
            for (const QString &key : {QStringLiteral("title"), QStringLiteral("description")})
                m[key] = cut(m[key], maxLength);
        }
        m[QStringLiteral("mentions")] = QJsonObject{
            {QStringLiteral("zh"), QJsonArray{text[QStringLiteral("zh")].toString().left(4)}},
            {QStringLiteral("en"), QJsonArray{text[QStringLiteral("en")].toString().left(12)}}};
        milestones.append(m);
        QJsonObject era = eraTemplate;
        era[QStringLiteral("id")] = QStringLiteral("era-%1").arg(i);
        era[QStringLiteral("start")] =
            QStringLiteral("%1-%2").arg(1900 + i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
        era[QStringLiteral("end")] = QStringLiteral("%1-12").arg(1901 + i / 12);
        eras.append(era);
    }
    root[QStringLiteral("milestones")] = milestones;
    root[QStringLiteral("eras")] = eras;
    return root;
}

QString repeated(const QList<QJsonObject> &paragraphs, const QString &language, qsizetype length,
                 const QString &separator)
{
    QString out;
    for (int i = 0; out.size() < length; ++i) {
        if (!out.isEmpty())
            out += separator;
        out += paragraphs.at(i % paragraphs.size())[QStringLiteral("text")]
                   .toObject()[language]
                   .toString();
    }
    out.truncate(length);
    return out;
}

QJsonObject longBundle(const Source &s)
{
    QJsonObject root = s.root;
    root.remove(QStringLiteral("clip"));
    root.remove(QStringLiteral("milestones"));
    root.remove(QStringLiteral("eras"));
    root[QStringLiteral("milestones")] = QJsonArray{};
    root[QStringLiteral("eras")] = QJsonArray{};
    QJsonObject section = s.root[QStringLiteral("sections")].toArray().at(1).toObject();
    QJsonObject p = s.paragraphs.first();
    p[QStringLiteral("id")] = QStringLiteral("long");
    p[QStringLiteral("text")] = bilingual(
        repeated(s.paragraphs, QStringLiteral("zh"), BundleSchema::kMaxTextLength, QString()),
        repeated(s.paragraphs, QStringLiteral("en"), BundleSchema::kMaxTextLength,
                 QStringLiteral(" ")));
    section[QStringLiteral("blocks")] = QJsonArray{p};
    root[QStringLiteral("sections")] = QJsonArray{section};
    return root;
}

}  // namespace

int main(int argc, char **argv)
{
    QTextStream err(stderr);
    if (argc != 3 || (qstrcmp(argv[1], "counts") != 0 && qstrcmp(argv[1], "text") != 0 &&
                      qstrcmp(argv[1], "long") != 0)) {
        err << "usage: make_limits_bundle counts|text|long OUT.json\n";
        return 2;
    }
    const Source source =
        readSource(QStringLiteral(HOPE_SOURCE_DIR "/resources/article/hope-lights-us-up.json"));
    if (source.paragraphs.isEmpty() || source.figure.isEmpty()) {
        err << "make_limits_bundle: cannot read the embedded article\n";
        return 1;
    }
    const auto size = [](const QJsonObject &root) {
        return QJsonDocument(root).toJson(QJsonDocument::Compact).size();
    };
    QJsonObject root;
    if (qstrcmp(argv[1], "long") == 0) {
        root = longBundle(source);
    } else if (qstrcmp(argv[1], "counts") == 0) {
        // The longest texts that keep every count at its limit in the file.
        const int perSection = BundleSchema::kMaxBlocks / BundleSchema::kMaxSections;
        qsizetype low = 12, high = 2000;
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (size(countsBundle(source, BundleSchema::kMaxSections, perSection, mid)) <=
                BundleLoader::kMaxFileSize)
                low = mid;
            else
                high = mid - 1;
        }
        root = countsBundle(source, BundleSchema::kMaxSections, perSection, low);
    } else {
        // As many sections of whole paragraphs as the file holds.
        int low = 1, high = BundleSchema::kMaxSections;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (size(countsBundle(source, mid, 20, -1)) <= BundleLoader::kMaxFileSize)
                low = mid;
            else
                high = mid - 1;
        }
        root = countsBundle(source, low, 20, -1);
    }
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (json.size() > BundleLoader::kMaxFileSize) {
        err << "make_limits_bundle: " << json.size() << " bytes, over the loader's limit\n";
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        err << "make_limits_bundle: cannot write " << argv[2] << "\n";
        return 1;
    }
    return 0;
}
