#include "app/AudioExport.h"

#include "core/PinyinConverter.h"
#include "speech/SpeechSynthesizer.h"
#include "speech/WavWriter.h"

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

QList<SpeechText> AudioExport::chinese(const QStringList &texts, QString *error)
{
    const PinyinConverter converter;
    if (!converter.load()) {
        *error = converter.error();
        return {};
    }
    QList<SpeechText> out;
    for (const QString &text : texts) out << SpeechText::fromPinyin(text, converter.convert(text));
    return out;
}

AudioExport::Result AudioExport::write(const Article &article, int section, Language language,
                                       const QString &path, double speed)
{
    Result result;
    const QStringList plain = texts(article, section, language);
    QList<SpeechText> spoken;
    if (language == Language::Chinese) {
        spoken = chinese(plain, &result.error);
        if (!result.error.isEmpty())
            return result;
    } else {
        for (const QString &text : plain) spoken << SpeechText::plain(text);
    }
    SpeechSynthesizer &synthesizer = SpeechSynthesizer::instance();
    QByteArray pcm;
    int sampleRate = 0;
    for (const SpeechText &text : spoken) {
        const SpeechResult r = synthesizer.synthesize(text, language, speed);
        if (!r.ok()) {
            result.error = r.error;
            return result;
        }
        if (!pcm.isEmpty())
            pcm.append(QByteArray(qsizetype(r.sampleRate) * kPauseMs / 1000 * 2, '\0'));
        pcm.append(r.pcm);
        sampleRate = r.sampleRate;
    }
    if (sampleRate == 0) {
        result.error = tr("There is nothing to read in this part of the article.");
        return result;
    }
    result.error = WavWriter::write(path, pcm, sampleRate);
    result.durationMs = qint64(pcm.size() / 2) * 1000 / sampleRate;
    return result;
}

}  // namespace hope::app
