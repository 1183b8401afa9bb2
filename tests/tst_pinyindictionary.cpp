#include "core/PinyinDictionary.h"
#include "core/PinyinSources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using hope::core::PinyinDictionary;

namespace {

// A small Rime dictionary in the word list's own form: traditional
// spellings, weights on some lines, and lines that are no entries.
const char kWordList[] =
    "# Rime dictionary\n"
    "---\n"
    "name: test\n"
    "...\n"
    "\n"
    "〇\tling2\n"
    "長\tchang2\t90%\n"
    "長\tzhang3\t10%\n"
    "銀行\tyin2 hang2\n"
    "長期\tchang2 qi1\n"
    "長期\tchang2 qi2\n"
    "一起\tyi4 qi3\n"
    "一樣\tyi2 yang4\n"
    "不是\tbu2 shi4\n"
    "不是\tbu4 shi5\n"
    "發展\tfa1 zhan3\t10\n"
    "發展\tfa4 zhan3\t90\n"
    // Taiwan tones, and readings no rule can judge
    "期待\tqi2 dai4\n"
    "常識\tchang2 shi4\n"
    "頭髮\ttou2 fa3\n"
    "發現\tfa3 xian4\n"
    "日子\tri4 zi5\n"
    "一會兒\tyi2 hui4 r5\n"
    "大家\tda4 gu1\n"
    // Two readings with no weight, listed in the order of their letters
    "不好\tbu2 hao4\n"
    "不好\tbu4 hao3\n"
    "#以下爲詞組\n"
    "no tab here\n"
    "錯誤\tcuo4\n"
    "abc\ta1 b2 c3\n"
    "空格\tkong4 GE2\n";

}  // namespace

