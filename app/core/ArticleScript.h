#pragma once

#include "core/Article.h"

namespace hope::core {

class ScriptConverter;

// The article as shown in another script: every Chinese text (title,
// bylines, headings, paragraphs, milestones, eras, the clip's chapters and
// captions) converted with every character where it was, so ids, offsets
// into paragraphs, notes and links hold; English, dates and paths as they
// were. A phrase that links a paragraph to a milestone is taken from the
// converted paragraph at the place it stands, so the link still finds it
// however OpenCC converts the phrase on its own.
[[nodiscard]] Article articleInScript(const Article &published, const ScriptConverter &converter);

}  // namespace hope::core
