// libFuzzer target: NotesFile::fromJson on arbitrary bytes (a notes file on
// disk is the user's, but may have been edited, truncated or planted), then
// what the reader does with what it read: anchor each item in an article,
// write the Markdown, save and read back. Besides what the sanitizers
// catch, it checks what the reader promises: a file is read whole or not at
// all, ids are unique, a highlight's quote is its length, and what is read
// is written back as the same notes.
#include "core/AnnotationSet.h"
#include "core/NotesFile.h"
#include "core/NotesMarkdown.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hope::core;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "NotesFile: %s\n", what);
    std::abort();
}

const Article &article()
{
    static const Article a = [] {
        Article article;
        article.meta.title = {QStringLiteral("希望是光"), QStringLiteral("Hope lights us up")};
        ArticleSection section;
        section.id = QStringLiteral("part-1");
        section.number = QStringLiteral("01");
        section.label = {QStringLiteral("翘首期盼"), QStringLiteral("Eagerly awaited")};
        ArticleBlock block;
        block.id = QStringLiteral("s1-p1");
        block.text = {QStringLiteral("一年等待,只为更好蓄力。东京奥组委顶住压力\r\n。"),
                      QStringLiteral("A year of waiting; Tokyo withstood the pressure.")};
        section.blocks << block;
        article.sections << section;
        return article;
    }();
    return a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const NotesFile::Read read = NotesFile::fromJson(bytes, QStringLiteral("fuzz.json"));
    if (!read.ok()) {
        if (!read.items.isEmpty())
            fail("a file with a problem was half read");
        return 0;
    }
    if (read.items.size() > AnnotationSet::kMaxItems)
        fail("more items than the limit");
    QSet<QString> ids;
    for (const Annotation &a : read.items) {
        if (a.id.isEmpty() || ids.contains(a.id))
            fail("an empty or repeated id");
        ids.insert(a.id);
        if (a.isHighlight() && a.quote.size() != a.length)
            fail("a highlight's quote is not its length");
        if (a.note.size() > AnnotationSet::kMaxNote)
            fail("a note over the limit");
        const AnchorPlace place = AnnotationAnchor::place(article(), a);
        if (place.isShown() &&
            (place.start < 0 || place.length < 0 ||
             place.start + place.length > article().sections[0].blocks[0].text.zh.size()))
            fail("anchored outside the paragraph");
    }
    (void)NotesMarkdown::write(article(), read.items);
    const NotesFile::Read again =
        NotesFile::fromJson(NotesFile::toJson(article(), read.items), QStringLiteral("again"));
    if (!again.ok() || again.items != read.items)
        fail("what was read is not written back the same");
    return 0;
}
