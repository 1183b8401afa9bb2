#include "core/BundleArticleReader.h"

#include "core/BundleIdList.h"
#include "core/MilestoneCategory.h"

#include <algorithm>
#include <utility>

namespace hope::core {

BundleArticleReader::BundleArticleReader(BundleSchema &schema) : m_schema(schema)
{}

ArticleMeta BundleArticleReader::meta(const QJsonObject &root)
{
    ArticleMeta meta;
    QJsonObject m;
    if (!m_schema.object(root, QStringLiteral("meta"), QStringLiteral("meta"), &m))
        return meta;
    const auto text = [&](const char *key) {
        return m_schema.text(m, QLatin1String(key), QStringLiteral("meta.") + QLatin1String(key));
    };
    meta.title = text("title");
    meta.outlet = text("outlet");
    const QString date = m_schema.string(m, QStringLiteral("date"), QStringLiteral("meta.date"));
    if (!date.isEmpty()) {
        meta.date = QDate::fromString(date, Qt::ISODate);
        if (!meta.date.isValid() || date.size() != 10)
            m_schema.error(QStringLiteral("meta.date"),
                           QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD").arg(date));
    }
    meta.originalPublisher = text("originalPublisher");
    meta.author = text("author");
    meta.editor = text("editor");
    meta.editorsNote = text("editorsNote");
    return meta;
}

ArticleBlock BundleArticleReader::block(const QJsonObject &o, const QString &path,
                                        const QString &id)
{
    ArticleBlock block;
    block.id = id;
    const QString type = m_schema.string(o, QStringLiteral("type"), path + QStringLiteral(".type"));
    if (type == u"paragraph") {
        block.kind = BlockKind::Paragraph;
        block.text = m_schema.text(o, QStringLiteral("text"), path + QStringLiteral(".text"));
    } else if (type == u"figure") {
        block.kind = BlockKind::Figure;
        block.text = m_schema.text(o, QStringLiteral("alt"), path + QStringLiteral(".alt"),
                                   BundleSchema::Empty::Allowed);
    } else if (!type.isEmpty()) {
        m_schema.error(
            path + QStringLiteral(".type"),
            QStringLiteral("unknown block type \"%1\" (expected paragraph or figure)").arg(type));
    }
    return block;
}

QList<ArticleSection> BundleArticleReader::sections(const QJsonObject &root)
{
    QList<ArticleSection> sections;
    BundleIdList sectionIds(m_schema, QStringLiteral("section"), BundleSchema::kMaxSections);
    // Block ids are unique in the whole article, not just in their section.
    BundleIdList blockIds(m_schema, QStringLiteral("block"), BundleSchema::kMaxBlocks);
    const QJsonValue listed = root.value(QStringLiteral("sections"));
    if (listed.isArray() && listed.toArray().isEmpty())
        m_schema.error(QStringLiteral("sections"), QStringLiteral("the article has no sections"));
    const bool read = sectionIds.read(
        root, QStringLiteral("sections"), QStringLiteral("sections"),
        [&](const QJsonObject &o, const QString &path, const QString &id) {
            ArticleSection section;
            section.id = id;
            section.number =
                m_schema.string(o, QStringLiteral("number"), path + QStringLiteral(".number"),
                                BundleSchema::Empty::Allowed);
            section.label =
                m_schema.text(o, QStringLiteral("label"), path + QStringLiteral(".label"));
            // Only numbered parts carry a printed heading.
            section.heading =
                m_schema.text(o, QStringLiteral("heading"), path + QStringLiteral(".heading"),
                              section.number.isEmpty() ? BundleSchema::Empty::Allowed
                                                       : BundleSchema::Empty::Refused);
            const QString blocksPath = path + QStringLiteral(".blocks");
            const bool hasBlocks = blockIds.read(
                o, QStringLiteral("blocks"), blocksPath,
                [&](const QJsonObject &b, const QString &blockPath, const QString &blockId) {
                    section.blocks << block(b, blockPath, blockId);
                });
            const bool hasParagraph =
                std::any_of(section.blocks.cbegin(), section.blocks.cend(),
                            [](const ArticleBlock &b) { return b.kind == BlockKind::Paragraph; });
            if (hasBlocks && !hasParagraph)
                m_schema.error(
                    blocksPath,
                    QStringLiteral("section \"%1\" is empty: it has no paragraph").arg(section.id));
            sections << section;
        });
    if (!read)
        return sections;
    if (blockIds.entryCount() > BundleSchema::kMaxBlocks)
        m_schema.error(QStringLiteral("sections"),
                       QStringLiteral("%1 blocks in all; the most an article may have is %2")
                           .arg(blockIds.entryCount())
                           .arg(BundleSchema::kMaxBlocks));
    // Section and block ids share the anchor space of the article view.
    for (const QString &id : sectionIds.ids()) {
        if (blockIds.ids().contains(id))
            m_schema.error(QStringLiteral("sections"),
                           QStringLiteral("id \"%1\" names both a section and a block").arg(id));
    }
    return sections;
}

QList<Milestone> BundleArticleReader::milestones(const QJsonObject &root, const Article &article)
{
    QList<Milestone> milestones;
    BundleIdList ids(m_schema, QStringLiteral("milestone"), BundleSchema::kMaxListEntries);
    ids.read(
        root, QStringLiteral("milestones"), QStringLiteral("milestones"),
        [&](const QJsonObject &o, const QString &path, const QString &id) {
            Milestone m;
            m.id = id;
            m.date =
                m_schema.partialDate(o, QStringLiteral("date"), path + QStringLiteral(".date"));
            const QString category =
                m_schema.string(o, QStringLiteral("category"), path + QStringLiteral(".category"));
            if (const auto c = MilestoneCategories::fromCode(category))
                m.category = *c;
            else if (!category.isEmpty())
                m_schema.error(path + QStringLiteral(".category"),
                               QStringLiteral("unknown category \"%1\" (expected partnership, "
                                              "games, cloud, commerce, technology or film)")
                                   .arg(category));
            m.basis = dateBasis(o, path);
            m.label = m_schema.text(o, QStringLiteral("label"), path + QStringLiteral(".label"));
            m.title = m_schema.text(o, QStringLiteral("title"), path + QStringLiteral(".title"));
            m.description = m_schema.text(o, QStringLiteral("description"),
                                          path + QStringLiteral(".description"));
            const QString paragraphsPath = path + QStringLiteral(".paragraphs");
            m.paragraphIds = m_schema.strings(o, QStringLiteral("paragraphs"), paragraphsPath);
            if (m.paragraphIds.isEmpty() && o.value(QStringLiteral("paragraphs")).isArray())
                m_schema.error(paragraphsPath,
                               QStringLiteral("milestone \"%1\" links to no paragraph").arg(id));
            const QList<const ArticleBlock *> paragraphs = BundleIdList::resolveBlocks(
                m_schema, article, m.paragraphIds, BlockKind::Paragraph, paragraphsPath);
            if (o.contains(QStringLiteral("mentions"))) {
                QJsonObject mentions;
                if (m_schema.object(o, QStringLiteral("mentions"),
                                    path + QStringLiteral(".mentions"), &mentions)) {
                    m.mentionsZh = m_schema.strings(mentions, QStringLiteral("zh"),
                                                    path + QStringLiteral(".mentions.zh"));
                    m.mentionsEn = m_schema.strings(mentions, QStringLiteral("en"),
                                                    path + QStringLiteral(".mentions.en"));
                    checkMentions(m, paragraphs, path + QStringLiteral(".mentions"));
                }
            }
            milestones << m;
        });
    // In the order their markers stand on a time axis, so moving through
    // them goes left to right; what happened by a day comes before what
    // happened on it.
    std::stable_sort(
        milestones.begin(), milestones.end(), [](const Milestone &a, const Milestone &b) {
            const auto key = [](const Milestone &m) {
                return std::make_pair(m.markerDate(), m.basis.bound == DateBound::By ? 0 : 1);
            };
            return key(a) < key(b);
        });
    return milestones;
}

DateBasis BundleArticleReader::dateBasis(const QJsonObject &o, const QString &path)
{
    DateBasis b;
    if (!o.contains(QStringLiteral("dateBasis")))
        return b;
    const QString basisPath = path + QStringLiteral(".dateBasis");
    QJsonObject basis;
    if (!m_schema.object(o, QStringLiteral("dateBasis"), basisPath, &basis))
        return b;
    const QString kind =
        m_schema.string(basis, QStringLiteral("kind"), basisPath + QStringLiteral(".kind"));
    if (const auto k = DateBasisKinds::fromCode(kind))
        b.kind = *k;
    else if (!kind.isEmpty())
        m_schema.error(
            basisPath + QStringLiteral(".kind"),
            QStringLiteral("unknown kind \"%1\" (expected stated, derived or outside)").arg(kind));
    if (b.kind == DateBasisKind::Unspecified)
        return b;
    if (basis.contains(QStringLiteral("bound"))) {
        const QString bound =
            m_schema.string(basis, QStringLiteral("bound"), basisPath + QStringLiteral(".bound"));
        if (bound == u"by")
            b.bound = DateBound::By;
        else if (bound != u"at")
            m_schema.error(basisPath + QStringLiteral(".bound"),
                           QStringLiteral("unknown bound \"%1\" (expected at or by)").arg(bound));
    }
    // A date that is not the article's own, or only a latest one, must say
    // how it was found, and outside knowledge must say where it came from.
    if (b.kind != DateBasisKind::Stated || b.bound == DateBound::By ||
        basis.contains(QStringLiteral("note")))
        b.note = m_schema.text(basis, QStringLiteral("note"), basisPath + QStringLiteral(".note"));
    if (b.kind == DateBasisKind::Outside || basis.contains(QStringLiteral("source")))
        b.source =
            m_schema.string(basis, QStringLiteral("source"), basisPath + QStringLiteral(".source"));
    return b;
}

void BundleArticleReader::checkMentions(const Milestone &m,
                                        const QList<const ArticleBlock *> &paragraphs,
                                        const QString &path)
{
    // A mention becomes a link in the text, so it must be found there. Each
    // phrase is searched in all its milestone's paragraphs: the work is
    // bounded in total, so that a bundle within every other limit cannot
    // keep the loader (and the typesetter, which finds them again) busy
    // for hours with thousands of phrases over long paragraphs.
    const auto check = [&](const QStringList &phrases, Language language, const char *lang) {
        if (phrases.isEmpty() || m_mentionWorkExceeded)
            return;
        qint64 length = 0;
        for (const ArticleBlock *b : paragraphs) length += b->text.in(language).size() + 1;
        m_mentionWork += length * phrases.size();
        if (m_mentionWork > BundleSchema::kMaxMentionWork) {
            m_mentionWorkExceeded = true;
            m_schema.error(path + u'.' + QLatin1String(lang),
                           QStringLiteral("the milestones' mentions ask for more than %1 "
                                          "characters of searching (phrases times the length "
                                          "of their paragraphs); use fewer mentions or "
                                          "link fewer paragraphs")
                               .arg(BundleSchema::kMaxMentionWork));
            return;
        }
        QStringList texts;
        for (const ArticleBlock *b : paragraphs) texts << b->text.in(language);
        const QString joined = texts.join(u'\n');
        for (const QString &phrase : phrases) {
            if (!joined.contains(phrase))
                m_schema.error(path + u'.' + QLatin1String(lang),
                               QStringLiteral("\"%1\" is in none of its paragraphs").arg(phrase));
        }
    };
    check(m.mentionsZh, Language::Chinese, "zh");
    check(m.mentionsEn, Language::English, "en");
}

QList<Era> BundleArticleReader::eras(const QJsonObject &root)
{
    QList<Era> eras;
    if (!root.contains(QStringLiteral("eras")))
        return eras;
    BundleIdList ids(m_schema, QStringLiteral("era"), BundleSchema::kMaxListEntries);
    ids.read(
        root, QStringLiteral("eras"), QStringLiteral("eras"),
        [&](const QJsonObject &o, const QString &path, const QString &id) {
            Era e;
            e.id = id;
            e.label = m_schema.text(o, QStringLiteral("label"), path + QStringLiteral(".label"));
            e.start =
                m_schema.partialDate(o, QStringLiteral("start"), path + QStringLiteral(".start"));
            e.end = m_schema.partialDate(o, QStringLiteral("end"), path + QStringLiteral(".end"));
            if (e.start.isValid() && e.end.isValid() && e.end.last() < e.start.first())
                m_schema.error(path + QStringLiteral(".end"),
                               QStringLiteral("ends before it starts"));
            e.basis = dateBasis(o, path);
            eras << e;
        });
    return eras;
}

}  // namespace hope::core
