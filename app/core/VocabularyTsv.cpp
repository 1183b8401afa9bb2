#include "core/VocabularyTsv.h"

#include "core/SafeOutputFile.h"

namespace hope::core {

namespace {

QString field(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text.simplified();
}

}  // namespace

QString VocabularyTsv::source(const Article &article)
{
    QStringList parts{article.meta.title.zh};
    if (!article.meta.outlet.zh.isEmpty())
        parts.append(article.meta.outlet.zh);
    if (article.meta.date.isValid())
        parts.append(article.meta.date.toString(Qt::ISODate));
    return parts.join(QStringLiteral(", "));
}

QByteArray VocabularyTsv::toTsv(const Article &article, const QList<VocabularyWord> &words)
{
    // Anki reads these header lines (2.1.55 and later) and skips them.
    QString out = QStringLiteral(
        "#separator:tab\n#html:false\n"
        "#columns:Word\tPinyin\tMeaning\tSentence\tSource\n");
    const QString from = field(source(article));
    for (const VocabularyWord &w : words) {
        out +=
            QStringList{field(w.word), field(w.pinyin), field(w.meaning), field(w.sentence), from}
                .join(u'\t');
        out += u'\n';
    }
    return out.toUtf8();
}

QString VocabularyTsv::save(const QString &path, const Article &article,
                            const QList<VocabularyWord> &words)
{
    SafeOutputFile file(path);
    if (!file.open())
        return file.errorString();
    file.writeAll(toTsv(article, words));
    if (!file.commit())
        return file.errorString();
    return {};
}

}  // namespace hope::core
