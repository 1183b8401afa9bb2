#include "ChineseLead.h"
#include "TestArticle.h"
#include "speech/SpeechSynthesizer.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace hope::core;
using namespace hope::speech;

namespace {

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

QString paragraph(const QString &id, Language language)
{
    for (const ArticleSection &s : embeddedArticle().sections) {
        for (const ArticleBlock &b : s.blocks) {
            if (b.id == id)
                return b.text.in(language);
        }
    }
    return {};
}

}  // namespace

class TestSpeechSynthesizer : public QObject
{
    Q_OBJECT

private:
    SpeechSynthesizer &m_synth = SpeechSynthesizer::instance();
    QString m_english = paragraph(QStringLiteral("lead-1"), Language::English);
    QString m_chinese = paragraph(QStringLiteral("lead-1"), Language::Chinese);
    SpeechText m_chineseText = SpeechText::fromPinyin(m_chinese, leadWords(m_chinese));

    // What every result must hold whatever the language: events in order,
    // inside the text, inside their sentence, and inside the audio.
    static void checkEvents(const SpeechResult &r, const QString &text)
    {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sampleRate, 22050);
        QVERIFY(!r.words.isEmpty());
        QVERIFY(!r.sentences.isEmpty());
        for (qsizetype i = 0; i < r.sentences.size(); ++i) {
            const SpeechEvent &s = r.sentences.at(i);
            QVERIFY(s.start >= 0 && s.length > 0 && s.start + s.length <= text.size());
            QVERIFY(s.timeMs >= 0 && s.timeMs <= r.durationMs());
            if (i > 0) {
                const SpeechEvent &before = r.sentences.at(i - 1);
                QVERIFY(s.start >= before.start + before.length);
                QVERIFY(s.timeMs >= before.timeMs);
            }
        }
        for (qsizetype i = 0; i < r.words.size(); ++i) {
            const SpeechEvent &w = r.words.at(i);
            QVERIFY(w.start >= 0 && w.length > 0 && w.start + w.length <= text.size());
            QVERIFY2(w.timeMs >= 0 && w.timeMs <= r.durationMs(),
                     qPrintable(QStringLiteral("%1 ms of %2").arg(w.timeMs).arg(r.durationMs())));
            if (i > 0) {
                const SpeechEvent &before = r.words.at(i - 1);
                QVERIFY(w.start >= before.start + before.length);
                QVERIFY(w.timeMs >= before.timeMs);
            }
            const auto inside =
                std::count_if(r.sentences.cbegin(), r.sentences.cend(), [&](const SpeechEvent &s) {
                    return w.start >= s.start && w.start + w.length <= s.start + s.length &&
                           w.timeMs >= s.timeMs;
                });
            QVERIFY2(inside == 1, qPrintable(text.mid(w.start, w.length)));
        }
    }

