// Reading aloud without widgets: paragraphs synthesised by espeak-ng and
// followed through a silent output whose clock the test moves by hand, so
// nothing here depends on timing.
#include "core/PinyinConverter.h"
#include "speech/PcmOutput.h"
#include "speech/ReadAloudController.h"
#include "speech/SilentPcmOutput.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::speech;
using hope::core::Language;

namespace {
const QString kFirst =
    QStringLiteral("The first sentence is short. The second one follows it. A third ends here.");
const QString kSecond = QStringLiteral("Another paragraph begins. It has two sentences.");
// Every word of both, in order, as a person reads them.
const QString kWords = QStringLiteral(
    "p1:The p1:first p1:sentence p1:is p1:short p1:The p1:second p1:one p1:follows p1:it "
    "p1:A p1:third p1:ends p1:here p2:Another p2:paragraph p2:begins p2:It p2:has p2:two "
    "p2:sentences");
// Silence on the test's clock that remembers the longest audio it was
// given at once.
class RecordingOutput final : public PcmOutput
{
public:
    RecordingOutput(SilentPcmOutput::Clock clock, qint64 *longestMs)
        : m_silence(std::move(clock)), m_longestMs(longestMs)
    {}
    void play(const QByteArray &pcm, int sampleRate) override
    {
        *m_longestMs = std::max(*m_longestMs, qint64(pcm.size() / 2) * 1000 / sampleRate);
        m_silence.play(pcm, sampleRate);
    }
    void pause() override { m_silence.pause(); }
    void resume() override { m_silence.resume(); }
    void stop() override { m_silence.stop(); }
    [[nodiscard]] qint64 positionMs() const override { return m_silence.positionMs(); }
    [[nodiscard]] bool isFinished() const override { return m_silence.isFinished(); }
    [[nodiscard]] QString error() const override { return {}; }

private:
    SilentPcmOutput m_silence;
    qint64 *m_longestMs;
};

}  // namespace

