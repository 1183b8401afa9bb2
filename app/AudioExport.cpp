#include "app/AudioExport.h"

#include "core/PinyinConverter.h"
#include "speech/SpeechSynthesizer.h"
#include "speech/WavStream.h"

#include <memory>

namespace hope::app {

using namespace core;
using namespace speech;

QStringList AudioExport::texts(const Article &article, int section, Language language)
{
    QStringList out;
    if (section < 0 && !article.meta.title.in(language).isEmpty())
        out << article.meta.title.in(language);
    for (int i = 0; i < article.sections.size(); ++i) {
        if (section >= 0 && i != section)
            continue;
        const ArticleSection &s = article.sections.at(i);
        if (!s.heading.in(language).isEmpty())
            out << s.heading.in(language);
        for (const ArticleBlock &b : s.blocks) {
            if (b.kind == BlockKind::Paragraph && !b.text.in(language).isEmpty())
                out << b.text.in(language);
        }
    }
    return out;
}

AudioExport::Result AudioExport::write(const Article &article, int section, Language language,
                                       const QString &path, double speed)
{
    Result result;
    const QStringList plain = texts(article, section, language);
    if (plain.isEmpty()) {
        result.error = tr("There is nothing to read in this part of the article.");
        return result;
    }
    // Chinese is read from the converter's pinyin, made one text at a time.
    std::unique_ptr<PinyinConverter> converter;
    if (language == Language::Chinese) {
        converter = std::make_unique<PinyinConverter>();
        if (!converter->load()) {
            result.error = converter->error();
            return result;
        }
    }
    SpeechSynthesizer &synthesizer = SpeechSynthesizer::instance();
    result.error = synthesizer.initialize();
    if (!result.error.isEmpty())
        return result;
    // Straight to the file as espeak-ng makes it: the whole audio of a long
    // article would be gigabytes in memory.
    WavStream wav(path, synthesizer.sampleRate());
    if (!wav.open()) {
        result.error = wav.errorString();
        return result;
    }
    const SpeechSynthesizer::PcmSink sink = [&wav](const char *data, qsizetype bytes) {
        return wav.append(data, bytes);
    };
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QString &text = plain.at(i);
        const SpeechText spoken = converter ? SpeechText::fromPinyin(text, converter->convert(text))
                                            : SpeechText::plain(text);
        if (i > 0 && !wav.appendSilence(kPauseMs)) {
            result.error = wav.errorString();
            return result;
        }
        const QString error = synthesizer.synthesizeInto(spoken, language, speed, sink);
        if (!error.isEmpty() || !wav.errorString().isEmpty()) {
            wav.cancel();
            result.error = error.isEmpty() ? wav.errorString() : error;
            return result;
        }
    }
    if (!wav.finish()) {
        result.error = wav.errorString();
        return result;
    }
    result.durationMs = wav.durationMs();
    return result;
}

}  // namespace hope::app