private slots:
    void rateFor_mapsSpeedAndClamps()
    {
        QCOMPARE(SpeechSynthesizer::rateFor(1.0), 175);
        QCOMPARE(SpeechSynthesizer::rateFor(2.0), 350);
        QCOMPARE(SpeechSynthesizer::rateFor(0.5), 88);
        QCOMPARE(SpeechSynthesizer::rateFor(3.0), 525);
        QCOMPARE(SpeechSynthesizer::rateFor(0.1), 88);
        QCOMPARE(SpeechSynthesizer::rateFor(10.0), 525);
        QCOMPARE(SpeechSynthesizer::rateFor(qQNaN()), 175);
    }

    void leadWords_coverEveryHanCharacter()
    {
        const QList<LeadWord> words = leadWords(m_chinese);
        QVERIFY(!words.isEmpty());
        for (const LeadWord &w : words) {
            if (!w.isHan())
                QVERIFY2(std::none_of(w.text.cbegin(), w.text.cend(), isHan), qPrintable(w.text));
        }
    }

    void english_wordsAreWordsOfTheText()
    {
        const SpeechResult r = m_synth.synthesize(m_english, Language::English);
        checkEvents(r, m_english);
        const QRegularExpression word(QStringLiteral("^\\w+$"),
                                      QRegularExpression::UseUnicodePropertiesOption);
        for (const SpeechEvent &w : r.words)
            QVERIFY2(word.match(m_english.mid(w.start, w.length)).hasMatch(),
                     qPrintable(m_english.mid(w.start, w.length)));
        // Nearly every word is lit (espeak-ng says nothing for the second
        // half of "five-ringed").
        const qsizetype words = m_english.split(QRegularExpression(QStringLiteral("\\s+"))).size();
        QVERIFY2(r.words.size() >= words * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(r.words.size()).arg(words)));
        QCOMPARE(m_english.mid(r.words.front().start, r.words.front().length), u"The");
        // "Today happens to be Olympic Day." is a sentence of its own.
        QCOMPARE(r.sentences.size(), 4);
        QVERIFY(m_english.mid(r.sentences.at(1).start).startsWith(u"Today"));
        // 175 words a minute with pauses: some 0.25 to 0.6 s a word.
        QVERIFY2(r.durationMs() > words * 250 && r.durationMs() < words * 600,
                 qPrintable(QString::number(r.durationMs())));
    }

    void chinese_wordsAreTheChineseWords()
    {
        const SpeechResult r = m_synth.synthesize(m_chineseText, Language::Chinese);
        checkEvents(r, m_chinese);
        QList<qsizetype> wordStarts;
        for (const LeadWord &w : leadWords(m_chinese)) {
            if (w.isHan())
                wordStarts << w.start;
        }
        qsizetype hanWords = 0;
        for (const SpeechEvent &w : r.words) {
            const QString lit = m_chinese.mid(w.start, w.length);
            // "30" in 30天后 is spoken too, and lit.
            if (lit == u"30")
                continue;
            QVERIFY2(std::all_of(lit.cbegin(), lit.cend(), isHan), qPrintable(lit));
            QVERIFY2(wordStarts.contains(w.start), qPrintable(lit));
            ++hanWords;
        }
        QCOMPARE(hanWords, wordStarts.size());
        QCOMPARE(m_chinese.mid(r.words.front().start, r.words.front().length), u"延迟");
        // Two full stops, and the last sentence has none.
        QCOMPARE(r.sentences.size(), 3);
        QVERIFY(m_chinese.mid(r.sentences.at(1).start).startsWith(u"今日"));
        // A syllable a character, some 0.15 to 0.45 s each at 1x.
        const auto han = std::count_if(m_chinese.cbegin(), m_chinese.cend(), isHan);
        QVERIFY2(r.durationMs() > han * 150 && r.durationMs() < han * 450,
                 qPrintable(QString::number(r.durationMs())));
    }

    void twiceAsFast_takesAboutHalfTheTime_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("English") << false;
        QTest::newRow("Chinese") << true;
    }

    void twiceAsFast_takesAboutHalfTheTime()
    {
        QFETCH(bool, chinese);
        const Language language = chinese ? Language::Chinese : Language::English;
        const SpeechText text = chinese ? m_chineseText : SpeechText::plain(m_english);
        const SpeechResult normal = m_synth.synthesize(text, language, 1.0);
        const SpeechResult fast = m_synth.synthesize(text, language, 2.0);
        checkEvents(fast, text.text);
        const double ratio = double(fast.durationMs()) / double(normal.durationMs());
        qInfo("%s: %lld ms at 1x, %lld ms at 2x (%.2f)", chinese ? "zh" : "en", normal.durationMs(),
              fast.durationMs(), ratio);
        QVERIFY2(ratio > 0.4 && ratio < 0.65, qPrintable(QString::number(ratio)));
        QCOMPARE(fast.words.size(), normal.words.size());
    }

    // espeak-ng takes U+0001 as the start of an embedded command ("450S" a
    // speed, "200A" a volume) and other controls as breaks: a bundle's text
    // must never steer the voice. Each control character is read as the
    // space it stands in for would be.
    void controlCharacters_doNotSteerTheVoice_data()
    {
        QTest::addColumn<int>("control");
        for (int c = 0x01; c < 0x20; ++c) QTest::addRow("U+%04X", c) << c;
        for (int c = 0x7f; c <= 0x9f; ++c) QTest::addRow("U+%04X", c) << c;
    }

    void controlCharacters_doNotSteerTheVoice()
    {
        QFETCH(int, control);
        const QString before = QStringLiteral("The film was released on Olympic Day");
        const QString after = QStringLiteral("450S200A90P and it tells of twelve years.");
        const SpeechResult plain =
            m_synth.synthesize(before + u' ' + after, Language::English, 1.0);
        const QString text = before + QChar(char16_t(control)) + after;
        const SpeechResult steered = m_synth.synthesize(text, Language::English, 1.0);
        QVERIFY2(plain.ok() && steered.ok(), qPrintable(plain.error + steered.error));
        checkEvents(steered, text);
        const double ratio = double(steered.durationMs()) / double(plain.durationMs());
        QVERIFY2(ratio > 0.95 && ratio < 1.05,
                 qPrintable(QStringLiteral("%1 ms with the control, %2 ms without")
                                .arg(steered.durationMs())
                                .arg(plain.durationMs())));
        // Nor louder: the peak of the text without it (espeak-ng varies a
        // little from one run to the next, far less than a volume command).
        const auto peak = [](const QByteArray &pcm) {
            int most = 0;
            const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
            for (qsizetype i = 0; i < pcm.size() / 2; ++i)
                most = std::max(most, std::abs(int(samples[i])));
            return most;
        };
        const double loudness = double(peak(steered.pcm)) / double(peak(plain.pcm));
        QVERIFY2(loudness > 0.95 && loudness < 1.05, qPrintable(QString::number(loudness)));
    }

    void yearBeforeNian_isReadDigitByDigit()
    {
        const QString text = QStringLiteral("东京2020年奥运会");
        SpeechText spoken;
        spoken.text = text;
        spoken.segments.append({0, 2, QStringLiteral("dong1 jing1")});
        spoken.appendNonChinese(2, 4);
        spoken.segments.append({6, 1, QStringLiteral("nian2")});
        spoken.segments.append({7, 3, QStringLiteral("ao4 yun4 hui4")});
        const SpeechResult r = m_synth.synthesize(spoken, Language::Chinese);
        checkEvents(r, text);
        QStringList lit;
        for (const SpeechEvent &w : r.words) lit << text.mid(w.start, w.length);
        QCOMPARE(lit, (QStringList{QStringLiteral("东京"), QStringLiteral("2020"),
                                   QStringLiteral("年"), QStringLiteral("奥运会")}));
    }

    // --export-audio streams: the samples come in pieces, never the whole
    // audio at once, and as much of them as in a buffer.
    void synthesizeInto_givesTheSamplesInPieces()
    {
        const SpeechResult whole = m_synth.synthesize(m_english, Language::English);
        QVERIFY(whole.ok());
        QByteArray streamed;
        int pieces = 0;
        qsizetype largest = 0;
        const QString error =
            m_synth.synthesizeInto(SpeechText::plain(m_english), Language::English, 1.0,
                                   [&](const char *data, qsizetype bytes) {
                                       streamed.append(data, bytes);
                                       ++pieces;
                                       largest = std::max(largest, bytes);
                                       return true;
                                   });
        QCOMPARE(error, QString());
        QCOMPARE(m_synth.sampleRate(), whole.sampleRate);
        // espeak-ng's voice varies a little from one reading to the next
        // (measured: 940,968, 943,648 and 942,676 bytes of the same text).
        QVERIFY2(qAbs(streamed.size() - whole.pcm.size()) < whole.pcm.size() / 100,
                 qPrintable(QStringLiteral("%1 bytes streamed, %2 in a buffer")
                                .arg(streamed.size())
                                .arg(whole.pcm.size())));
        // Some seconds of speech in pieces of a fraction of a second.
        QVERIFY2(pieces > 10, qPrintable(QString::number(pieces)));
        QVERIFY2(largest < whole.sampleRate * 2, qPrintable(QString::number(largest)));
    }

    void synthesizeInto_stopsWhenTheSinkSaysSo()
    {
        qsizetype received = 0;
        int calls = 0;
        const QString error =
            m_synth.synthesizeInto(SpeechText::plain(m_english), Language::English, 1.0,
                                   [&](const char *, qsizetype bytes) {
                                       received += bytes;
                                       return ++calls < 3;
                                   });
        QCOMPARE(error, QString());
        QCOMPARE(calls, 3);
        const SpeechResult whole = m_synth.synthesize(m_english, Language::English);
        QVERIFY(received < whole.pcm.size() / 4);
    }

    void emptyText_isSilenceWithoutError()
    {
        const SpeechResult r = m_synth.synthesize(QString(), Language::English);
        QVERIFY(r.ok());
        QCOMPARE(r.durationMs(), 0);
        QVERIFY(r.words.isEmpty());
    }

    void unknownVoice_saysWhatToInstall()
    {
        m_synth.setVoice(Language::English, QStringLiteral("xx-nonexistent"));
        const SpeechResult r = m_synth.synthesize(m_english, Language::English);
        m_synth.setVoice(Language::English, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"xx-nonexistent"));
        QVERIFY(r.error.contains(u"espeak-ng-data"));
        QVERIFY(r.pcm.isEmpty());
        QVERIFY(m_synth.synthesize(m_english, Language::English).ok());
    }

    void voices_listTheBritishAndPinyinVoices()
    {
        QVERIFY(m_synth.voices(Language::English).contains(u"en-gb"));
        QVERIFY(m_synth.voices(Language::English).contains(u"en-us"));
        QVERIFY(m_synth.voices(Language::Chinese).contains(u"cmn-latn-pinyin"));
        QCOMPARE(m_synth.voice(Language::English), u"en-gb");
    }
};

QTEST_GUILESS_MAIN(TestSpeechSynthesizer)
#include "tst_speechsynthesizer.moc"