class TestReadAloudController : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;

    // A controller over the two paragraphs, sound into silence on our clock.
    std::unique_ptr<ReadAloudController> make(QString notice = {})
    {
        auto c = std::make_unique<ReadAloudController>();
        c->setOutputFactory([this, notice](QString *why) -> std::unique_ptr<PcmOutput> {
            *why = notice;
            if (!notice.isEmpty())
                return nullptr;
            return std::make_unique<SilentPcmOutput>([this] { return m_now; });
        });
        c->setParagraphs({{QStringLiteral("p1"), kFirst}, {QStringLiteral("p2"), kSecond}},
                         Language::English);
        // On our clock the test looks for the controller; with no device it
        // reads into silence on the real clock, and its own timer looks.
        c->setManualTicks(notice.isEmpty());
        return c;
    }

    // A controller that reads Chinese through this converter at twice the
    // usual speed, into silence on our clock.
    std::unique_ptr<ReadAloudController> makeChinese(
        std::shared_ptr<const hope::core::PinyinConverter> converter)
    {
        auto c = std::make_unique<ReadAloudController>();
        c->setOutputFactory([this](QString *) -> std::unique_ptr<PcmOutput> {
            return std::make_unique<SilentPcmOutput>([this] { return m_now; });
        });
        c->setConverter(std::move(converter));
        c->setSpeed(2.0);
        c->setManualTicks(true);
        return c;
    }

    // One step of our clock: once the paragraph to read is synthesised (in
    // the background: there is nothing to follow before), the clock moves
    // on and the controller looks. False if synthesis never ends.
    static bool step(ReadAloudController &c, qint64 &now, qint64 ms)
    {
        if (!QTest::qWaitFor([&c] { return !c.isWaitingForSpeech(); }))
            return false;
        now += ms;
        c.tick();
        return true;
    }

    // Moves the clock on until the position changes; false if it never does.
    static bool advanceUntilMoved(ReadAloudController &c, qint64 &now)
    {
        const ReadAloudPosition before = c.position();
        for (int i = 0; i < 100 && c.position() == before; ++i) {
            if (!step(c, now, 40))
                return false;
        }
        return !(c.position() == before);
    }

    // The clock moved on less than the shortest word lasts between two
    // looks, so that no word is missed. True once the reading has ended.
    bool playToTheEnd(ReadAloudController &c)
    {
        while (c.state() == ReadAloudController::State::Playing && m_now < 600000) {
            if (!step(c, m_now, 25))
                return false;
        }
        return c.state() != ReadAloudController::State::Playing;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // First, before espeak-ng has started in this process: with no voice
    // data it says what to install, and stops.
    void missingVoiceData_failsSayingWhatToInstall()
    {
        QTemporaryDir empty;
        qputenv("ESPEAK_DATA_PATH", empty.path().toLocal8Bit());
        auto c = make();
        QSignalSpy failed(c.get(), &ReadAloudController::failed);
        QVERIFY(c->start(QStringLiteral("p1")));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"espeak-ng-data"),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(c->state(), ReadAloudController::State::Stopped);
        qunsetenv("ESPEAK_DATA_PATH");
    }

    void unknownParagraph_isNotStarted()
    {
        auto c = make();
        QVERIFY(!c->start(QStringLiteral("nowhere")));
        QCOMPARE(c->state(), ReadAloudController::State::Stopped);
    }

    void words_areLitInOrder_insideTheirSentence_thenTheNextParagraph()
    {
        auto c = make();
        QSignalSpy finished(c.get(), &ReadAloudController::finished);
        c->setSpeed(2.0);
        QList<ReadAloudPosition> seen;
        connect(c.get(), &ReadAloudController::positionChanged, this,
                [&seen](const ReadAloudPosition &p) { seen << p; });
        QVERIFY(c->start(QStringLiteral("p1")));
        QTRY_VERIFY(!c->position().blockId.isEmpty());
        QVERIFY(playToTheEnd(*c));
        QCOMPARE(finished.size(), 1);
        QStringList words;
        for (const ReadAloudPosition &p : std::as_const(seen)) {
            if (p.blockId.isEmpty() || p.wordLength == 0)
                continue;
            const QString &text = p.blockId == u"p1" ? kFirst : kSecond;
            // Each word inside its sentence, the sentence one of the text's.
            QVERIFY(p.wordStart >= p.sentenceStart);
            QVERIFY(p.wordStart + p.wordLength <= p.sentenceStart + p.sentenceLength);
            const QString sentence = text.mid(p.sentenceStart, p.sentenceLength);
            QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
            const QString word = text.mid(p.wordStart, p.wordLength);
            if (words.isEmpty() || words.last() != p.blockId + u':' + word)
                words << p.blockId + u':' + word;
        }
        QCOMPARE(words.join(u' '), kWords);
        QCOMPARE(c->position().blockId, QString());
    }

    void pause_holdsThePlace_resume_goesOn()
    {
        auto c = make();
        QVERIFY(c->start(QStringLiteral("p1")));
        QTRY_VERIFY(c->position().wordLength > 0);
        QVERIFY(advanceUntilMoved(*c, m_now));
        c->pause();
        QCOMPARE(c->state(), ReadAloudController::State::Paused);
        const ReadAloudPosition held = c->position();
        // Time passes and the controller looks: a paused reading stays.
        m_now += 3000;
        c->tick();
        QCOMPARE(c->position(), held);
        c->togglePause();
        QCOMPARE(c->state(), ReadAloudController::State::Playing);
        QVERIFY(advanceUntilMoved(*c, m_now));
        QVERIFY(c->position().wordStart > held.wordStart);
    }

    void nextAndPreviousSentence_crossParagraphs()
    {
        auto c = make();
        QVERIFY(c->start(QStringLiteral("p1")));
        QTRY_COMPARE(c->position().blockId, QStringLiteral("p1"));
        QCOMPARE(c->position().sentenceStart, 0);
        c->nextSentence();
        QCOMPARE(c->position().sentenceStart, kFirst.indexOf(u"The second"));
        c->nextSentence();
        QCOMPARE(c->position().sentenceStart, kFirst.indexOf(u"A third"));
        // On past the last sentence: the next paragraph, once synthesised.
        c->nextSentence();
        QTRY_COMPARE(c->position().blockId, QStringLiteral("p2"));
        QCOMPARE(c->position().sentenceStart, 0);
        // Back from the first sentence: the last of the paragraph before.
        c->previousSentence();
        QTRY_COMPARE(c->position().blockId, QStringLiteral("p1"));
        QCOMPARE(c->position().sentenceStart, kFirst.indexOf(u"A third"));
        c->previousSentence();
        QCOMPARE(c->position().sentenceStart, kFirst.indexOf(u"The second"));
        // While paused, the place moves and the voice stays quiet.
        c->pause();
        c->nextSentence();
        QCOMPARE(c->state(), ReadAloudController::State::Paused);
        QCOMPARE(c->position().sentenceStart, kFirst.indexOf(u"A third"));
    }

    // A long paragraph is synthesised a few sentences at a time; the
    // places it reports are still the paragraph's, across passages.
    void aLongParagraph_isReadAPassageAtATime_inItsOwnOffsets()
    {
        QString longText;
        for (int i = 0; i < 60; ++i) longText += kFirst + u' ';
        longText = longText.trimmed();
        qint64 longestMs = 0;
        auto c = std::make_unique<ReadAloudController>();
        c->setOutputFactory([this, &longestMs](QString *) -> std::unique_ptr<PcmOutput> {
            return std::make_unique<RecordingOutput>([this] { return m_now; }, &longestMs);
        });
        c->setManualTicks(true);
        c->setParagraphs({{QStringLiteral("long"), longText}, {QStringLiteral("p2"), kSecond}},
                         Language::English);
        // Deep in the paragraph, far past the first passage.
        const qsizetype deep = longText.indexOf(u"follows", kFirst.size() * 40);
        const qsizetype sentence = longText.lastIndexOf(u"The second", deep);
        QVERIFY(sentence > 3 * 400);
        QVERIFY(c->start(QStringLiteral("long"), deep));
        QTRY_COMPARE(c->position().sentenceStart, sentence);
        QCOMPARE(c->position().blockId, QStringLiteral("long"));
        QCOMPARE(longText.mid(c->position().sentenceStart, c->position().sentenceLength).trimmed(),
                 QStringLiteral("The second one follows it."));
        // Sentence by sentence to the end of the paragraph and on: each in
        // order, each one of the text's, none missed at a passage's edge.
        qsizetype last = sentence;
        int sentences = 0;
        while (c->position().blockId == u"long") {
            c->nextSentence();
            QTRY_VERIFY(!c->isWaitingForSpeech());
            if (c->position().blockId != u"long")
                break;
            const ReadAloudPosition p = c->position();
            QVERIFY2(p.sentenceStart > last, qPrintable(QString::number(p.sentenceStart)));
            QCOMPARE(p.sentenceStart, longText.indexOf(u'.', last) + 2);
            last = p.sentenceStart;
            ++sentences;
        }
        // Every sentence that starts after this one: one after each ". ".
        QCOMPARE(sentences, longText.mid(sentence).count(QStringLiteral(". ")));
        QCOMPARE(c->position().blockId, QStringLiteral("p2"));
        // And back across the edge: the last sentence of the long one.
        c->previousSentence();
        QTRY_COMPARE(c->position().blockId, QStringLiteral("long"));
        QCOMPARE(c->position().sentenceStart, longText.lastIndexOf(u"A third"));
        // Never the paragraph's whole audio (some four minutes) at once:
        // 400 characters are about half a minute.
        QVERIFY2(longestMs > 0 && longestMs < 45000, qPrintable(QString::number(longestMs)));
    }

    void startAtAnOffset_beginsWithItsSentence()
    {
        auto c = make();
        QVERIFY(c->start(QStringLiteral("p1"), kFirst.indexOf(u"follows")));
        QTRY_COMPARE(c->position().sentenceStart, kFirst.indexOf(u"The second"));
    }

    void speed_isClamped_andReadingGoesOnFromItsSentence()
    {
        auto c = make();
        c->setSpeed(7.0);
        QCOMPARE(c->speed(), 3.0);
        c->setSpeed(0.1);
        QCOMPARE(c->speed(), 0.5);
        QVERIFY(c->start(QStringLiteral("p1")));
        QTRY_COMPARE(c->position().blockId, QStringLiteral("p1"));
        c->nextSentence();
        c->setSpeed(2.0);
        QTRY_COMPARE(c->state(), ReadAloudController::State::Playing);
        QTRY_COMPARE(c->position().sentenceStart, kFirst.indexOf(u"The second"));
    }

    void noSoundDevice_readsSilently_andSaysSo()
    {
        auto c = make(QStringLiteral("There is no sound device."));
        QSignalSpy notice(c.get(), &ReadAloudController::notice);
        QVERIFY(c->start(QStringLiteral("p1")));
        QCOMPARE(notice.size(), 1);
        QVERIFY(c->isSilent());
        // The highlight still moves, on the real clock this time.
        QTRY_VERIFY_WITH_TIMEOUT(c->position().wordStart > 0, 20000);
        c->stop();
        QCOMPARE(c->state(), ReadAloudController::State::Stopped);
    }

    void chinese_isReadFromPinyin_wordsAsSegmented()
    {
        auto converter = std::make_shared<hope::core::PinyinConverter>();
        if (!converter->load())
            QFAIL(qPrintable(converter->error()));
        auto c = makeChinese(converter);
        const QString text = QStringLiteral("我们希望你来。银行在前面。");
        c->setParagraphs({{QStringLiteral("z"), text}}, Language::Chinese);
        QStringList words;
        connect(c.get(), &ReadAloudController::positionChanged, this,
                [&](const ReadAloudPosition &p) {
                    const QString w = text.mid(p.wordStart, p.wordLength);
                    if (p.wordLength > 0 && (words.isEmpty() || words.last() != w))
                        words << w;
                });
        QVERIFY(c->start(QStringLiteral("z")));
        QTRY_VERIFY(!c->position().blockId.isEmpty());
        QVERIFY(playToTheEnd(*c));
        // Each word as the converter cut it, lit once, none left out.
        QStringList expected;
        for (const hope::core::PinyinWord &w : converter->convert(text))
            if (w.isHan())
                expected << w.text;
        QVERIFY(expected.contains(QStringLiteral("银行")));
        QCOMPARE(words, expected);
    }

    // A bilingual page read Chinese, then English: each paragraph of a pair
    // in its own language, under the same block id, one after the other.
    void aPair_isReadInEachLanguage_oneAfterTheOther()
    {
        auto converter = std::make_shared<hope::core::PinyinConverter>();
        if (!converter->load())
            QFAIL(qPrintable(converter->error()));
        auto c = makeChinese(converter);
        const QString zh = QStringLiteral("我们希望你来。");
        const QString en = QStringLiteral("We hope you come.");
        c->setParagraphs({{QStringLiteral("p"), zh, Language::Chinese},
                          {QStringLiteral("p"), en, Language::English}});
        QStringList words;
        connect(c.get(), &ReadAloudController::positionChanged, this,
                [&](const ReadAloudPosition &p) {
                    if (p.wordLength == 0)
                        return;
                    const QString &text = p.language == Language::Chinese ? zh : en;
                    const QString w = (p.language == Language::Chinese ? u"zh:"_qs : u"en:"_qs) +
                                      text.mid(p.wordStart, p.wordLength);
                    if (words.isEmpty() || words.last() != w)
                        words << w;
                });
        QVERIFY(c->start(QStringLiteral("p")));
        QCOMPARE(c->language(), Language::Chinese);
        QTRY_VERIFY(!c->position().blockId.isEmpty());
        QVERIFY(playToTheEnd(*c));
        // The Chinese words as the converter cuts them (its own test checks
        // the cutting), then the English.
        QStringList expected;
        for (const hope::core::PinyinWord &w : converter->convert(zh))
            if (w.isHan())
                expected << u"zh:"_qs + w.text;
        QCOMPARE(expected.size(), 3);
        expected << u"en:We"_qs << u"en:hope"_qs << u"en:you"_qs << u"en:come"_qs;
        QCOMPARE(words, expected);

        // Asked for the English half, it starts there.
        words.clear();
        QVERIFY(c->start(QStringLiteral("p"), Language::English));
        QCOMPARE(c->language(), Language::English);
        QTRY_VERIFY(!words.isEmpty());
        QCOMPARE(words.first(), u"en:We"_qs);
        c->stop();
    }

    // New paragraphs (a language switch) while one is being synthesised:
    // the late result is dropped and the new one is read.
    void newParagraphs_whileSynthesising_areReadAfresh()
    {
        auto c = make();
        QVERIFY(c->start(QStringLiteral("p1")));
        c->setParagraphs({{QStringLiteral("p1"), kSecond}}, Language::English);
        QCOMPARE(c->state(), ReadAloudController::State::Stopped);
        QVERIFY(c->start(QStringLiteral("p1")));
        QTRY_VERIFY(c->position().wordLength > 0);
        QCOMPARE(kSecond.mid(c->position().sentenceStart, c->position().sentenceLength),
                 QStringLiteral("Another paragraph begins."));
    }
};

QTEST_MAIN(TestReadAloudController)
#include "tst_readaloudcontroller.moc"
