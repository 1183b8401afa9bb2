#include "core/PinyinIndex.h"

#include <QTest>
#include <QtEndian>

using hope::core::PinyinIndex;

namespace {

const QByteArrayView kStamp = "made from test files";

QHash<QString, QStringList> someWords()
{
    return {
        {QStringLiteral("希望"), {QStringLiteral("xi1"), QStringLiteral("wang4")}},
        {QStringLiteral("银行"), {QStringLiteral("yin2"), QStringLiteral("hang2")}},
        {QStringLiteral("银行家"),
         {QStringLiteral("yin2"), QStringLiteral("hang2"), QStringLiteral("jia1")}},
        // A character outside the BMP sorts by its surrogates, as looked up.
        {QStringLiteral("𠀾子"), {QStringLiteral("shi2"), QStringLiteral("zi5")}},
        {QStringLiteral("一会儿"),
         {QStringLiteral("yi1"), QStringLiteral("hui4"), QStringLiteral("r5")}},
    };
}

QHash<char32_t, QString> someCharacters()
{
    return {{U'中', QStringLiteral("zhong1")},
            {U'〇', QStringLiteral("ling2")},
            {U'𠀾', QStringLiteral("shi2")},
            {U'行', QStringLiteral("xing2")}};
}

// The index with its checksum made again after a change, so that what is
// tested is the check behind the checksum.
QByteArray resealed(QByteArray bytes)
{
    bytes.chop(8);
    // FNV-1a over little-endian 8-byte words, then the bytes left over, as
    // the index's form says.
    quint64 hash = 0xcbf29ce484222325ULL;
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8)
        hash = (hash ^ qFromLittleEndian<quint64>(bytes.constData() + i)) * 0x100000001b3ULL;
    for (; i < bytes.size(); ++i) hash = (hash ^ uchar(bytes.at(i))) * 0x100000001b3ULL;
    QByteArray sum(8, '\0');
    qToLittleEndian(hash, sum.data());
    return bytes + sum;
}

// Where the counts start: after the magic, version, stamp length and stamp
// (padded to four bytes).
qsizetype countsAt()
{
    const qsizetype at = 12 + 8 + kStamp.size();
    return (at + 3) / 4 * 4;
}

void setU32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

}  // namespace

class TestPinyinIndex : public QObject
{
    Q_OBJECT

private slots:
    void lookups_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("reading");  // empty: not a word
        QTest::newRow("a word") << QStringLiteral("希望") << QStringLiteral("xi1 wang4");
        QTest::newRow("another") << QStringLiteral("银行") << QStringLiteral("yin2 hang2");
        QTest::newRow("a longer word beginning the same")
            << QStringLiteral("银行家") << QStringLiteral("yin2 hang2 jia1");
        QTest::newRow("outside the BMP") << QStringLiteral("𠀾子") << QStringLiteral("shi2 zi5");
        QTest::newRow("three syllables")
            << QStringLiteral("一会儿") << QStringLiteral("yi1 hui4 r5");
        QTest::newRow("a prefix of a word is no word") << QStringLiteral("银") << QString();
        QTest::newRow("past the last") << QStringLiteral("龥龥") << QString();
        QTest::newRow("before the first") << QStringLiteral("00") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void lookups()
    {
        QFETCH(QString, word);
        QFETCH(QString, reading);
        const std::optional<PinyinIndex> index =
            PinyinIndex::open(PinyinIndex::build(someWords(), someCharacters(), kStamp), kStamp);
        QVERIFY(index);
        const std::optional<QStringList> got = index->word(word);
        QCOMPARE(got ? got->join(u' ') : QString(), reading);
        QCOMPARE(index->hasWord(word), !reading.isEmpty());
    }

