#pragma once

#include "core/Article.h"
#include "core/VocabularyFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hope::core {

// The words kept, as a file Anki imports (File > Import, "Text separated
// by tabs"): Anki's own header lines (tab separator, plain text, the
// column names), then a word a line: word, pinyin, meaning, sentence,
// source. Tabs and line breaks inside a field are spaces, so a field
// never spills into the next.
class VocabularyTsv final
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyTsv)

public:
    [[nodiscard]] static QByteArray toTsv(const Article &article,
                                          const QList<VocabularyWord> &words);
    // Where a word came from: the article's title, outlet and date.
    [[nodiscard]] static QString source(const Article &article);
    // Written safely to a path the user chose (a link to a file is written
    // through; a FIFO, a device or a folder is refused). Empty, or what went
    // wrong naming the file.
    [[nodiscard]] static QString save(const QString &path, const Article &article,
                                      const QList<VocabularyWord> &words);
};

}  // namespace hope::core
