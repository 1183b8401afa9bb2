#include "core/ChineseScript.h"

#include <QTest>

using namespace hope::core;
using namespace Qt::StringLiterals;

// The codes of --script and of the settings file.
class TestChineseScript final : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("script");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("hans") << u"hans"_s << int(ChineseScript::Simplified) << u"hans"_s;
        QTest::newRow("hant-tw") << u"hant-tw"_s << int(ChineseScript::TraditionalTaiwan)
                                 << u"hant-tw"_s;
        QTest::newRow("hant-hk") << u"hant-hk"_s << int(ChineseScript::TraditionalHongKong)
                                 << u"hant-hk"_s;
        QTest::newRow("case") << u"Hant-TW"_s << int(ChineseScript::TraditionalTaiwan)
                              << u"hant-tw"_s;
        QTest::newRow("empty") << QString() << -1 << QString();
        QTest::newRow("hant") << u"hant"_s << -1 << QString();
        QTest::newRow("tw") << u"tw"_s << -1 << QString();
        QTest::newRow("control") << u"hans\u0007"_s << -1 << QString();
        QTest::newRow("huge") << QString(100000, u'h') << -1 << QString();
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(int, script);
        QFETCH(QString, canonical);
        const std::optional<ChineseScript> found = scriptFromCode(code);
        QCOMPARE(found.has_value(), script >= 0);
        if (!found)
            return;
        QCOMPARE(int(*found), script);
        QCOMPARE(scriptCode(*found), canonical);
    }
};

QTEST_GUILESS_MAIN(TestChineseScript)
#include "tst_chinesescript.moc"
