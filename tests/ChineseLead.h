#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// lead-1's Chinese as the pinyin converter would give it, written by hand
// so that speech tests do not depend on the word list: a word type of the
// same shape as core::PinyinWord (start, length, isHan(), numbered()).
struct LeadWord
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    QStringList syllables;

    [[nodiscard]] bool isHan() const { return !syllables.isEmpty(); }
    [[nodiscard]] QString numbered() const { return syllables.join(u' '); }
};

// The text cut into the given Chinese words, everything between them a
// word with no reading, as the converter cuts it.
inline QList<LeadWord> leadWords(const QString &text)
{
    static const std::pair<const char16_t *, const char *> kWords[] = {
        {u"延迟", "yan2 chi2"},
        {u"一年", "yi4 nian2"},
        {u"的", "de5"},
        {u"东京", "dong1 jing1"},
        {u"奥运会", "ao4 yun4 hui4"},
        {u"将", "jiang1"},
        {u"在", "zai4"},
        {u"天", "tian1"},
        {u"后", "hou4"},
        {u"如期", "ru2 qi1"},
        {u"举办", "ju3 ban4"},
        {u"今日", "jin1 ri4"},
        {u"恰逢", "qia4 feng2"},
        {u"国际", "guo2 ji4"},
        {u"奥林匹克", "ao4 lin2 pi3 ke4"},
        {u"日", "ri4"},
        {u"全世界", "quan2 shi4 jie4"},
        {u"人民", "ren2 min2"},
        {u"相聚", "xiang1 ju4"},
        {u"在", "zai4"},
        {u"奥运", "ao4 yun4"},
        {u"五环旗", "wu3 huan2 qi2"},
        {u"之下", "zhi1 xia4"},
        {u"以", "yi3"},
        {u"团结", "tuan2 jie2"},
        {u"和平", "he2 ping2"},
        {u"友谊", "you3 yi4"},
        {u"为", "wei2"},
        {u"宗旨", "zong1 zhi3"},
        {u"进行", "jin4 xing2"},
        {u"公平", "gong1 ping2"},
        {u"竞技", "jing4 ji4"},
        {u"更多", "geng4 duo1"},
        {u"人", "ren2"},
        {u"也", "ye3"},
        {u"参与", "can1 yu4"},
        {u"到", "dao4"},
        {u"体育", "ti3 yu4"},
        {u"运动", "yun4 dong4"},
        {u"中", "zhong1"},
        {u"来", "lai2"},
        {u"疫情", "yi4 qing2"},
        {u"过后", "guo4 hou4"},
        {u"相信", "xiang1 xin4"},
        {u"奥林匹克", "ao4 lin2 pi3 ke4"},
        {u"圣火", "sheng4 huo3"},
        {u"将", "jiang1"},
        {u"成为", "cheng2 wei2"},
        {u"所有", "suo3 you3"},
        {u"人", "ren2"},
        {u"的", "de5"},
        {u"一盏", "yi4 zhan3"},
        {u"明灯", "ming2 deng1"},
    };
    QList<LeadWord> words;
    qsizetype at = 0;
    for (const auto &[chinese, pinyin] : kWords) {
        const QString word = QString::fromUtf16(chinese);
        const qsizetype found = text.indexOf(word, at);
        // A shorter text (the lead's first sentence) ends the list early.
        if (found < 0)
            break;
        if (found > at)
            words.append({at, found - at, text.mid(at, found - at), {}});
        words.append({found, word.size(), word, QString::fromLatin1(pinyin).split(u' ')});
        at = found + word.size();
    }
    if (at < text.size())
        words.append({at, text.size() - at, text.mid(at), {}});
    return words;
}
