#include "core/ReadingSession.h"

#include "core/ArticleScript.h"
#include "core/ScriptConverter.h"

#include <algorithm>

namespace hope::core {

ReadingSession::ReadingSession(QObject *parent) : QObject(parent)
{}

ReadingSession::~ReadingSession() = default;

void ReadingSession::setArticle(const Article &article)
{
    m_published = article;
    m_article = m_script == ChineseScript::Simplified
                    ? article
                    : articleInScript(article, converterTo(m_script));
    m_order.clear();
    int order = 0;
    m_order.insert(ReadingPosition::start().blockId, order++);
    for (qsizetype s = 0; s < m_article.sections.size(); ++s) {
        const ArticleSection &section = m_article.sections.at(s);
        // The first section starts with the article, so its id is no place
        // of its own; see ArticleDocumentBuilder.
        if (s > 0)
            m_order.insert(section.id, order++);
        for (const ArticleBlock &block : section.blocks) m_order.insert(block.id, order++);
    }
    m_history.clear();
    m_position = ReadingPosition::start();
    m_currentSection = m_article.sections.isEmpty() ? QString() : m_article.sections.first().id;
    m_selectedMilestone.clear();
    m_playingChapter.clear();
    emit articleChanged();
    emit historyChanged();
}

const ScriptConverter &ReadingSession::converterTo(ChineseScript script) const
{
    auto &converter = m_converters.at(size_t(script));
    if (!converter)
        converter = std::make_unique<ScriptConverter>(ScriptConverter::configFor(script));
    return *converter;
}

bool ReadingSession::setScript(ChineseScript script, QString *error)
{
    if (script == m_script)
        return true;
    Article shown = m_published;
    if (script != ChineseScript::Simplified) {
        const ScriptConverter &converter = converterTo(script);
        if (!converter.load()) {
            if (error)
                *error = converter.error();
            return false;
        }
        shown = articleInScript(m_published, converter);
    }
    m_script = script;
    m_article = std::move(shown);
    emit scriptChanged(script);
    return true;
}

QStringList ReadingSession::spellings(const QString &text) const
{
    QStringList all{text};
    // Only Han characters differ between the scripts; a search for
    // anything else never loads OpenCC.
    const bool han = std::any_of(text.cbegin(), text.cend(),
                                 [](QChar c) { return c.script() == QChar::Script_Han; });
    if (!han)
        return all;
    if (!m_toSimplified)
        m_toSimplified = std::make_unique<ScriptConverter>(ScriptConverter::kToSimplified);
    all.append(m_toSimplified->convert(text));
    if (m_script != ChineseScript::Simplified)
        all.append(converterTo(m_script).convertAligned(all.last()));
    all.removeDuplicates();
    return all;
}

QString ReadingSession::inScript(const QString &published) const
{
    return m_script == ChineseScript::Simplified ? published
                                                 : converterTo(m_script).convertAligned(published);
}

void ReadingSession::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged(language);
    if (!isBilingual(m_layout))
        setReadingLayout(singleLayout(language));
}

void ReadingSession::setReadingLayout(ReadingLayout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    emit readingLayoutChanged(layout);
}

void ReadingSession::setPosition(const ReadingPosition &position)
{
    if (hasPlace(position.blockId))
        m_position = position;
}

bool ReadingSession::hasPlace(const QString &blockId) const
{
    return m_order.contains(blockId);
}

bool ReadingSession::moveTo(const ReadingPosition &position)
{
    if (!hasPlace(position.blockId))
        return false;
    m_position = position;
    emit navigationRequested(position, {});
    return true;
}

void ReadingSession::setCurrentSection(const QString &sectionId)
{
    if (sectionId == m_currentSection || m_article.sectionIndex(sectionId) < 0)
        return;
    m_currentSection = sectionId;
    emit currentSectionChanged(sectionId);
}

QString ReadingSession::sectionStart(const QString &sectionId) const
{
    const int index = m_article.sectionIndex(sectionId);
    if (index < 0)
        return {};
    return index == 0 ? ReadingPosition::start().blockId : sectionId;
}

bool ReadingSession::goToSection(const QString &sectionId)
{
    const QString place = sectionStart(sectionId);
    if (place.isEmpty())
        return false;
    jump({place, 0.0});
    return true;
}

bool ReadingSession::goToMilestone(const QString &milestoneId)
{
    if (!selectMilestone(milestoneId))
        return false;
    const QStringList paragraphs =
        inReadingOrder(m_article.milestones.at(m_article.milestoneIndex(milestoneId)).paragraphIds);
    if (paragraphs.isEmpty() || !hasPlace(paragraphs.first()))
        return true;
    jump({paragraphs.first(), 0.0}, paragraphs);
    return true;
}

bool ReadingSession::goToBlock(const QString &blockId)
{
    if (!m_article.block(blockId))
        return false;
    jump({blockId, 0.0}, {blockId});
    return true;
}

bool ReadingSession::goToChapter(const QString &chapterId)
{
    const int index = m_article.clip.chapterIndex(chapterId);
    if (index < 0)
        return false;
    const ClipChapter &chapter = m_article.clip.chapters.at(index);
    const QStringList blocks = inReadingOrder(chapter.paragraphIds + chapter.figureIds);
    if (blocks.isEmpty() || !hasPlace(blocks.first()))
        return false;
    jump({blocks.first(), 0.0}, blocks);
    return true;
}

void ReadingSession::jump(const ReadingPosition &to, const QStringList &marked)
{
    m_history.recordJump(m_position.toString(), to.toString());
    m_position = to;
    emit navigationRequested(to, marked);
    emit historyChanged();
}

bool ReadingSession::back()
{
    return returnTo(false);
}

bool ReadingSession::forward()
{
    return returnTo(true);
}

bool ReadingSession::returnTo(bool forward)
{
    if (forward ? !m_history.canGoForward() : !m_history.canGoBack())
        return false;
    const QString here = m_position.toString();
    const auto to =
        ReadingPosition::fromString(forward ? m_history.forward(here) : m_history.back(here));
    // An entry this article lacks (it cannot happen within one article,
    // which clears the history) moves the history but not the reader.
    if (to && hasPlace(to->blockId)) {
        m_position = *to;
        emit navigationRequested(*to, {});
    }
    emit historyChanged();
    return true;
}

bool ReadingSession::selectMilestone(const QString &milestoneId)
{
    if (m_article.milestoneIndex(milestoneId) < 0)
        return false;
    if (milestoneId != m_selectedMilestone) {
        m_selectedMilestone = milestoneId;
        emit milestoneSelected(milestoneId);
    }
    return true;
}

void ReadingSession::setPlayingChapter(const QString &chapterId)
{
    const QString id = m_article.clip.chapterIndex(chapterId) >= 0 ? chapterId : QString();
    if (id == m_playingChapter)
        return;
    m_playingChapter = id;
    emit playingChapterChanged(id);
}

QStringList ReadingSession::playingBlocks() const
{
    const int index = m_article.clip.chapterIndex(m_playingChapter);
    if (index < 0)
        return {};
    const ClipChapter &chapter = m_article.clip.chapters.at(index);
    return chapter.paragraphIds + chapter.figureIds;
}

QStringList ReadingSession::inReadingOrder(QStringList blockIds) const
{
    std::stable_sort(blockIds.begin(), blockIds.end(), [this](const QString &a, const QString &b) {
        return m_order.value(a, INT_MAX) < m_order.value(b, INT_MAX);
    });
    return blockIds;
}

}  // namespace hope::core
