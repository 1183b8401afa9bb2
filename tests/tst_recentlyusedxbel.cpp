#include "core/RecentlyUsedXbel.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>

using hope::core::RecentlyUsedXbel;

namespace {

// The example of the freedesktop.org Desktop Bookmark Spec (0.8), as the
// spec gives it: another program's bookmark, with two applications.
const QByteArray kSpecExample =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE xbel PUBLIC \"+//IDN python.org//DTD XML Bookmark Exchange Language 1.0//EN//XML\"\n"
    " \"http://www.python.org/topics/xml/dtds/xbel-1.0.dtd\">\n"
    "<xbel version=\"1.0\"\n"
    "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
    "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n"
    ">\n"
    "  <bookmark href=\"file:///home/ebassi/bookmark-spec/bookmark-spec.xml\">\n"
    "    <title>Desktop Bookmarks Spec</title>\n"
    "    <info>\n"
    "      <metadata owner=\"http://freedesktop.org\">\n"
    "        <mime:mime-type>text/xml</mime:mime-type>\n"
    "        <bookmark:groups>\n"
    "          <bookmark:group>Editors</bookmark:group>\n"
    "        </bookmark:groups>\n"
    "        <bookmark:applications>\n"
    "          <bookmark:application name=\"GEdit\" exec=\"gedit %u\" timestamp=\"1115726763\" "
    "count=\"2\"/>\n"
    "          <bookmark:application name=\"GViM\" exec=\"gvim %f\" timestamp=\"1115726812\" "
    "count=\"7\"/>\n"
    "        </bookmark:applications>\n"
    "      </metadata>\n"
    "    </info>\n"
    "  </bookmark>\n"
    "</xbel>\n"
    "";

RecentlyUsedXbel::Entry entry(const QString &path)
{
    return {path, QStringLiteral("application/x-hope-reader-bundle"), QStringLiteral("Hope Reader"),
            QStringLiteral("hope-reader %f"),
            QDateTime(QDate(2026, 12, 7), QTime(3, 22, 39), Qt::UTC)};
}

// Each bookmark as "href: app(count) app(count)", read with a plain XML
// reader, not the code under test.
QStringList bookmarks(const QByteArray &xbel)
{
    QStringList out;
    QXmlStreamReader xml(xbel);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"bookmark" && xml.namespaceUri().isEmpty())
            out << xml.attributes().value(QStringLiteral("href")).toString() + u':';
        if (xml.name() == u"application" && !out.isEmpty())
            out.last() +=
                QStringLiteral(" %1(%2)").arg(xml.attributes().value(QStringLiteral("name")),
                                              xml.attributes().value(QStringLiteral("count")));
    }
    if (xml.hasError())
        out << QStringLiteral("error: ") + xml.errorString();
    return out;
}

}  // namespace

class TestRecentlyUsedXbel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSpecsExample_keepsItsBookmark_andGainsOurs()
    {
        QString error;
        const auto once = RecentlyUsedXbel::record(
            kSpecExample, entry(QStringLiteral("/home/r/a b.json")), &error);
        QVERIFY2(once, qPrintable(error));
        QCOMPARE(bookmarks(*once),
                 (QStringList{QStringLiteral("file:///home/ebassi/bookmark-spec/bookmark-spec.xml: "
                                             "GEdit(2) GViM(7)"),
                              QStringLiteral("file:///home/r/a%20b.json: Hope Reader(1)")}));
        // The other program's details stay as they were.
        QVERIFY(once->contains("<title>Desktop Bookmarks Spec</title>"));
        QVERIFY(once->contains("<bookmark:group>Editors</bookmark:group>"));
        QVERIFY(once->contains("<mime:mime-type>text/xml</mime:mime-type>"));
        QVERIFY(once->contains("exec=\"gvim %f\""));
        // Ours, as GLib's GBookmarkFile writes and reads it.
        QVERIFY(once->contains("<mime:mime-type type=\"application/x-hope-reader-bundle\"/>"));
        QVERIFY(once->contains("modified=\"2026-12-07T03:22:39Z\""));
        QVERIFY(once->contains("exec=\"hope-reader %f\""));

        // Opened again: counted, not listed twice.
        const auto twice =
            RecentlyUsedXbel::record(*once, entry(QStringLiteral("/home/r/a b.json")));
        QVERIFY(twice);
        QCOMPARE(bookmarks(*twice).last(),
                 QStringLiteral("file:///home/r/a%20b.json: Hope Reader(2)"));
        // Their file opened in the reader: ours joins their applications.
        const auto theirs = RecentlyUsedXbel::record(
            *twice, entry(QStringLiteral("/home/ebassi/bookmark-spec/bookmark-spec.xml")));
        QVERIFY(theirs);
        QCOMPARE(bookmarks(*theirs).first(),
                 QStringLiteral("file:///home/ebassi/bookmark-spec/bookmark-spec.xml: GEdit(2) "
                                "GViM(7) Hope Reader(1)"));
    }

    void noFile_startsOne()
    {
        const auto fresh = RecentlyUsedXbel::record({}, entry(QStringLiteral("/a.json")));
        QVERIFY(fresh);
        QCOMPARE(bookmarks(*fresh), QStringList{QStringLiteral("file:///a.json: Hope Reader(1)")});
        QVERIFY(fresh->contains(
            "xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\""));
    }

    // Never replaced with less than it held: a file that is not XBEL is
    // left as it is.
    void notXbel_isLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("cut short") << kSpecExample.left(300);
        QTest::newRow("another document") << QByteArray("<html><body/></html>");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
    }

    void notXbel_isLeftAlone()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recently-used.xbel"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        const QString error = RecentlyUsedXbel::write(path, entry(QStringLiteral("/a.json")));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), contents);
    }

    void aPipe_isNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recently-used.xbel"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const QString error = RecentlyUsedXbel::write(path, entry(QStringLiteral("/a.json")));
        QVERIFY2(error.contains(QStringLiteral("regular file")), qPrintable(error));
    }

    void written_andReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recently-used.xbel"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kSpecExample);
        }
        QCOMPARE(RecentlyUsedXbel::write(path, entry(QStringLiteral("/b.json"))), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(bookmarks(f.readAll()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecentlyUsedXbel)
#include "tst_recentlyusedxbel.moc"