class TestPinyinDictionary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_sources.cache = m_dir.filePath(QStringLiteral("cache/pinyin.index"));
        m_sources.wordList = write(QStringLiteral("words.dict.yaml"), kWordList);
        m_sources.corrections = write(QStringLiteral("corrections.tsv"),
                                      "# comment\n"
                                      "\n"
                                      "细数\txi4 shu3\twhy it is here\n"
                                      "为 宗旨\twei2 zong1 zhi3\n");
        m_loaded = PinyinDictionary::load(m_sources);
        QVERIFY2(m_loaded.ok(), qPrintable(m_loaded.error));
        QVERIFY(!m_loaded.fromCache);
        QVERIFY(QFileInfo(*m_sources.cache).isFile());
        m_cached = PinyinDictionary::load(m_sources);
        QVERIFY2(m_cached.ok(), qPrintable(m_cached.error));
        QVERIFY2(m_cached.fromCache, qPrintable(m_cached.cacheNote));
    }

    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("reading");  // empty: not a word
        QTest::newRow("traditional, as listed")
            << QStringLiteral("銀行") << QStringLiteral("yin2 hang2");
        QTest::newRow("simplified, through ICU")
            << QStringLiteral("银行") << QStringLiteral("yin2 hang2");
        QTest::newRow("of equal readings, the first")
            << QStringLiteral("长期") << QStringLiteral("chang2 qi1");
        QTest::newRow("the heavier reading")
            << QStringLiteral("发展") << QStringLiteral("fa4 zhan3");
        // The word list's Taiwan tones, as the mainland dictionaries give
        // them (Unihan's kXHC1983 and kTGHZ2013 list 期 jī and qī only).
        QTest::newRow("期 qí, Taiwan: qī") << QStringLiteral("期待") << QStringLiteral("qi1 dai4");
        QTest::newRow("識 shì, Taiwan: shí, as 识 is read")
            << QStringLiteral("常识") << QStringLiteral("chang2 shi2");
        QTest::newRow("发 of 髮, Taiwan fǎ: fà")
            << QStringLiteral("头发") << QStringLiteral("tou2 fa4");
        QTest::newRow("发 of 發: fā") << QStringLiteral("发现") << QStringLiteral("fa1 xian4");
        QTest::newRow("a neutral tone is the word's")
            << QStringLiteral("日子") << QStringLiteral("ri4 zi5");
        QTest::newRow("儿 as r") << QStringLiteral("一会儿") << QStringLiteral("yi1 hui4 r5");
        QTest::newRow("other letters: left") << QStringLiteral("大家") << QStringLiteral("da4 gu1");
        QTest::newRow("of unweighted readings, the usual one")
            << QStringLiteral("不好") << QStringLiteral("bu4 hao3");
        QTest::newRow("一 in its own tone, yi4")
            << QStringLiteral("一起") << QStringLiteral("yi1 qi3");
        QTest::newRow("一 in its own tone, yi2")
            << QStringLiteral("一样") << QStringLiteral("yi1 yang4");
        QTest::newRow("不 in its own tone") << QStringLiteral("不是") << QStringLiteral("bu4 shi4");
        QTest::newRow("a syllable short: skipped") << QStringLiteral("错误") << QString();
        QTest::newRow("not Chinese: skipped") << QStringLiteral("abc") << QString();
        QTest::newRow("a capital: skipped") << QStringLiteral("空格") << QString();
        QTest::newRow("single characters are no words") << QStringLiteral("长") << QString();
        QTest::newRow("not listed") << QStringLiteral("希望") << QString();
    }

    void words()
    {
        QFETCH(QString, word);
        QFETCH(QString, reading);
        // As read from the files, and from the index they left in the cache.
        for (const PinyinDictionary::Loaded *loaded : {&m_loaded, &m_cached}) {
            const std::optional<QStringList> got = loaded->dictionary->word(word);
            QCOMPARE(got ? got->join(u' ') : QString(), reading);
            QCOMPARE(loaded->dictionary->hasWord(word), got.has_value());
        }
    }

    // Single characters read as Unihan's kMandarin has them (its first,
    // mainland, reading), not as the word list's heaviest: 长 is zhǎng
    // there. The word list is for the few Unihan has no reading for.
    void characters_data()
    {
        QTest::addColumn<uint>("character");
        QTest::addColumn<QString>("reading");
        QTest::newRow("长, Unihan") << uint(0x957f) << QStringLiteral("zhang3");
        QTest::newRow("着, Unihan") << uint(0x7740) << QStringLiteral("zhe5");
        QTest::newRow("都, the first of two") << uint(0x90fd) << QStringLiteral("dou1");
        QTest::newRow("女, ü") << uint(0x5973) << QStringLiteral("nv3");
        // The 2013 dictionary's reading, where kMandarin has the older one.
        QTest::newRow("绩, jī before 1985: jì") << uint(0x7ee9) << QStringLiteral("ji4");
        QTest::newRow("帧, zhèng before 1985: zhēn") << uint(0x5e27) << QStringLiteral("zhen1");
        QTest::newRow("子, its neutral tone kept") << uint(0x5b50) << QStringLiteral("zi5");
        QTest::newRow("〇, not in Unihan's kMandarin") << uint(0x3007) << QStringLiteral("ling2");
        QTest::newRow("not Chinese") << uint('a') << QString();
    }

    void characters()
    {
        QFETCH(uint, character);
        QFETCH(QString, reading);
        QCOMPARE(m_loaded.dictionary->character(char32_t(character)), reading);
        QCOMPARE(m_cached.dictionary->character(char32_t(character)), reading);
    }

    void corrections()
    {
        const PinyinDictionary &d = *m_loaded.dictionary;
        QVERIFY(d.correction(QStringLiteral("细数")));
        QCOMPARE(d.correction(QStringLiteral("细数"))->syllables,
                 (QStringList{QStringLiteral("xi4"), QStringLiteral("shu3")}));
        QVERIFY(d.correction(QStringLiteral("细数"))->breaks.isEmpty());
        const PinyinDictionary::Correction *twoWords = d.correction(QStringLiteral("为宗旨"));
        QVERIFY(twoWords);
        QCOMPARE(twoWords->syllables.size(), 3);
        QCOMPARE(twoWords->breaks, QList<qsizetype>{1});
        QVERIFY(!d.correction(QStringLiteral("为 宗旨")));
        QCOMPARE(d.longestCorrection(), 3);
    }

    // The files as Debian installs them, and ours: all there, and large.
    void installed()
    {
        const PinyinDictionary::Loaded loaded = PinyinDictionary::load({});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded.dictionary->wordCount() > 50000);
        QVERIFY(loaded.dictionary->characterCount() > 40000);
        QVERIFY(loaded.dictionary->correction(QStringLiteral("行业")));
    }

    // What is wrong, with which file, and what installs it: never a crash.
    void errors_data()
    {
        QTest::addColumn<QString>("which");       // the source that is broken
        QTest::addColumn<QByteArray>("content");  // empty: no such file
        QTest::addColumn<QStringList>("said");
        const QStringList terra{QStringLiteral("rime-data-terra-pinyin"),
                                QStringLiteral("apt-get install")};
        QTest::newRow("no word list") << QStringLiteral("words") << QByteArray()
                                      << terra + QStringList{QStringLiteral("does not exist")};
        QTest::newRow("no YAML header end")
            << QStringLiteral("words") << QByteArray("name: x\n長\tchang2\n")
            << terra + QStringList{QStringLiteral("not a Rime dictionary")};
        QTest::newRow("no words") << QStringLiteral("words") << QByteArray("---\n...\n# none\n")
                                  << terra + QStringList{QStringLiteral("no words")};
        QTest::newRow("no Unihan")
            << QStringLiteral("unihan") << QByteArray()
            << QStringList{QStringLiteral("unicode-data"), QStringLiteral("does not exist")};
        QTest::newRow("Unihan not bzip2")
            << QStringLiteral("unihan") << QByteArray("U+4E00\tkMandarin\tyī\n")
            << QStringList{QStringLiteral("unicode-data"), QStringLiteral("bzip2")};
        QTest::newRow("Unihan cut short")
            << QStringLiteral("unihan") << QByteArray("BZh91AY&SY\x01\x02", 12)
            << QStringList{QStringLiteral("unicode-data"), QStringLiteral("cut short")};
        QTest::newRow("no corrections") << QStringLiteral("corrections") << QByteArray()
                                        << QStringList{QStringLiteral("does not exist")};
        QTest::newRow("correction without syllables")
            << QStringLiteral("corrections") << QByteArray("# ok\n行业\n")
            << QStringList{QStringLiteral("line 2")};
        QTest::newRow("correction a syllable short")
            << QStringLiteral("corrections") << QByteArray("行业\thang2\n")
            << QStringList{QStringLiteral("line 1")};
        QTest::newRow("correction with a bad syllable")
            << QStringLiteral("corrections") << QByteArray("行业\thang2 YE\n")
            << QStringList{QStringLiteral("line 1")};
        QTest::newRow("correction not Chinese")
            << QStringLiteral("corrections") << QByteArray("IP\ta1 b2\n")
            << QStringList{QStringLiteral("line 1")};
        QTest::newRow("correction twice")
            << QStringLiteral("corrections") << QByteArray("行业\thang2 ye4\n行 业\thang2 ye4\n")
            << QStringList{QStringLiteral("line 2"), QStringLiteral("twice")};
    }

    void errors()
    {
        QFETCH(QString, which);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, said);
        PinyinDictionary::Sources sources = m_sources;
        const QString name = QStringLiteral("broken-") + QString::fromUtf8(QTest::currentDataTag());
        const QString path =
            content.isEmpty() ? m_dir.filePath(QStringLiteral("missing")) : write(name, content);
        if (which == u"words")
            sources.wordList = path;
        else if (which == u"unihan")
            sources.unihan = path;
        else
            sources.corrections = path;
        const PinyinDictionary::Loaded loaded = PinyinDictionary::load(sources);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(path), qPrintable(loaded.error));
        for (const QString &s : said) QVERIFY2(loaded.error.contains(s), qPrintable(loaded.error));
    }

    // An index made from other files than those installed now is not used:
    // a Debian update of the word list gives its new readings at once.
    void cache_madeAgainWhenTheWordListChanges()
    {
        QTemporaryDir dir;
        PinyinDictionary::Sources sources = m_sources;
        sources.cache = dir.filePath(QStringLiteral("pinyin.index"));
        sources.wordList = dir.filePath(QStringLiteral("words.dict.yaml"));
        QVERIFY(QFile::copy(m_sources.wordList, sources.wordList));
        QVERIFY(!PinyinDictionary::load(sources).fromCache);
        QVERIFY(PinyinDictionary::load(sources).fromCache);

        QFile words(sources.wordList);
        QVERIFY(words.open(QIODevice::Append));
        QVERIFY(words.write("希望\txi1 wang4\n") > 0);
        words.close();
        const PinyinDictionary::Loaded loaded = PinyinDictionary::load(sources);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.fromCache);
        QVERIFY2(loaded.cacheNote.contains(u"other files"), qPrintable(loaded.cacheNote));
        QCOMPARE(loaded.dictionary->word(QStringLiteral("希望"))->join(u' '),
                 QStringLiteral("xi1 wang4"));
        QVERIFY(PinyinDictionary::load(sources).fromCache);
    }

    // Whatever is at the cache's path, the readings come from the files and
    // are right; a damaged index is replaced, and nothing but a file ever is.
    void cache_badIndex_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("garbage") << QStringLiteral("garbage") << true;
        QTest::newRow("cut short") << QStringLiteral("cut") << true;
        QTest::newRow("empty") << QStringLiteral("empty") << true;
        QTest::newRow("a folder") << QStringLiteral("folder") << false;
        QTest::newRow("a FIFO") << QStringLiteral("fifo") << false;
        QTest::newRow("a link to another file") << QStringLiteral("link") << false;
        QTest::newRow("in a folder that cannot be made") << QStringLiteral("nofolder") << false;
    }

    void cache_badIndex()
    {
        QFETCH(QString, what);
        QFETCH(bool, replaced);
        QTemporaryDir dir;
        PinyinDictionary::Sources sources = m_sources;
        const QString path = dir.filePath(QStringLiteral("pinyin.index"));
        sources.cache = path;
        const QString other = dir.filePath(QStringLiteral("someone-elses"));
        QFile good(*m_sources.cache);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray index = good.readAll();
        if (what == u"garbage")
            QVERIFY(writeTo(path, QByteArray(4096, 'x')));
        else if (what == u"cut")
            QVERIFY(writeTo(path, index.left(index.size() / 3)));
        else if (what == u"empty")
            QVERIFY(writeTo(path, QByteArray()));
        else if (what == u"folder")
            QVERIFY(QDir().mkdir(path));
        else if (what == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (what == u"link")
            QVERIFY(writeTo(other, "keep me") && QFile::link(other, path));
        else if (what == u"nofolder") {
            // A file where the folder would be: not even root can make it.
            QVERIFY(writeTo(dir.filePath(QStringLiteral("a-file")), "x"));
            sources.cache = dir.filePath(QStringLiteral("a-file/pinyin.index"));
        }

        const PinyinDictionary::Loaded loaded = PinyinDictionary::load(sources);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(!loaded.fromCache);
        QCOMPARE(loaded.dictionary->word(QStringLiteral("银行"))->join(u' '),
                 QStringLiteral("yin2 hang2"));
        QCOMPARE(loaded.dictionary->character(U'长'), QStringLiteral("zhang3"));
        // Loaded again: from the new index where it could be written.
        QCOMPARE(PinyinDictionary::load(sources).fromCache, replaced);
        if (!replaced)
            QVERIFY2(!loaded.cacheNote.isEmpty(), "why the index was not kept");
        if (what == u"link") {
            QVERIFY(QFileInfo(path).isSymLink());
            QFile kept(other);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("keep me"));
        }
        if (what == u"folder")
            QVERIFY(QFileInfo(path).isDir());
        if (what == u"fifo")
            QVERIFY(!QFileInfo(path).isFile() && QFileInfo::exists(path));
    }

    // A folder, or a file far larger than the word list, is not read.
    void notARegularOrTooLargeFile()
    {
        PinyinDictionary::Sources sources = m_sources;
        sources.wordList = m_dir.path();
        PinyinDictionary::Loaded loaded = PinyinDictionary::load(sources);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QStringLiteral("folder")), qPrintable(loaded.error));

        QFile large(m_dir.filePath(QStringLiteral("large.dict.yaml")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        QVERIFY(large.resize(hope::core::PinyinSources::kMaxWordListBytes +
                             1));  // sparse: no disk used
        large.close();
        sources.wordList = large.fileName();
        loaded = PinyinDictionary::load(sources);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(QStringLiteral("more than")), qPrintable(loaded.error));
    }

private:
    static bool writeTo(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    QTemporaryDir m_dir;
    PinyinDictionary::Sources m_sources;
    // Loaded once: unpacking Unihan takes a fifth of a second.
    PinyinDictionary::Loaded m_loaded;
    // The same, from the index that load left in the cache.
    PinyinDictionary::Loaded m_cached;
};

QTEST_GUILESS_MAIN(TestPinyinDictionary)
#include "tst_pinyindictionary.moc"
