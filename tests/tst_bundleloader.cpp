#include "core/BundleLoader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <tuple>

#include <sys/stat.h>

using namespace hope::core;

namespace {

// The embedded bundle, copied to a folder on disk as a stranger would hand
// it over.
bool copyEmbeddedBundle(const QString &folder)
{
    if (!QDir().mkpath(folder + QStringLiteral("/clip/stills")))
        return false;
    QDirIterator it(QStringLiteral(":/article"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        if (!QFile::copy(from, folder + from.mid(int(qstrlen(":/article")))))
            return false;
    }
    return true;
}

QJsonObject embeddedJson()
{
    QFile f(BundleLoader::embeddedBundlePath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("embedded bundle missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Edits one value at a path of keys and array indexes.
using Mutation = std::function<void(QJsonObject &)>;

QJsonObject sectionAt(const QJsonObject &root, int i)
{
    return root[QStringLiteral("sections")].toArray()[i].toObject();
}

void setSection(QJsonObject &root, int i, const QJsonObject &section)
{
    QJsonArray sections = root[QStringLiteral("sections")].toArray();
    sections[i] = section;
    root[QStringLiteral("sections")] = sections;
}

void setBlock(QJsonObject &root, int s, int b, const QJsonObject &block)
{
    QJsonObject section = sectionAt(root, s);
    QJsonArray blocks = section[QStringLiteral("blocks")].toArray();
    blocks[b] = block;
    section[QStringLiteral("blocks")] = blocks;
    setSection(root, s, section);
}

QJsonObject blockAt(const QJsonObject &root, int s, int b)
{
    return sectionAt(root, s)[QStringLiteral("blocks")].toArray()[b].toObject();
}

// The value with the entry at path ("clip.chapters.3": keys and indexes)
// given key set to value; an undefined value removes the key, an empty key
// replaces the entry itself.
QJsonValue editedAt(const QJsonValue &value, QStringList path, const QString &key,
                    const QJsonValue &to)
{
    if (path.isEmpty()) {
        if (key.isEmpty())
            return to;
        QJsonObject o = value.toObject();
        if (to.isUndefined())
            o.remove(key);
        else
            o[key] = to;
        return o;
    }
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = value.toArray();
        a[index] = editedAt(a[index], path, key, to);
        return a;
    }
    QJsonObject o = value.toObject();
    o[step] = editedAt(o[step], path, key, to);
    return o;
}

BundleLoadResult loadEdited(const QList<std::tuple<QString, QString, QJsonValue>> &edits)
{
    QJsonValue root = embeddedJson();
    for (const auto &[path, key, to] : edits) root = editedAt(root, path.split(u'.'), key, to);
    return BundleLoader::loadData(QJsonDocument(root.toObject()).toJson(), QStringLiteral("d.json"),
                                  QStringLiteral(":/article"));
}

}  // namespace

class TestBundleLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadEmbedded_givesWholeArticle()
    {
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QVERIFY(r.errors.isEmpty());
        const Article &a = *r.article;
        QCOMPARE(a.meta.date, QDate(2021, 6, 27));
        QCOMPARE(a.meta.outlet.zh, QStringLiteral("贝壳号"));
        QCOMPARE(a.meta.author.zh, QStringLiteral("黄梦婷"));
        QCOMPARE(a.meta.editor.zh, QStringLiteral("郭阳"));
        QCOMPARE(a.meta.originalPublisher.zh, QStringLiteral("体育产业生态圈"));
        QStringList ids;
        for (const ArticleSection &s : a.sections) ids << s.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("lead"), QStringLiteral("part-1"),
                                   QStringLiteral("part-2"), QStringLiteral("part-3"),
                                   QStringLiteral("closing")}));
        QCOMPARE(a.sections.at(1).number, QStringLiteral("01"));
        QCOMPARE(a.sectionOfBlock(QStringLiteral("s2-p3")), 2);
        QVERIFY(a.block(QStringLiteral("fig-1")));
        QCOMPARE(a.block(QStringLiteral("fig-1"))->kind, BlockKind::Figure);
    }

    void badInput_isRejectedWithWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");

        const QJsonObject good = embeddedJson();
        const auto row = [&good](const char *name, const Mutation &m, const QString &expected) {
            QJsonObject root = good;
            m(root);
            QTest::newRow(name) << QJsonDocument(root).toJson() << expected;
        };

        QTest::newRow("invalid JSON")
            << QByteArray("{\n  \"format\": \"hope-reader-bundle\",\n  oops")
            << QStringLiteral("line 3, column");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("invalid JSON");
        // What QJsonDocument lets through and a bundle must not hold.
        const QByteArray json = QJsonDocument(good).toJson();
        const auto spliced = [&json](const QByteArray &from, const QByteArray &to) {
            QByteArray copy = json;
            const qsizetype at = copy.indexOf(from);
            return at < 0 ? QByteArray() : copy.replace(at, from.size(), to);
        };
        QTest::newRow("raw control character in a string")
            << spliced("\"Beike Hao\"", "\"Beike\x01Hao\"")
            << QStringLiteral("a raw control character (U+0001) inside a string");
        QTest::newRow("raw tab in a string") << spliced("\"Beike Hao\"", "\"Beike\tHao\"")
                                             << QStringLiteral("a raw control character (U+0009)");
        QTest::newRow("NUL escape in a string")
            << spliced("\"Beike Hao\"", "\"Beike\\u0000Hao\"")
            << QStringLiteral("a NUL character (\\u0000) inside a string");
        QTest::newRow("\\x escape") << spliced("\"Beike Hao\"", "\"Beike \\x41\"")
                                    << QStringLiteral("\\x is not an escape JSON has");
        QTest::newRow("duplicate key")
            << spliced("\"formatVersion\": 3", "\"formatVersion\": 3, \"formatVersion\": 1")
            << QStringLiteral("the key \"formatVersion\" is given twice in one object");
        QTest::newRow("UTF-16")
            << QByteArray("\xff\xfe{\0\"\0f\0\"\0")
            << QStringLiteral(
                   "line 1, column 1: the file is UTF-16 or UTF-32 text; a bundle is "
                   "UTF-8");
        QTest::newRow("not UTF-8") << spliced("\"Beike Hao\"", "\"Beike \xc3\x28\"")
                                   << QStringLiteral("the text is not valid UTF-8");
        QTest::newRow("a version too large for an int")
            << spliced("\"formatVersion\": 3", "\"formatVersion\": 4294967299")
            << QStringLiteral("formatVersion: unknown format version 4294967299");
        row(
            "not a bundle",
            [](QJsonObject &r) { r[QStringLiteral("format")] = QStringLiteral("epub"); },
            QStringLiteral("format: expected \"hope-reader-bundle\""));
        row(
            "unknown version", [](QJsonObject &r) { r[QStringLiteral("formatVersion")] = 99; },
            QStringLiteral("formatVersion: unknown format version 99"));
        row(
            "version as string",
            [](QJsonObject &r) { r[QStringLiteral("formatVersion")] = QStringLiteral("1"); },
            QStringLiteral("formatVersion: missing or not a whole number"));
        row(
            "missing meta", [](QJsonObject &r) { r.remove(QStringLiteral("meta")); },
            QStringLiteral("meta: missing object"));
        row(
            "title wrongly typed",
            [](QJsonObject &r) {
                QJsonObject m = r[QStringLiteral("meta")].toObject();
                m[QStringLiteral("title")] = 42;
                r[QStringLiteral("meta")] = m;
            },
            QStringLiteral("meta.title: expected an object, found a number"));
        row(
            "translation missing",
            [](QJsonObject &r) {
                QJsonObject m = r[QStringLiteral("meta")].toObject();
                QJsonObject t = m[QStringLiteral("author")].toObject();
                t.remove(QStringLiteral("en"));
                m[QStringLiteral("author")] = t;
                r[QStringLiteral("meta")] = m;
            },
            QStringLiteral("meta.author.en: missing string"));
        row(
            "bad date",
            [](QJsonObject &r) {
                QJsonObject m = r[QStringLiteral("meta")].toObject();
                m[QStringLiteral("date")] = QStringLiteral("2021-02-30");
                r[QStringLiteral("meta")] = m;
            },
            QStringLiteral("meta.date: \"2021-02-30\" is not a date"));
        row(
            "sections not an array",
            [](QJsonObject &r) { r[QStringLiteral("sections")] = QStringLiteral("none"); },
            QStringLiteral("sections: expected an array, found a string"));
        row(
            "no sections", [](QJsonObject &r) { r[QStringLiteral("sections")] = QJsonArray(); },
            QStringLiteral("sections: the article has no sections"));
        row(
            "duplicate section id",
            [](QJsonObject &r) {
                QJsonObject s = sectionAt(r, 2);
                s[QStringLiteral("id")] = QStringLiteral("part-1");
                setSection(r, 2, s);
            },
            QStringLiteral("sections[2].id: duplicate section id \"part-1\""));
        row(
            "duplicate block id",
            [](QJsonObject &r) {
                QJsonObject b = blockAt(r, 3, 2);
                b[QStringLiteral("id")] = QStringLiteral("s1-p1");
                setBlock(r, 3, 2, b);
            },
            QStringLiteral("sections[3].blocks[2].id: duplicate block id \"s1-p1\""));
        row(
            "empty section",
            [](QJsonObject &r) {
                QJsonObject s = sectionAt(r, 4);
                s[QStringLiteral("blocks")] = QJsonArray();
                setSection(r, 4, s);
            },
            QStringLiteral("sections[4].blocks: section \"closing\" is empty"));
        row(
            "section of figures only",
            [](QJsonObject &r) {
                QJsonObject s = sectionAt(r, 4);
                s[QStringLiteral("blocks")] = QJsonArray{blockAt(r, 1, 2)};
                setSection(r, 4, s);
            },
            QStringLiteral("section \"closing\" is empty"));
        row(
            "paragraph text wrongly typed",
            [](QJsonObject &r) {
                QJsonObject b = blockAt(r, 2, 0);
                QJsonObject t = b[QStringLiteral("text")].toObject();
                t[QStringLiteral("zh")] = QJsonArray{1};
                b[QStringLiteral("text")] = t;
                setBlock(r, 2, 0, b);
            },
            QStringLiteral("sections[2].blocks[0].text.zh: expected a string, found an array"));
        row(
            "empty paragraph",
            [](QJsonObject &r) {
                QJsonObject b = blockAt(r, 2, 0);
                QJsonObject t = b[QStringLiteral("text")].toObject();
                t[QStringLiteral("en")] = QStringLiteral("   ");
                b[QStringLiteral("text")] = t;
                setBlock(r, 2, 0, b);
            },
            QStringLiteral("sections[2].blocks[0].text.en: must not be empty"));
        row(
            "unknown block type",
            [](QJsonObject &r) {
                QJsonObject b = blockAt(r, 0, 0);
                b[QStringLiteral("type")] = QStringLiteral("video");
                setBlock(r, 0, 0, b);
            },
            QStringLiteral("sections[0].blocks[0].type: unknown block type \"video\""));
        row(
            "invalid id",
            [](QJsonObject &r) {
                QJsonObject b = blockAt(r, 0, 0);
                b[QStringLiteral("id")] = QStringLiteral("../etc");
                setBlock(r, 0, 0, b);
            },
            QStringLiteral("sections[0].blocks[0].id: \"../etc\" is not a valid id"));
        const auto milestoneRow = [&good](const char *name,
                                          const std::function<void(QJsonObject &)> &edit,
                                          const QString &expected) {
            QJsonObject root = good;
            QJsonArray ms = root[QStringLiteral("milestones")].toArray();
            QJsonObject m = ms[4].toObject();
            edit(m);
            ms[4] = m;
            root[QStringLiteral("milestones")] = ms;
            QTest::newRow(name) << QJsonDocument(root).toJson() << expected;
        };
        milestoneRow(
            "milestone links to a missing paragraph",
            [](QJsonObject &m) {
                m[QStringLiteral("paragraphs")] =
                    QJsonArray{QStringLiteral("s3-p4"), QStringLiteral("s9-p9")};
            },
            QStringLiteral(
                "milestones[4].paragraphs: links to \"s9-p9\", which is not a paragraph"));
        milestoneRow(
            "milestone links to a figure",
            [](QJsonObject &m) {
                m[QStringLiteral("paragraphs")] = QJsonArray{QStringLiteral("fig-2")};
            },
            QStringLiteral("links to \"fig-2\", which is not a paragraph"));
        milestoneRow(
            "milestone links to nothing",
            [](QJsonObject &m) {
                m[QStringLiteral("paragraphs")] = QJsonArray();
                m.remove(QStringLiteral("mentions"));
            },
            QStringLiteral("milestones[4].paragraphs: milestone \"m-cloud-datacentre\" links to no "
                           "paragraph"));
        milestoneRow(
            "milestone with a bad date",
            [](QJsonObject &m) { m[QStringLiteral("date")] = QStringLiteral("2018-05-32"); },
            QStringLiteral("milestones[4].date: \"2018-05-32\" is not a date of the form YYYY, "
                           "YYYY-MM or YYYY-MM-DD"));
        milestoneRow(
            "milestone date as a number", [](QJsonObject &m) { m[QStringLiteral("date")] = 2018; },
            QStringLiteral("milestones[4].date: expected a string, found a number"));
        milestoneRow(
            "duplicate milestone id",
            [](QJsonObject &m) { m[QStringLiteral("id")] = QStringLiteral("m-ioc-partnership"); },
            QStringLiteral("milestones[4].id: duplicate milestone id \"m-ioc-partnership\""));
        milestoneRow(
            "unknown category",
            [](QJsonObject &m) { m[QStringLiteral("category")] = QStringLiteral("gossip"); },
            QStringLiteral("milestones[4].category: unknown category \"gossip\""));
        milestoneRow(
            "mention not in its paragraphs",
            [](QJsonObject &m) {
                m[QStringLiteral("mentions")] =
                    QJsonObject{{QStringLiteral("zh"), QJsonArray{QStringLiteral("2030年")}},
                                {QStringLiteral("en"), QJsonArray{}}};
            },
            QStringLiteral("milestones[4].mentions.zh: \"2030年\" is in none of its paragraphs"));
        milestoneRow(
            "milestone without a description",
            [](QJsonObject &m) { m.remove(QStringLiteral("description")); },
            QStringLiteral("milestones[4].description: missing object"));
        row(
            "milestones missing in version 2",
            [](QJsonObject &r) { r.remove(QStringLiteral("milestones")); },
            QStringLiteral("milestones: missing array"));
        row(
            "era ending before it starts",
            [](QJsonObject &r) {
                QJsonArray eras = r[QStringLiteral("eras")].toArray();
                QJsonObject e = eras[0].toObject();
                e[QStringLiteral("end")] = QStringLiteral("2016");
                eras[0] = e;
                r[QStringLiteral("eras")] = eras;
            },
            QStringLiteral("eras[0].end: ends before it starts"));
        const auto clipRow = [&good](const char *name,
                                     const std::function<void(QJsonObject &)> &edit,
                                     const QString &expected) {
            QJsonObject root = good;
            QJsonObject clip = root[QStringLiteral("clip")].toObject();
            edit(clip);
            root[QStringLiteral("clip")] = clip;
            QTest::newRow(name) << QJsonDocument(root).toJson() << expected;
        };
        clipRow(
            "clip path absolute",
            [](QJsonObject &c) { c[QStringLiteral("source")] = QStringLiteral("/etc/passwd"); },
            QStringLiteral("clip.source: \"/etc/passwd\" is an absolute path or a URL"));
        clipRow(
            "clip path a URL",
            [](QJsonObject &c) {
                c[QStringLiteral("source")] = QStringLiteral("https://example.org/film.webm");
            },
            QStringLiteral(
                "clip.source: \"https://example.org/film.webm\" is an absolute path or a URL"));
        clipRow(
            "clip path climbing out",
            [](QJsonObject &c) {
                c[QStringLiteral("poster")] = QStringLiteral("clip/../../secret.jpg");
            },
            QStringLiteral(
                "clip.poster: \"clip/../../secret.jpg\" leads outside the bundle's folder"));
        clipRow(
            "captions missing",
            [](QJsonObject &c) {
                c[QStringLiteral("captions")] =
                    QJsonObject{{QStringLiteral("zh"), QStringLiteral("clip/nope.vtt")},
                                {QStringLiteral("en"), QStringLiteral("clip/captions.en.vtt")}};
            },
            QStringLiteral("clip.captions.zh: :/article/clip/nope.vtt: cannot be read"));
        clipRow(
            "captions malformed",
            [](QJsonObject &c) {
                c[QStringLiteral("captions")] =
                    QJsonObject{{QStringLiteral("zh"), QStringLiteral("hope-lights-us-up.json")},
                                {QStringLiteral("en"), QStringLiteral("clip/captions.en.vtt")}};
            },
            QStringLiteral("clip.captions.zh: :/article/hope-lights-us-up.json: line 1: a WebVTT "
                           "file starts with"));
        clipRow(
            "chapter time malformed",
            [](QJsonObject &c) {
                QJsonArray chapters = c[QStringLiteral("chapters")].toArray();
                QJsonObject ch = chapters[1].toObject();
                ch[QStringLiteral("start")] = QStringLiteral("0:5");
                chapters[1] = ch;
                c[QStringLiteral("chapters")] = chapters;
            },
            QStringLiteral("clip.chapters[1].start: \"0:5\" is not a time"));
        clipRow(
            "chapters out of order",
            [](QJsonObject &c) {
                QJsonArray chapters = c[QStringLiteral("chapters")].toArray();
                QJsonObject ch = chapters[3].toObject();
                ch[QStringLiteral("start")] = QStringLiteral("00:01.000");
                chapters[3] = ch;
                c[QStringLiteral("chapters")] = chapters;
            },
            QStringLiteral("clip.chapters[3].start: chapters must start one after another"));
        clipRow(
            "chapter after the end",
            [](QJsonObject &c) {
                QJsonArray chapters = c[QStringLiteral("chapters")].toArray();
                QJsonObject ch = chapters[6].toObject();
                ch[QStringLiteral("start")] = QStringLiteral("05:00.000");
                chapters[6] = ch;
                c[QStringLiteral("chapters")] = chapters;
            },
            QStringLiteral("clip.chapters[6].start: starts after the clip ends"));
        clipRow(
            "chapter links a missing paragraph",
            [](QJsonObject &c) {
                QJsonArray chapters = c[QStringLiteral("chapters")].toArray();
                QJsonObject ch = chapters[2].toObject();
                ch[QStringLiteral("paragraphs")] = QJsonArray{QStringLiteral("s7-p1")};
                chapters[2] = ch;
                c[QStringLiteral("chapters")] = chapters;
            },
            QStringLiteral("clip.chapters[2].paragraphs: links to \"s7-p1\""));
        clipRow(
            "chapter figure is a paragraph",
            [](QJsonObject &c) {
                QJsonArray chapters = c[QStringLiteral("chapters")].toArray();
                QJsonObject ch = chapters[2].toObject();
                ch[QStringLiteral("figures")] = QJsonArray{QStringLiteral("s1-p1")};
                chapters[2] = ch;
                c[QStringLiteral("chapters")] = chapters;
            },
            QStringLiteral("clip.chapters[2].figures: links to \"s1-p1\", which is not a figure"));
        row(
            "numbered part without heading",
            [](QJsonObject &r) {
                QJsonObject s = sectionAt(r, 1);
                s[QStringLiteral("heading")] = QJsonObject{{QStringLiteral("zh"), QString()},
                                                           {QStringLiteral("en"), QString()}};
                setSection(r, 1, s);
            },
            QStringLiteral("sections[1].heading.zh: must not be empty"));
    }

    void badInput_isRejectedWithWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const BundleLoadResult r =
            BundleLoader::loadData(data, QStringLiteral("bad.json"), QStringLiteral(":/article"));
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
        for (const QString &e : r.errors) QVERIFY2(e.startsWith(u"bad.json: "), qPrintable(e));
        QVERIFY2(r.errors.join(u'\n').contains(expected), qPrintable(r.errors.join(u'\n')));
    }

    void eraIds_areChecked_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid") << "not an id!"
                                 << "era-b"
                                 << "eras[0].id: \"not an id!\" is not a valid id";
        QTest::newRow("duplicate") << "era-a"
                                   << "era-a"
                                   << "eras[1].id: duplicate era id \"era-a\"";
    }

    void eraIds_areChecked()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expected);
        QJsonObject root = embeddedJson();
        QJsonArray eras = root[QStringLiteral("eras")].toArray();
        QVERIFY(eras.size() >= 2);
        QJsonObject a = eras[0].toObject();
        QJsonObject b = eras[1].toObject();
        a[QStringLiteral("id")] = first;
        b[QStringLiteral("id")] = second;
        eras[0] = a;
        eras[1] = b;
        root[QStringLiteral("eras")] = eras;
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("e.json"), QStringLiteral(":/article"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join(u'\n').contains(expected), qPrintable(r.errors.join(u'\n')));
    }

    void chaptersWithoutIds_areNotCalledDuplicates()
    {
        QJsonObject root = embeddedJson();
        QJsonObject clip = root[QStringLiteral("clip")].toObject();
        QJsonArray chapters = clip[QStringLiteral("chapters")].toArray();
        for (int i : {1, 2}) {
            QJsonObject c = chapters[i].toObject();
            c.remove(QStringLiteral("id"));
            chapters[i] = c;
        }
        clip[QStringLiteral("chapters")] = chapters;
        root[QStringLiteral("clip")] = clip;
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("c.json"), QStringLiteral(":/article"));
        QCOMPARE(r.errors,
                 (QStringList{QStringLiteral("c.json: clip.chapters[1].id: missing string"),
                              QStringLiteral("c.json: clip.chapters[2].id: missing string")}));
    }

    // The same checks for every id-bearing list, and nothing more: each row
    // gives every error the loader must report, in order.
    void idChecks_holdForEveryList_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("expected");
        const QJsonValue removed(QJsonValue::Undefined);
        const auto badId = [](const char *where, const char *id) {
            return QStringList{
                QStringLiteral("d.json: %1: \"%2\" is not a valid id (lower-case letters, digits, "
                               "'-')")
                    .arg(QLatin1String(where), QString::fromUtf8(id))};
        };
        const auto one = [](const char *error) {
            return QStringList{QStringLiteral("d.json: ") + QString::fromUtf8(error)};
        };
        const QString id = QStringLiteral("id");

        // Sections: nothing links to the closing one.
        QTest::newRow("section: missing id")
            << "sections.4" << id << removed << one("sections[4].id: missing string");
        QTest::newRow("section: blank id") << "sections.4" << id << QJsonValue(u"  "_qs)
                                           << one("sections[4].id: must not be empty");
        QTest::newRow("section: bad id") << "sections.4" << id << QJsonValue(u"Closing"_qs)
                                         << badId("sections[4].id", "Closing");
        QTest::newRow("section: id with a trailing newline")
            << "sections.4" << id << QJsonValue(u"closing\n"_qs)
            << badId("sections[4].id", "closing\n");
        QTest::newRow("section: id as a number")
            << "sections.4" << id << QJsonValue(4)
            << one("sections[4].id: expected a string, found a number");
        QTest::newRow("section: duplicate id")
            << "sections.4" << id << QJsonValue(u"part-1"_qs)
            << one("sections[4].id: duplicate section id \"part-1\"");
        QTest::newRow("section: id of a block")
            << "sections.4" << id << QJsonValue(u"s1-p1"_qs)
            << one("sections: id \"s1-p1\" names both a section and a block");
        QTest::newRow("section: not an object")
            << "sections.4" << QString() << QJsonValue(u"closing"_qs)
            << one("sections[4]: expected an object, found a string");

        // Blocks: unique in the whole article; nothing links to closing-2.
        QTest::newRow("block: missing id") << "sections.4.blocks.1" << id << removed
                                           << one("sections[4].blocks[1].id: missing string");
        QTest::newRow("block: bad id") << "sections.4.blocks.1" << id << QJsonValue(u"closing_2"_qs)
                                       << badId("sections[4].blocks[1].id", "closing_2");
        QTest::newRow("block: duplicate id in another section")
            << "sections.4.blocks.1" << id << QJsonValue(u"s1-p1"_qs)
            << one("sections[4].blocks[1].id: duplicate block id \"s1-p1\"");
        QTest::newRow("block: duplicate id in its section")
            << "sections.4.blocks.1" << id << QJsonValue(u"closing-1"_qs)
            << one("sections[4].blocks[1].id: duplicate block id \"closing-1\"");
        QTest::newRow("block: not an object")
            << "sections.4.blocks.1" << QString() << QJsonValue(true)
            << one("sections[4].blocks[1]: expected an object, found a boolean");

        // Milestones: they link to paragraphs.
        QTest::newRow("milestone: missing id")
            << "milestones.4" << id << removed << one("milestones[4].id: missing string");
        QTest::newRow("milestone: bad id") << "milestones.4" << id << QJsonValue(u"m cloud"_qs)
                                           << badId("milestones[4].id", "m cloud");
        QTest::newRow("milestone: duplicate id")
            << "milestones.4" << id << QJsonValue(u"m-ioc-partnership"_qs)
            << one("milestones[4].id: duplicate milestone id \"m-ioc-partnership\"");
        QTest::newRow("milestone: dangling paragraph")
            << "milestones.4" << QStringLiteral("paragraphs")
            << QJsonValue(QJsonArray{u"s3-p4"_qs, u"s9-p9"_qs})
            << one("milestones[4].paragraphs: links to \"s9-p9\", which is not a paragraph of "
                   "the article");
        QTest::newRow("milestone: paragraph that is a figure")
            << "milestones.4" << QStringLiteral("paragraphs")
            << QJsonValue(QJsonArray{u"s3-p4"_qs, u"fig-1"_qs})
            << one("milestones[4].paragraphs: links to \"fig-1\", which is not a paragraph of "
                   "the article");
        QTest::newRow("milestone: not an object")
            << "milestones.4" << QString() << QJsonValue(QJsonArray())
            << one("milestones[4]: expected an object, found an array");

        // Eras: nothing links to them, but their ids are checked all the same.
        QTest::newRow("era: missing id")
            << "eras.1" << id << removed << one("eras[1].id: missing string");
        QTest::newRow("era: bad id")
            << "eras.1" << id << QJsonValue(u"-era"_qs) << badId("eras[1].id", "-era");
        QTest::newRow("era: duplicate id")
            << "eras.1" << id << QJsonValue(u"era-digital-cycle"_qs)
            << one("eras[1].id: duplicate era id \"era-digital-cycle\"");
        QTest::newRow("era: not an object") << "eras.1" << QString() << QJsonValue(2017)
                                            << one("eras[1]: expected an object, found a number");

        // Chapters: they link to paragraphs and figures.
        QTest::newRow("chapter: missing id")
            << "clip.chapters.3" << id << removed << one("clip.chapters[3].id: missing string");
        QTest::newRow("chapter: bad id") << "clip.chapters.3" << id << QJsonValue(u"ch/street"_qs)
                                         << badId("clip.chapters[3].id", "ch/street");
        QTest::newRow("chapter: duplicate id")
            << "clip.chapters.3" << id << QJsonValue(u"ch-taiko"_qs)
            << one("clip.chapters[3].id: duplicate chapter id \"ch-taiko\"");
        QTest::newRow("chapter: dangling paragraph")
            << "clip.chapters.3" << QStringLiteral("paragraphs")
            << QJsonValue(QJsonArray{u"s9-p9"_qs})
            << one("clip.chapters[3].paragraphs: links to \"s9-p9\", which is not a paragraph "
                   "of the article");
        QTest::newRow("chapter: dangling figure")
            << "clip.chapters.3" << QStringLiteral("figures") << QJsonValue(QJsonArray{u"fig-9"_qs})
            << one("clip.chapters[3].figures: links to \"fig-9\", which is not a figure of the "
                   "article");
        QTest::newRow("chapter: not an object")
            << "clip.chapters.3" << QString() << QJsonValue(QJsonValue::Null)
            << one("clip.chapters[3]: expected an object, found null");
    }

    void idChecks_holdForEveryList()
    {
        QFETCH(QString, entry);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, expected);
        const BundleLoadResult r = loadEdited({{entry, key, value}});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors, expected);
    }

    // Two entries without an id are two problems, never a duplicate of "".
    void missingIds_areNeverDuplicates_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QJsonValue>("id");
        QTest::addColumn<QString>("problem");
        const QJsonValue removed(QJsonValue::Undefined);
        const QJsonValue empty(u""_qs);
        const QString missing = QStringLiteral("missing string");
        const QString blank = QStringLiteral("must not be empty");
        const struct
        {
            const char *name;
            const char *list;
            const char *where;
        } lists[] = {{"sections", "sections", "sections"},
                     {"blocks", "sections.1.blocks", "sections[1].blocks"},
                     {"milestones", "milestones", "milestones"},
                     {"eras", "eras", "eras"},
                     {"chapters", "clip.chapters", "clip.chapters"}};
        for (const auto &l : lists) {
            QTest::addRow("%s, missing", l.name) << l.list << l.where << removed << missing;
            QTest::addRow("%s, empty", l.name) << l.list << l.where << empty << blank;
        }
    }

    void missingIds_areNeverDuplicates()
    {
        QFETCH(QString, list);
        QFETCH(QString, where);
        QFETCH(QJsonValue, id);
        QFETCH(QString, problem);
        // Entries 0 and 1 have no links to them in any list but blocks,
        // where 3 and 4 (s1-p3, s1-p4) are the unlinked ones.
        const bool blocks = list.endsWith(u"blocks");
        const int first = blocks ? 3 : 0;
        const int second = blocks ? 4 : 1;
        const BundleLoadResult r =
            loadEdited({{list + u'.' + QString::number(first), QStringLiteral("id"), id},
                        {list + u'.' + QString::number(second), QStringLiteral("id"), id}});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors,
                 (QStringList{
                     QStringLiteral("d.json: %1[%2].id: %3").arg(where).arg(first).arg(problem),
                     QStringLiteral("d.json: %1[%2].id: %3").arg(where).arg(second).arg(problem)}));
    }

    void thousandsOfProblems_areCapped()
    {
        QJsonObject root = embeddedJson();
        QJsonArray milestones;
        for (int i = 0; i < 1500; ++i) milestones.append(QJsonObject{});
        root[QStringLiteral("milestones")] = milestones;
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("t.json"), QStringLiteral(":/article"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 100);
        // Each empty milestone misses its id, date, category, label, title,
        // description and paragraphs: seven problems, 10500 in all.
        QCOMPARE(r.errors.size() + r.omitted, qsizetype(1500 * 7));
    }

    void limits_keepLayoutNearLinear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a word of 501 letters")
            << QString(501, u'a') << "has 501 characters in a row with no place to break a line";
        QTest::newRow("499 letters and a space, then more")
            << QString(499, u'a') + u' ' + QString(499, u'b') << "";
        QTest::newRow("Chinese breaks between characters") << QString(5000, QChar(0x5e0c)) << "";
        QTest::newRow("too long a text")
            << QString(100001, QChar(0x5e0c))
            << "is 100001 characters long; the most a text may have is 100000";
    }

    void limits_keepLayoutNearLinear()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QJsonObject root = embeddedJson();
        QJsonObject b = blockAt(root, 1, 4);
        b[QStringLiteral("text")] =
            QJsonObject{{QStringLiteral("zh"), text}, {QStringLiteral("en"), text}};
        setBlock(root, 1, 4, b);
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("l.json"), QStringLiteral(":/article"));
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.errors.join(u'\n').contains(expected), qPrintable(r.errors.join(u'\n')));
        }
    }

    // Ten milestones of 650 mentions each over a long paragraph, every
    // phrase found only at its end: within every other limit, it kept the
    // loader searching for the better part of a minute. The total search
    // is bounded and such a bundle refused with a reason.
    void aMentionBomb_isRefused()
    {
        QJsonObject root = embeddedJson();
        QJsonObject paragraph = blockAt(root, 1, 4);
        QString text;
        for (int i = 0; i < 40000; ++i) text += QStringLiteral("a ");
        QJsonArray phrases;
        for (int i = 0; i < 650; ++i) {
            text += QStringLiteral("z%1 ").arg(i);
            phrases.append(QStringLiteral("z%1").arg(i));
        }
        paragraph[QStringLiteral("text")] =
            QJsonObject{{QStringLiteral("zh"), text}, {QStringLiteral("en"), text}};
        setBlock(root, 1, 4, paragraph);
        const QString paragraphId = paragraph[QStringLiteral("id")].toString();
        QJsonArray milestones = root[QStringLiteral("milestones")].toArray();
        const QJsonObject first = milestones.first().toObject();
        for (int i = 0; i < 10; ++i) {
            QJsonObject m = first;
            m[QStringLiteral("id")] = QStringLiteral("m-bomb-%1").arg(i);
            m[QStringLiteral("paragraphs")] = QJsonArray{paragraphId};
            m[QStringLiteral("mentions")] =
                QJsonObject{{QStringLiteral("zh"), phrases}, {QStringLiteral("en"), phrases}};
            milestones.append(m);
        }
        root[QStringLiteral("milestones")] = milestones;
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("bomb.json"), QStringLiteral(":/article"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join(u'\n').contains(QStringLiteral("characters of searching")),
                 qPrintable(r.errors.join(u'\n')));
        // Said once, not for every milestone after the limit.
        QCOMPARE(r.errors.join(u'\n').count(QStringLiteral("characters of searching")), 1);
    }

    void tooManySections_areRefused()
    {
        QJsonObject root = embeddedJson();
        QJsonArray sections = root[QStringLiteral("sections")].toArray();
        const QJsonObject last = sections.last().toObject();
        for (int i = 0; sections.size() <= BundleLoader::kMaxSections; ++i) sections.append(last);
        root[QStringLiteral("sections")] = sections;
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("n.json"), QStringLiteral(":/article"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.first(),
                 QStringLiteral("n.json: sections: has 1001 entries; the most allowed is 1000"));
    }

    void manyProblems_areAllReported()
    {
        QJsonObject root = embeddedJson();
        root.remove(QStringLiteral("meta"));
        QJsonObject s = sectionAt(root, 4);
        s[QStringLiteral("blocks")] = QJsonArray();
        setSection(root, 4, s);
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("x.json"), QStringLiteral(":/article"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 2);
    }

    void clip_isResolvedInsideTheBundle()
    {
        const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
        QVERIFY(r.ok());
        const ClipInfo &clip = r.article->clip;
        QCOMPARE(clip.sourcePath, QStringLiteral(":/article/clip/hope-clip.webm"));
        QCOMPARE(clip.durationMs, 48000);
        QCOMPARE(clip.chapters.size(), 7);
        QCOMPARE(clip.chapters.at(2).startMs, 12000);
        QCOMPARE(clip.captionsZh.cues().size(), 7);
        QCOMPARE(clip.captionsEn.textAt(15000),
                 QStringLiteral("Taiko drummers\nperforming to an empty venue"));
        // Only the figure beside the text that tells of a scene shows it.
        QCOMPARE(clip.chapterForBlock(QStringLiteral("fig-3")), 5);
        QCOMPARE(clip.chapterForBlock(QStringLiteral("fig-1")), -1);
    }

    void version1_loadsWithoutMilestones()
    {
        QJsonObject root = embeddedJson();
        root[QStringLiteral("formatVersion")] = 1;
        root.remove(QStringLiteral("milestones"));
        root.remove(QStringLiteral("eras"));
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("v1.json"), QStringLiteral(":/article"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QVERIFY(r.article->milestones.isEmpty());
        QCOMPARE(r.article->sections.size(), 5);
    }

    void missingFile_namesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nowhere.json"));
        const BundleLoadResult r = BundleLoader::loadFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors, QStringList{path + QStringLiteral(": the file does not exist")});
    }

    void folder_isNotABundle()
    {
        QTemporaryDir dir;
        const BundleLoadResult r = BundleLoader::loadFile(dir.path());
        QVERIFY(!r.ok());
        QVERIFY(r.errors.first().contains(u"is a folder"));
    }

    void hugeFile_isRefusedWithoutReading()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(BundleLoader::kMaxFileSize + 1));
        f.close();
        const BundleLoadResult r = BundleLoader::loadFile(f.fileName());
        QVERIFY(!r.ok());
        QVERIFY(r.errors.first().contains(u"more than a bundle may be"));
    }

    // A bundle from a stranger, on disk, whose files are links out of its
    // folder, devices or pipes: refused with the file and the reason, at
    // once, without reading outside the folder or waiting on a pipe.
    void aStrangersFiles_cannotReachOutOrHang_data()
    {
        QTest::addColumn<QString>("file");     // in the bundle's folder
        QTest::addColumn<QString>("becomes");  // "pipe", or a link target
        QTest::addColumn<QString>("expected");
        QTest::newRow("captions linked to /dev/zero")
            << "clip/captions.zh.vtt"
            << "/dev/zero"
            << "clip.captions.zh: %1/clip/captions.zh.vtt: leads outside the bundle's folder";
        QTest::newRow("captions linked to a file elsewhere")
            << "clip/captions.en.vtt"
            << "%2/elsewhere.vtt"
            << "clip.captions.en: %1/clip/captions.en.vtt: leads outside the bundle's folder";
        QTest::newRow("captions a pipe")
            << "clip/captions.zh.vtt"
            << "pipe"
            << "clip.captions.zh: %1/clip/captions.zh.vtt: is not a regular file";
        QTest::newRow("clip linked to /etc/passwd")
            << "clip/hope-clip.webm"
            << "/etc/passwd"
            << "clip.source: %1/clip/hope-clip.webm: leads outside the bundle's folder";
        QTest::newRow("clip a pipe")
            << "clip/hope-clip.webm"
            << "pipe"
            << "clip.source: %1/clip/hope-clip.webm: is not a regular file";
        QTest::newRow("poster a pipe") << "clip/poster.jpg"
                                       << "pipe"
                                       << "clip.poster: %1/clip/poster.jpg: is not a regular file";
        QTest::newRow("still linked to /dev/urandom")
            << "clip/stills/taiko.jpg"
            << "/dev/urandom"
            << "clip.chapters[2].still: %1/clip/stills/taiko.jpg: leads outside the bundle's "
               "folder";
        QTest::newRow("the bundle file a pipe")
            << "hope-lights-us-up.json"
            << "pipe"
            << "%1/hope-lights-us-up.json: is not a regular file";
    }

    void aStrangersFiles_cannotReachOutOrHang()
    {
        QFETCH(QString, file);
        QFETCH(QString, becomes);
        QFETCH(QString, expected);
        QTemporaryDir top;
        QVERIFY(top.isValid());
        const QString folder = top.filePath(QStringLiteral("bundle"));
        QVERIFY(copyEmbeddedBundle(folder));
        QFile elsewhere(top.filePath(QStringLiteral("elsewhere.vtt")));
        QVERIFY(elsewhere.open(QIODevice::WriteOnly));
        elsewhere.write("WEBVTT\n\n00:00.000 --> 00:01.000\nnot the bundle's\n");
        elsewhere.close();
        const QString target = folder + u'/' + file;
        QVERIFY(QFile::remove(target));
        if (becomes == u"pipe")
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        else
            QVERIFY(
                QFile::link(QString(becomes).replace(QStringLiteral("%2"), top.path()), target));
        QElapsedTimer timer;
        timer.start();
        const BundleLoadResult r =
            BundleLoader::loadFile(folder + QStringLiteral("/hope-lights-us-up.json"));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!r.ok());
        const QString want = QString(expected).replace(QStringLiteral("%1"), folder);
        QVERIFY2(r.errors.join(u'\n').contains(want), qPrintable(r.errors.join(u'\n')));
    }

    void aStrangersBundleOnDisk_withItsOwnFiles_loads()
    {
        QTemporaryDir top;
        const QString folder = top.filePath(QStringLiteral("bundle"));
        QVERIFY(copyEmbeddedBundle(folder));
        // A link inside the folder is fine, and so is a link to the bundle.
        QVERIFY(QFile::link(folder + QStringLiteral("/hope-lights-us-up.json"),
                            top.filePath(QStringLiteral("link.json"))));
        const BundleLoadResult r =
            BundleLoader::loadFile(top.filePath(QStringLiteral("link.json")));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.article->clip.sourcePath,
                 QDir(folder).canonicalPath() + QStringLiteral("/clip/hope-clip.webm"));
        QCOMPARE(r.article->clip.captionsZh.cues().size(), 7);
    }

    void markup_isKeptAsText()
    {
        QJsonObject root = embeddedJson();
        // s1-p4, a paragraph no milestone names a phrase in.
        QJsonObject b = blockAt(root, 1, 4);
        QCOMPARE(b[QStringLiteral("id")].toString(), QStringLiteral("s1-p4"));
        const QString markup = QStringLiteral(
            "<img src=\"file:///etc/passwd\"><a href=\"file:x\">x</a><script>alert(1)</script>");
        b[QStringLiteral("text")] =
            QJsonObject{{QStringLiteral("zh"), markup}, {QStringLiteral("en"), markup}};
        setBlock(root, 1, 4, b);
        const BundleLoadResult r = BundleLoader::loadData(
            QJsonDocument(root).toJson(), QStringLiteral("m.json"), QStringLiteral(":/article"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.article->block(QStringLiteral("s1-p4"))->text.zh, markup);
    }
};

QTEST_GUILESS_MAIN(TestBundleLoader)
#include "tst_bundleloader.moc"
