#include "core/ReadingLayout.h"

#include <QTest>

using namespace hope::core;

class TestReadingLayout : public QObject
{
    Q_OBJECT

private slots:
    void fromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("layout");  // -1: refused
        QTest::newRow("zh") << "zh" << int(ReadingLayout::Chinese);
        QTest::newRow("en") << "en" << int(ReadingLayout::English);
        QTest::newRow("parallel") << "parallel" << int(ReadingLayout::Parallel);
        QTest::newRow("interleaved") << "interleaved" << int(ReadingLayout::Interleaved);
        QTest::newRow("upper case") << "PARALLEL" << int(ReadingLayout::Parallel);
        QTest::newRow("spaces round") << "  en " << int(ReadingLayout::English);
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("a language name") << "chinese" << -1;
        QTest::newRow("side by side") << "side-by-side" << -1;
        QTest::newRow("a prefix") << "inter" << -1;
        QTest::newRow("two at once") << "zh,en" << -1;
    }
    void fromName()
    {
        QFETCH(QString, name);
        QFETCH(int, layout);
        const auto parsed = readingLayoutFromName(name);
        QCOMPARE(parsed.has_value(), layout >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), layout);
    }

    void name_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("bilingual");
        QTest::addColumn<QString>("languages");
        QTest::newRow("Chinese") << int(ReadingLayout::Chinese) << "zh" << false << "zh";
        QTest::newRow("English") << int(ReadingLayout::English) << "en" << false << "en";
        QTest::newRow("Parallel") << int(ReadingLayout::Parallel) << "parallel" << true << "zh en";
        QTest::newRow("Interleaved")
            << int(ReadingLayout::Interleaved) << "interleaved" << true << "zh en";
    }
    void name()
    {
        QFETCH(int, layout);
        QFETCH(QString, name);
        QFETCH(bool, bilingual);
        QFETCH(QString, languages);
        const auto l = ReadingLayout(layout);
        QCOMPARE(readingLayoutName(l), name);
        QCOMPARE(readingLayoutFromName(name), std::optional(l));
        QCOMPARE(isBilingual(l), bilingual);
        QStringList codes;
        for (const Language language : languagesOf(l)) codes << languageCode(language);
        QCOMPARE(codes.join(u' '), languages);
    }

    void singleLayout_ofEachLanguage()
    {
        QCOMPARE(singleLayout(Language::Chinese), ReadingLayout::Chinese);
        QCOMPARE(singleLayout(Language::English), ReadingLayout::English);
    }
};

QTEST_GUILESS_MAIN(TestReadingLayout)
#include "tst_readinglayout.moc"
