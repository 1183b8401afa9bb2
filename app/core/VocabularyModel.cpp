#include "core/VocabularyModel.h"

#include "core/ModelRoles.h"
#include "core/NotesModel.h"

namespace hope::core {

using namespace ModelRoles;

VocabularyModel::VocabularyModel(QObject *parent) : QAbstractListModel(parent)
{}

void VocabularyModel::setArticle(const Article &article)
{
    m_article = article;
    if (!m_words.isEmpty())
        emit dataChanged(index(0), index(int(m_words.size()) - 1), {VocabularyPlaceRole});
}

void VocabularyModel::setWords(QList<VocabularyWord> words)
{
    beginResetModel();
    m_words = std::move(words);
    endResetModel();
}

bool VocabularyModel::contains(const QString &word) const
{
    return std::any_of(m_words.cbegin(), m_words.cend(),
                       [&](const VocabularyWord &w) { return w.word == word; });
}

bool VocabularyModel::add(VocabularyWord word)
{
    if (word.word.isEmpty() || contains(word.word) || m_words.size() >= VocabularyFile::kMaxWords)
        return false;
    const int row = int(m_words.size());
    beginInsertRows({}, row, row);
    m_words.append(std::move(word));
    endInsertRows();
    emit edited();
    return true;
}

bool VocabularyModel::remove(int row)
{
    if (row < 0 || row >= m_words.size())
        return false;
    beginRemoveRows({}, row, row);
    m_words.removeAt(row);
    endRemoveRows();
    emit edited();
    return true;
}

int VocabularyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_words.size());
}

QVariant VocabularyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VocabularyWord &w = m_words.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return w.pinyin.isEmpty()
                       ? QStringLiteral("%1 — %2").arg(w.word, w.meaning)
                       : QStringLiteral("%1 %2 — %3").arg(w.word, w.pinyin, w.meaning);
        case VocabularySentenceRole:
            return w.sentence;
        case VocabularyWordRole:
            return w.word;
        case VocabularyPinyinRole:
            return w.pinyin;
        case VocabularyMeaningRole:
            return w.meaning;
        case VocabularyBlockRole:
            return w.blockId;
        case VocabularyPlaceRole:
            return NotesModel::placeName(m_article, w.blockId, Language::Chinese);
        default:
            return {};
    }
}

}  // namespace hope::core