    void characters()
    {
        QString why;
        const std::optional<PinyinIndex> index = PinyinIndex::open(
            PinyinIndex::build(someWords(), someCharacters(), kStamp), kStamp, &why);
        QVERIFY2(index, qPrintable(why));
        QCOMPARE(index->character(U'中'), QStringLiteral("zhong1"));
        QCOMPARE(index->character(U'〇'), QStringLiteral("ling2"));
        QCOMPARE(index->character(U'𠀾'), QStringLiteral("shi2"));
        QCOMPARE(index->character(U'行'), QStringLiteral("xing2"));
        QCOMPARE(index->character(U'a'), QString());
        QCOMPARE(index->character(char32_t(0x10ffff)), QString());
        QCOMPARE(index->wordCount(), 5);
        QCOMPARE(index->characterCount(), 4);
        QCOMPARE(index->longestWord(), 3);
    }

    void emptyIndex()
    {
        const std::optional<PinyinIndex> index =
            PinyinIndex::open(PinyinIndex::build({}, {}, kStamp), kStamp);
        QVERIFY(index);
        QVERIFY(!index->hasWord(QStringLiteral("希望")));
        QCOMPARE(index->character(U'中'), QString());
    }

    // Whatever is in the file, a bad index is refused with a reason, and
    // nothing is read outside it.
    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        const QByteArray good = PinyinIndex::build(someWords(), someCharacters(), kStamp);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a pinyin index");
        QTest::newRow("another file")
            << QByteArray("{\"format\": \"json\"}") << QStringLiteral("not a pinyin index");
        QTest::newRow("cut short") << good.left(good.size() / 2) << QStringLiteral("checksum");
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped.at(good.size() / 2) ^ 0x20);
        QTest::newRow("a byte changed") << flipped << QStringLiteral("checksum");
        QByteArray version = good;
        setU32(version, 12, PinyinIndex::kVersion + 1);
        QTest::newRow("another version") << resealed(version) << QStringLiteral("version");
        QTest::newRow("made from other files")
            << PinyinIndex::build(someWords(), someCharacters(), "other files")
            << QStringLiteral("other files");
        QByteArray stampLength = good;
        setU32(stampLength, 16, 0xffffffff);
        QTest::newRow("a stamp longer than the file")
            << resealed(stampLength) << QStringLiteral("other files");
        QByteArray words = good;
        setU32(words, countsAt(), 0x40000000);
        QTest::newRow("a word count too large")
            << resealed(words) << QStringLiteral("do not add up");
        QByteArray strings = good;
        setU32(strings, countsAt() + 8, 0xffffffff);
        QTest::newRow("a string count too large")
            << resealed(strings) << QStringLiteral("do not add up");
        // The first word's key placed past the strings.
        QByteArray outside = good;
        setU32(outside, countsAt() + 16, 0x7fffffff);
        QTest::newRow("a word outside the strings")
            << resealed(outside) << QStringLiteral("outside its strings");
        QByteArray character = good;
        setU32(character, countsAt() + 16 + 5 * 8 + 4, 0x7fffffff);
        QTest::newRow("a character outside the strings")
            << resealed(character) << QStringLiteral("outside its strings");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QString said;
        QVERIFY(!PinyinIndex::open(bytes, kStamp, &said));
        QVERIFY2(said.contains(why), qPrintable(said));
    }

    // What is built is what is kept: the same bytes opened again give the
    // same answers (the cache in the user's folder is these bytes).
    void bytesRoundTrip()
    {
        const QByteArray built = PinyinIndex::build(someWords(), someCharacters(), kStamp);
        const std::optional<PinyinIndex> index = PinyinIndex::open(built, kStamp);
        QVERIFY(index);
        QCOMPARE(index->bytes(), built);
        // A copy made elsewhere in memory, as a file read gives.
        const QByteArray copy(built.constData(), built.size());
        const std::optional<PinyinIndex> again = PinyinIndex::open(copy, kStamp);
        QVERIFY(again);
        QCOMPARE(again->word(QStringLiteral("银行家"))->join(u' '),
                 QStringLiteral("yin2 hang2 jia1"));
    }
};

QTEST_GUILESS_MAIN(TestPinyinIndex)
#include "tst_pinyinindex.moc"
