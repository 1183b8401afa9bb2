#include "app/BatchCommands.h"

#include "app/AudioExport.h"
#include "app/CommandLine.h"
#include "core/MediaTime.h"
#include "core/NotesFile.h"
#include "core/NotesMarkdown.h"
#include "core/PinyinConverter.h"
#include "core/PinyinOrthography.h"
#include "core/SafeOutputFile.h"
#include "core/ToneSandhi.h"
#include "core/VocabularyFile.h"
#include "core/VocabularyTsv.h"

#include <initializer_list>

namespace hope::app {

using namespace core;

namespace {

// Whatever a bundle (or a path naming one) puts on a terminal line goes
// through here first; see CommandLine::terminalSafe.
QString safe(const QString &text)
{
    return CommandLine::terminalSafe(text);
}

// One record a line: each field made safe, so only these tabs and this
// newline separate fields and records.
QString record(std::initializer_list<QString> fields)
{
    QStringList safeFields;
    for (const QString &field : fields) safeFields << safe(field);
    return safeFields.join(u'\t') + u'\n';
}

}  // namespace

QString BatchCommands::listSections(const Article &article, Language language)
{
    QString out;
    for (int i = 0; i < article.sections.size(); ++i) {
        const ArticleSection &s = article.sections.at(i);
        const QString heading =
            s.heading.in(language).isEmpty() ? s.label.in(language) : s.heading.in(language);
        out += record(
            {QString::number(i), s.id, s.number.isEmpty() ? heading : s.number + u' ' + heading});
    }
    return out;
}

QString BatchCommands::listMilestones(const Article &article, Language language)
{
    QString out;
    for (const Milestone &m : article.milestones) {
        // A latest day is not a date: "by" keeps a script from reading it
        // as one, as the timeline's open marker does for a reader.
        const QString date = m.basis.bound == core::DateBound::By
                                 ? QStringLiteral("by ") + m.date.toString()
                                 : m.date.toString();
        out += record({m.id, date, m.title.in(language)});
    }
    return out;
}

QString BatchCommands::listChapters(const Article &article, Language language)
{
    QString out;
    for (const ClipChapter &c : article.clip.chapters)
        out += record({MediaTime::format(c.startMs).rightJustified(5, u'0'), c.title.in(language)});
    return out;
}

BatchCommands::Result BatchCommands::pinyin(const Article &article, bool spokenTones)
{
    const PinyinConverter converter;
    if (!converter.load())
        return {{}, safe(converter.error()) + u'\n', 1};
    Result result;
    const auto add = [&](const QString &id, const QString &zh) {
        if (zh.trimmed().isEmpty())
            return;
        const QList<PinyinWord> words = converter.convert(zh);
        result.out += record({id, PinyinOrthography::line(PinyinOrthography::apply(
                                      spokenTones ? ToneSandhi::spoken(words) : words))});
    };
    // Every Chinese text of the article in reading order, as the view
    // shows pinyin over each: the title and bylines, the editor's note,
    // each heading (under its section's id), each paragraph and figure.
    add(QStringLiteral("title"), article.meta.title.zh);
    add(QStringLiteral("author"), article.meta.author.zh);
    add(QStringLiteral("editor"), article.meta.editor.zh);
    add(QStringLiteral("editors-note"), article.meta.editorsNote.zh);
    for (const ArticleSection &s : article.sections) {
        add(s.id, s.heading.zh);
        for (const ArticleBlock &b : s.blocks) add(b.id, b.text.zh);
    }
    return result;
}

BatchCommands::Result BatchCommands::exportAudio(const Article &article, int section,
                                                 Language language, const QString &path)
{
    const AudioExport::Result exported = AudioExport::write(article, section, language, path);
    if (!exported.error.isEmpty())
        return {{}, safe(exported.error) + u'\n', 1};
    return {tr("Audio written to %1 (%2)").arg(safe(path), MediaTime::format(exported.durationMs)) +
                u'\n',
            {},
            0};
}

BatchCommands::Result BatchCommands::exportNotes(const Article &article, const QString &path)
{
    const NotesFile::Read notes = NotesFile::read(NotesFile::pathFor(article));
    if (!notes.ok())
        return {{}, safe(notes.error) + u'\n', 2};
    if (const QString error = NotesMarkdown::save(path, article, notes.items); !error.isEmpty())
        return {{}, safe(error) + u'\n', 1};
    return {
        tr("%n note(s) written to %1", nullptr, int(notes.items.size())).arg(safe(path)) + u'\n',
        {},
        0};
}

BatchCommands::Result BatchCommands::exportVocabulary(const Article &article, const QString &path)
{
    const VocabularyFile::Read words = VocabularyFile::read(VocabularyFile::pathFor(article));
    if (!words.ok())
        return {{}, safe(words.error) + u'\n', 2};
    if (const QString error = VocabularyTsv::save(path, article, words.words); !error.isEmpty())
        return {{}, safe(error) + u'\n', 1};
    return {
        tr("%n word(s) written to %1", nullptr, int(words.words.size())).arg(safe(path)) + u'\n',
        {},
        0};
}

int BatchCommands::resolveSection(const Article &article, const QString &value, QString *error)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    const int index = isNumber ? (number >= 0 && number < article.sections.size() ? number : -1)
                               : article.sectionIndex(value);
    if (index < 0) {
        QStringList known;
        for (int i = 0; i < article.sections.size(); ++i)
            known << QStringLiteral("%1 (%2)").arg(i).arg(safe(article.sections.at(i).id));
        *error = tr("Unknown section \"%1\". Known sections: %2")
                     .arg(safe(value), known.join(QStringLiteral(", "))) +
                 u'\n';
    }
    return index;
}

QString BatchCommands::checkMilestone(const Article &article, const QString &id)
{
    if (article.milestoneIndex(id) >= 0)
        return {};
    QStringList known;
    for (const Milestone &m : article.milestones) known << safe(m.id);
    return tr("Unknown milestone \"%1\". Known milestones: %2")
               .arg(safe(id), known.join(QStringLiteral(", "))) +
           u'\n';
}

QString BatchCommands::checkOutput(const QString &path)
{
    const QString problem = SafeOutputFile::targetProblem(path);
    return problem.isEmpty() ? QString()
                             : tr("Cannot write %1: %2.").arg(safe(path), safe(problem)) + u'\n';
}

}  // namespace hope::app
