#include "core/ArticleScript.h"

#include "core/ScriptConverter.h"

#include <QHash>

namespace hope::core {

namespace {
void convertZh(LocalizedText &text, const ScriptConverter &converter)
{
    text.zh = converter.convertAligned(text.zh);
}
}  // namespace

Article articleInScript(const Article &published, const ScriptConverter &converter)
{
    Article shown = published;
    ArticleMeta &meta = shown.meta;
    for (LocalizedText *text : {&meta.title, &meta.outlet, &meta.originalPublisher, &meta.author,
                                &meta.editor, &meta.editorsNote})
        convertZh(*text, converter);

    // Published paragraph -> shown paragraph, for the milestones' phrases.
    QHash<QString, std::pair<QString, QString>> paragraphs;
    for (ArticleSection &section : shown.sections) {
        convertZh(section.label, converter);
        convertZh(section.heading, converter);
        for (ArticleBlock &block : section.blocks) {
            const QString before = block.text.zh;
            convertZh(block.text, converter);
            paragraphs.insert(block.id, {before, block.text.zh});
        }
    }
    for (Milestone &milestone : shown.milestones) {
        for (LocalizedText *text :
             {&milestone.label, &milestone.title, &milestone.description, &milestone.basis.note})
            convertZh(*text, converter);
        for (QString &phrase : milestone.mentionsZh) {
            QString inPlace;
            for (const QString &id : std::as_const(milestone.paragraphIds)) {
                const auto found = paragraphs.constFind(id);
                const qsizetype at =
                    found == paragraphs.constEnd() ? -1 : found->first.indexOf(phrase);
                if (at >= 0) {
                    inPlace = found->second.mid(at, phrase.size());
                    break;
                }
            }
            phrase = inPlace.isEmpty() ? converter.convertAligned(phrase) : inPlace;
        }
    }
    for (Era &era : shown.eras) {
        convertZh(era.label, converter);
        convertZh(era.basis.note, converter);
    }
    ClipInfo &clip = shown.clip;
    convertZh(clip.title, converter);
    convertZh(clip.description, converter);
    for (ClipChapter &chapter : clip.chapters) convertZh(chapter.title, converter);
    clip.captionsZh = clip.captionsZh.withTexts(
        [&converter](const QString &text) { return converter.convertAligned(text); });
    return shown;
}

}  // namespace hope::core
