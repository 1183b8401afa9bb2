#include "core/SettingsIni.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::core;

// The settings file is read by our own parser: QSettings' dialect, without
// QSettings' "@Variant" decoding, which a crafted file turns into a crash
// or minutes of work.
class TestSettingsIni : public QObject
{
    Q_OBJECT

private:
    // Every byte value, so that each escape QSettings uses is met.
    static QByteArray allBytes()
    {
        QByteArray bytes;
        for (int i = 0; i < 256; ++i) bytes.append(char(i));
        // A hex escape followed by hex digits, which it must not swallow.
        return bytes + QByteArray(
                           "\x01"
                           "abc\x7f"
                           "F0\x00"
                           "1",
                           8);
    }

    static QVariantMap sample()
    {
        return {
            {QStringLiteral("window/geometry"), allBytes()},
            {QStringLiteral("window/splitter-main"), QByteArray()},
            {QStringLiteral("reader/position"), QStringLiteral("s2-p3@0.25")},
            {QStringLiteral("reader/text"),
             QStringLiteral("a, b; c=d \"q\" \\ 希望是光 \t\n end ")},
            {QStringLiteral("reader/at"), QStringLiteral("@Variant(not a variant)")},
            {QStringLiteral("reader/empty"), QString()},
            {QStringLiteral("clip/volume"), QStringLiteral("0.5")},
            {QStringLiteral("top"), QStringLiteral("level")},
        };
    }

private slots:
    // What QSettings wrote (earlier versions' files) reads the same: the
    // expected values are QSettings' own, not this parser's.
    void filesWrittenByQSettings_readTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qsettings.ini"));
        const QVariantMap values = sample();
        {
            QSettings out(path, QSettings::IniFormat);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                out.setValue(it.key(), it.value());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SettingsIni::Result read = SettingsIni::read(f.readAll());
        QCOMPARE(read.refused, QStringList());
        QCOMPARE(read.values.keys(), values.keys());
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QCOMPARE(read.values.value(it.key()).typeId(), it.value().typeId());
            QCOMPARE(read.values.value(it.key()), it.value());
        }
    }

    // And what we write, QSettings reads the same (a downgrade keeps them).
    void filesWeWrite_readTheSameInQSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ours.ini"));
        const QVariantMap values = sample();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(SettingsIni::write(values));
        }
        QSettings in(path, QSettings::IniFormat);
        QCOMPARE(in.allKeys().size(), values.size());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QCOMPARE(in.value(it.key()), it.value());
        QCOMPARE(SettingsIni::read(SettingsIni::write(values)).values, values);
    }

    void onlyStringsAndByteArrays_areRead_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("refused");
        QTest::addColumn<QVariantMap>("values");
        const QStringList language{QStringLiteral("reader/language")};
        const QVariantMap none;
        QTest::newRow("@Variant") << QByteArray("[reader]\nlanguage=@Variant(\\0\\0\\0\\t)\n")
                                  << language << none;
        QTest::newRow("@Rect") << QByteArray("[reader]\nlanguage=@Rect(1 2 3 4)\n") << language
                               << none;
        QTest::newRow("@DateTime")
            << QByteArray("[reader]\nlanguage=\"@DateTime(\\0)\"\n") << language << none;
        QTest::newRow("a list") << QByteArray("[reader]\nlanguage=en, @Variant(\\0)\n") << language
                                << none;
        QTest::newRow("a variant in a list")
            << QByteArray("[reader]\nlanguage=\"x\", @Size(1 2)\n") << language << none;
        QTest::newRow("broken escape") << QByteArray("[reader]\nlanguage=en\\") << language << none;
        QTest::newRow("open quote") << QByteArray("[reader]\nlanguage=\"en\n") << language << none;
        QTest::newRow("@@ is an at sign")
            << QByteArray("[reader]\nlanguage=@@Variant(x)\n") << QStringList()
            << QVariantMap{{QStringLiteral("reader/language"), QStringLiteral("@Variant(x)")}};
        QTest::newRow("a later good value wins")
            << QByteArray("[reader]\nlanguage=@Variant(x)\nlanguage=en\n") << QStringList()
            << QVariantMap{{QStringLiteral("reader/language"), QStringLiteral("en")}};
        QTest::newRow("comments and General")
            << QByteArray("; note\n[General]\nkey=value ; comment\n# other\n[a%20b]\nk%2Fx=1\n")
            << QStringList()
            << QVariantMap{{QStringLiteral("key"), QStringLiteral("value")},
                           {QStringLiteral("a b/k/x"), QStringLiteral("1")}};
        QTest::newRow("a byte array beyond Latin-1")
            << QByteArray("[window]\ngeometry=\"@ByteArray(\\x4e00)\"\n")
            << QStringList{QStringLiteral("window/geometry")} << none;
    }

    void onlyStringsAndByteArrays_areRead()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, refused);
        QFETCH(QVariantMap, values);
        const SettingsIni::Result read = SettingsIni::read(file);
        QCOMPARE(read.refused, refused);
        QCOMPARE(read.values, values);
    }
};

QTEST_GUILESS_MAIN(TestSettingsIni)
#include "tst_settingsini.moc"
