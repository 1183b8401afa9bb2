#pragma once

#include "core/Article.h"

#include <QStringList>

// Every Chinese text of an article, in a fixed order: what a script
// conversion has to convert.
inline QStringList chineseTexts(const hope::core::Article &a)
{
    QStringList all{a.meta.title.zh,  a.meta.outlet.zh, a.meta.originalPublisher.zh,
                    a.meta.author.zh, a.meta.editor.zh, a.meta.editorsNote.zh};
    for (const hope::core::ArticleSection &s : a.sections) {
        all << s.label.zh << s.heading.zh;
        for (const hope::core::ArticleBlock &b : s.blocks) all << b.text.zh;
    }
    for (const hope::core::Milestone &m : a.milestones)
        all << m.label.zh << m.title.zh << m.description.zh << m.basis.note.zh;
    for (const hope::core::Era &e : a.eras) all << e.label.zh << e.basis.note.zh;
    all << a.clip.title.zh << a.clip.description.zh;
    for (const hope::core::ClipChapter &c : a.clip.chapters) all << c.title.zh;
    for (const hope::core::CaptionCue &c : a.clip.captionsZh.cues()) all << c.text;
    return all;
}
