#include "speech/SpeechEventMap.h"

#include <QTest>

using namespace hope::speech;

// The text espeak-ng is fed and its events mapped back, without a voice:
// the positions below are what espeak-ng reports (code points, from 1).
class TestSpeechEventMap : public QObject
{
    Q_OBJECT

private:
    // A second of silence at 22050 Hz, so that event times fit inside it.
    static SpeechResult oneSecond()
    {
        SpeechResult r;
        r.sampleRate = 22050;
        r.pcm = QByteArray(22050 * 2, '\0');
        return r;
    }

private slots:
    // No control character reaches espeak-ng (U+0001 starts its embedded
    // commands): each is a space, so that positions still match.
    void controlCharacters_areFedAsSpaces_data()
    {
        QTest::addColumn<int>("control");
        for (int c = 0x01; c < 0x20; ++c) QTest::addRow("U+%04X", c) << c;
        for (int c = 0x7f; c <= 0x9f; ++c) QTest::addRow("U+%04X", c) << c;
    }

    void controlCharacters_areFedAsSpaces()
    {
        QFETCH(int, control);
        const SpeechText text = SpeechText::plain(
            QStringLiteral("speed") + QChar(char16_t(control)) + QStringLiteral("450S"));
        const SpeechEventMap map(text);
        QCOMPARE(map.fedText(), QStringLiteral("speed 450S"));
    }

    void events_becomeWordsAndSentencesOfTheSource()
    {
        const SpeechText text = SpeechText::plain(QStringLiteral("Hello world. Bye now."));
        const SpeechEventMap map(text);
        QCOMPARE(map.fedText(), text.text);
        using K = RawSpeechEvent::Kind;
        // Times count from the first event: 100 ms here is time 0.
        const QList<RawSpeechEvent> raw{{K::Sentence, 1, 0, 100}, {K::Word, 1, 5, 100},
                                        {K::Word, 7, 6, 400},     {K::Sentence, 14, 0, 700},
                                        {K::Word, 14, 3, 700},    {K::Word, 18, 3, 900}};
        SpeechResult r = oneSecond();
        map.mapEvents(raw, r);
        const auto word = [&r](int i) {
            return std::make_tuple(r.words.at(i).start, r.words.at(i).length, r.words.at(i).timeMs);
        };
        QCOMPARE(r.words.size(), 4);
        QCOMPARE(word(0), std::make_tuple(qsizetype(0), qsizetype(5), qint64(0)));
        QCOMPARE(word(1), std::make_tuple(qsizetype(6), qsizetype(5), qint64(300)));
        QCOMPARE(word(2), std::make_tuple(qsizetype(13), qsizetype(3), qint64(600)));
        QCOMPARE(word(3), std::make_tuple(qsizetype(17), qsizetype(3), qint64(800)));
        QCOMPARE(r.sentences.size(), 2);
        QCOMPARE(r.sentences.at(0).start, 0);
        QCOMPARE(r.sentences.at(0).length, 12);  // "Hello world."
        QCOMPARE(r.sentences.at(1).start, 13);
        QCOMPARE(r.sentences.at(1).length, 8);  // "Bye now."
        QCOMPARE(r.sentences.at(1).timeMs, 600);
    }
};

QTEST_GUILESS_MAIN(TestSpeechEventMap)
#include "tst_speecheventmap.moc"
