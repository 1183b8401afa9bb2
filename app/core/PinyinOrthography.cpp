#include "core/PinyinOrthography.h"

#include "core/ToneMarks.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace hope::core {

namespace {

enum class Kind { Plain, Name, Person, Join, Idiom, Ordinal };

struct Group
{
    Kind kind = Kind::Join;
    // Where the group's words (a name's words, a person's surname, an
    // idiom's halves) end inside it, in UTF-16 code units.
    QList<qsizetype> breaks;
};

struct Rules
{
    QHash<QString, Group> groups;
    qsizetype longestGroup = 0;
    QHash<QString, QList<qsizetype>> splits;
    QSet<QString> keep;
    QSet<char32_t> measures;
    QSet<char32_t> numerals;
    QSet<char32_t> demonstratives;
    QSet<char32_t> ordinals;
    QSet<char32_t> suffixes;
    QSet<char32_t> aspects;
    QSet<char32_t> structural;
    QSet<char32_t> sentenceFinal;
    QSet<char32_t> quoteAfter;
    QSet<char32_t> quoteOpen;
};

// "国际 奥委会" -> "国际奥委会" with a break at 2.
QString joined(const QString &entry, QList<qsizetype> *breaks)
{
    QString out;
    const QStringList parts = entry.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!out.isEmpty())
            breaks->append(out.size());
        out += part;
    }
    return out;
}

char32_t single(const QString &entry)
{
    const QList<uint> ucs = entry.toUcs4();
    return ucs.size() == 1 ? char32_t(ucs.front()) : 0;
}

const Rules &rules()
{
    static const Rules loaded = [] {
        Rules r;
        QFile file(QString::fromLatin1(PinyinOrthography::kRules));
        if (!file.open(QIODevice::ReadOnly))
            return r;
        // Our own table of a few hundred lines: past 256 KB it is not it.
        const QString text = QString::fromUtf8(file.read(256 * 1024));
        const QHash<QString, Kind> groupKinds{{QStringLiteral("name"), Kind::Name},
                                              {QStringLiteral("person"), Kind::Person},
                                              {QStringLiteral("join"), Kind::Join},
                                              {QStringLiteral("idiom"), Kind::Idiom}};
        const QHash<QString, QSet<char32_t> Rules::*> characterKinds{
            {QStringLiteral("measure"), &Rules::measures},
            {QStringLiteral("numeral"), &Rules::numerals},
            {QStringLiteral("demonstrative"), &Rules::demonstratives},
            {QStringLiteral("ordinal"), &Rules::ordinals},
            {QStringLiteral("suffix"), &Rules::suffixes},
            {QStringLiteral("aspect"), &Rules::aspects},
            {QStringLiteral("structural"), &Rules::structural},
            {QStringLiteral("sentence-final"), &Rules::sentenceFinal},
            {QStringLiteral("quote-after"), &Rules::quoteAfter},
            {QStringLiteral("quote-open"), &Rules::quoteOpen}};
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            if (fields.size() < 2 || fields.at(1).isEmpty())
                continue;
            const QString &kind = fields.at(0);
            const QString &entry = fields.at(1);
            if (const auto g = groupKinds.constFind(kind); g != groupKinds.constEnd()) {
                Group group{*g, {}};
                const QString key = joined(entry, &group.breaks);
                // An idiom of four written without its halves marked
                // breaks in the middle.
                if (group.kind == Kind::Idiom && group.breaks.isEmpty() && key.size() == 4)
                    group.breaks = {2};
                r.longestGroup = std::max(r.longestGroup, key.size());
                r.groups.insert(key, group);
            } else if (kind == u"split") {
                QList<qsizetype> breaks;
                const QString key = joined(entry, &breaks);
                if (!breaks.isEmpty())
                    r.splits.insert(key, breaks);
            } else if (kind == u"keep") {
                r.keep.insert(entry);
            } else if (const auto c = characterKinds.constFind(kind);
                       c != characterKinds.constEnd() && single(entry)) {
                (r.*(*c)).insert(single(entry));
            }
        }
        return r;
    }();
    return loaded;
}

struct Piece
{
    PinyinWord word;
    Kind kind = Kind::Plain;
    QList<qsizetype> breaks;
};

qsizetype codePoints(QStringView text)
{
    return text.toUcs4().size();
}

// Only Chinese words with one syllable for each character are regrouped.
bool regroupable(const PinyinWord &w)
{
    return w.isHan() && w.syllables.size() == codePoints(w.text);
}

PinyinWord part(const PinyinWord &w, qsizetype from, qsizetype to)
{
    PinyinWord p;
    p.start = w.start + from;
    p.length = to - from;
    p.text = w.text.mid(from, to - from);
    const qsizetype first = codePoints(QStringView(w.text).left(from));
    const qsizetype last = codePoints(QStringView(w.text).left(to));
    p.syllables = w.syllables.mid(first, last - first);
    return p;
}

QList<Piece> cutAt(const Piece &piece, QList<qsizetype> breaks)
{
    std::sort(breaks.begin(), breaks.end());
    QList<Piece> out;
    qsizetype from = 0;
    for (const qsizetype at : breaks + QList<qsizetype>{piece.word.text.size()}) {
        if (at <= from || at > piece.word.text.size())
            continue;
        out.append({part(piece.word, from, at), Kind::Plain, {}});
        from = at;
    }
    return out;
}

bool adjacent(const PinyinWord &a, const PinyinWord &b)
{
    return a.start + a.length == b.start;
}

void append(PinyinWord *into, const PinyinWord &w)
{
    into->length += w.length;
    into->text += w.text;
    into->syllables += w.syllables;
}

// UTF-16 offset of the code point at index i.
qsizetype offsetOf(const QList<uint> &ucs, qsizetype i)
{
    qsizetype offset = 0;
    for (qsizetype k = 0; k < i; ++k) offset += QChar::requiresSurrogates(ucs.at(k)) ? 2 : 1;
    return offset;
}

// "guo4" -> "guo5": a particle's neutral tone.
QString neutral(QString syllable)
{
    if (!syllable.isEmpty() && syllable.back().isDigit())
        syllable.chop(1);
    return syllable + u'5';
}

// Step 1: a word of the converter that is several words of the standard.
QList<Piece> split(Piece piece, const Rules &r)
{
    const QString &text = piece.word.text;
    // ICU's word of three characters or more that ends in an aspect
    // particle (经历过) ends in the particle, in its neutral tone.
    if (const QList<uint> all = text.toUcs4();
        all.size() >= 3 && r.aspects.contains(all.back()) && !r.keep.contains(text))
        piece.word.syllables.back() = neutral(piece.word.syllables.back());
    if (const auto s = r.splits.constFind(text); s != r.splits.constEnd())
        return cutAt(piece, *s);
    if (r.keep.contains(text))
        return {piece};
    const QList<uint> ucs = text.toUcs4();
    const qsizetype n = ucs.size();
    if (n < 2)
        return {piece};
    // The structural particle 的 apart: 人的 -> rén de.
    if (r.structural.contains(ucs.back())) {
        const qsizetype at = offsetOf(ucs, n - 1);
        QList<Piece> head = split({part(piece.word, 0, at), Kind::Plain, {}}, r);
        head.append({part(piece.word, at, text.size()), Kind::Plain, {}});
        return head;
    }
    // 第 and its numeral: one word with a hyphen (dì-yī), apart from a
    // measure word after it.
    qsizetype i = 0;
    const bool ordinal = r.ordinals.contains(ucs.front());
    if (ordinal || r.demonstratives.contains(ucs.front()))
        i = 1;
    qsizetype j = i;
    while (j < n && r.numerals.contains(ucs.at(j))) ++j;
    const bool measured = j < n && r.measures.contains(ucs.at(j));
    if (ordinal) {
        if (j == i)
            return {piece};
        if (j == n)
            return {{piece.word, Kind::Ordinal, {}}};
        QList<Piece> out{{part(piece.word, 0, offsetOf(ucs, j)), Kind::Ordinal, {}}};
        out += split({part(piece.word, offsetOf(ucs, j), text.size()), Kind::Plain, {}}, r);
        return out;
    }
    // Numeral and measure word apart, and a demonstrative or 每 apart from
    // both: 一年 -> yī nián, 这种 -> zhè zhǒng, 每一个人 -> měi yī gè rén,
    // 这一 -> zhè yī.
    if (!measured && !(i == 1 && j > i))
        return {piece};
    if (measured && i == 0 && j == 0)
        return {piece};
    QList<qsizetype> breaks;
    if (i > 0)
        breaks << offsetOf(ucs, i);
    if (measured) {
        if (j > i)
            breaks << offsetOf(ucs, j);
        if (j + 1 < n)
            breaks << offsetOf(ucs, j + 1);
    } else if (j < n) {
        breaks << offsetOf(ucs, j);
    }
    QList<Piece> out = cutAt(piece, breaks);
    // What follows the measure word may itself be split again (个人的).
    if (measured && j + 1 < n) {
        const Piece rest = out.takeLast();
        out += split(rest, r);
    }
    return out;
}

// Step 2: names, idioms and words the converter split, from the table,
// leftmost and longest; a group may end inside a converter word only where
// what is left of that word is a word of two characters or more, or the
// table says to join there.
QList<Piece> group(QList<Piece> pieces, const Rules &r)
{
    QList<Piece> out;
    for (qsizetype p = 0; p < pieces.size();) {
        if (!regroupable(pieces.at(p).word)) {
            out.append(pieces.at(p++));
            continue;
        }
        QString run = pieces.at(p).word.text;
        qsizetype q = p + 1;
        while (run.size() < r.longestGroup && q < pieces.size() && regroupable(pieces.at(q).word) &&
               adjacent(pieces.at(q - 1).word, pieces.at(q).word))
            run += pieces.at(q++).word.text;
        qsizetype matched = 0;
        const Group *found = nullptr;
        for (qsizetype len = std::min(run.size(), r.longestGroup); len >= 2 && !found; --len) {
            const auto g = r.groups.constFind(run.left(len));
            if (g == r.groups.constEnd())
                continue;
            // Where the match ends: at a word's end, or inside one.
            qsizetype end = 0;
            qsizetype last = p;
            while (end + pieces.at(last).word.text.size() < len)
                end += pieces.at(last++).word.text.size();
            const qsizetype inside = len - end;
            const qsizetype left = pieces.at(last).word.text.size() - inside;
            const bool fits = left == 0 || g->kind == Kind::Join || g->kind == Kind::Idiom ||
                              codePoints(QStringView(pieces.at(last).word.text).mid(inside)) >= 2;
            if (!fits)
                continue;
            found = &*g;
            matched = len;
            if (left > 0) {
                const QList<Piece> halves = cutAt(pieces.at(last), {inside});
                pieces.replace(last, halves.at(0));
                pieces.insert(last + 1, halves.at(1));
            }
        }
        if (!found) {
            out.append(pieces.at(p++));
            continue;
        }
        Piece merged{pieces.at(p).word, found->kind, found->breaks};
        qsizetype next = p + 1;
        while (merged.word.text.size() < matched) append(&merged.word, pieces.at(next++).word);
        out.append(merged);
        p = next;
    }
    return out;
}

bool endsSentence(const Piece *next, const Rules &r)
{
    if (!next)
        return true;
    if (next->word.isHan())
        return false;
    const QString trimmed = next->word.text.trimmed();
    const QList<uint> ucs = trimmed.toUcs4();
    return ucs.isEmpty() ? false : r.sentenceFinal.contains(ucs.front());
}

// Step 3: 们 and the aspect particles join the word before them; 了 at a
// sentence's end is the modal particle and stays apart. 第 standing alone
// before its numeral joins it (dì-shísān).
QList<Piece> attach(const QList<Piece> &pieces, const Rules &r)
{
    QList<Piece> out;
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const Piece &piece = pieces.at(k);
        const char32_t c = single(piece.word.text);
        const bool attachable = regroupable(piece.word) && !out.isEmpty() &&
                                regroupable(out.back().word) &&
                                adjacent(out.back().word, piece.word) &&
                                (out.back().kind == Kind::Plain || out.back().kind == Kind::Join);
        const bool suffix = r.suffixes.contains(c);
        const bool aspect =
            r.aspects.contains(c) &&
            !(c == U'了' && endsSentence(k + 1 < pieces.size() ? &pieces.at(k + 1) : nullptr, r));
        // Not after a particle, numeral or the like standing alone.
        const bool afterWord = attachable && !r.structural.contains(single(out.back().word.text)) &&
                               !r.aspects.contains(single(out.back().word.text));
        const QList<uint> characters = piece.word.text.toUcs4();
        const bool ordinal = !out.isEmpty() && r.ordinals.contains(single(out.back().word.text)) &&
                             regroupable(piece.word) && adjacent(out.back().word, piece.word) &&
                             std::all_of(characters.cbegin(), characters.cend(),
                                         [&r](uint c) { return r.numerals.contains(c); });
        if (afterWord && aspect) {
            PinyinWord particle = piece.word;
            particle.syllables = {neutral(particle.syllables.front())};
            append(&out.back().word, particle);
        } else if ((afterWord && suffix) || ordinal) {
            append(&out.back().word, piece.word);
            if (ordinal)
                out.back().kind = Kind::Ordinal;
        } else {
            out.append(piece);
        }
    }
    return out;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString marked(const QStringList &syllables)
{
    return ToneMarks::toneMarked(syllables.join(u' '));
}

// A group's words, each spelled on its own.
QStringList words(const Piece &piece)
{
    QStringList out;
    qsizetype from = 0;
    for (const qsizetype at : piece.breaks + QList<qsizetype>{piece.word.text.size()}) {
        out << marked(part(piece.word, from, at).syllables);
        from = at;
    }
    return out;
}

QString spelled(const Piece &piece, const Rules &r)
{
    const PinyinWord &w = piece.word;
    switch (piece.kind) {
        case Kind::Name:
        case Kind::Person: {
            QStringList parts = words(piece);
            for (QString &p : parts) p = capitalised(p);
            return parts.join(u' ');
        }
        case Kind::Idiom:
            return words(piece).join(u'-');
        case Kind::Ordinal:
            return marked(w.syllables.mid(0, 1)) + u'-' + marked(w.syllables.mid(1));
        case Kind::Plain:
        case Kind::Join:
            break;
    }
    const QString plain = marked(w.syllables);
    // A word that begins with a name is written with its capital
    // (Zhōngguórén).
    for (qsizetype len = std::min(w.text.size() - 1, r.longestGroup); len >= 2; --len) {
        const auto g = r.groups.constFind(w.text.left(len));
        if (g != r.groups.constEnd() && (g->kind == Kind::Name || g->kind == Kind::Person))
            return capitalised(plain);
    }
    return plain;
}

}  // namespace

QList<PinyinWord> PinyinOrthography::apply(const QList<PinyinWord> &converted)
{
    const Rules &r = rules();
    QList<Piece> pieces;
    for (const PinyinWord &w : converted) {
        if (regroupable(w))
            pieces += split({w, Kind::Plain, {}}, r);
        else
            pieces.append({w, Kind::Plain, {}});
    }
    pieces = attach(group(pieces, r), r);

    QList<PinyinWord> out;
    bool sentenceStart = true;
    for (const Piece &piece : std::as_const(pieces)) {
        PinyinWord w = piece.word;
        if (w.isHan()) {
            w.marked = regroupable(w) ? spelled(piece, r) : w.marked;
            if (sentenceStart)
                w.marked = capitalised(w.marked);
            sentenceStart = false;
        } else {
            bool afterColon = false;
            for (const uint c : w.text.toUcs4()) {
                if (r.sentenceFinal.contains(c) || (afterColon && r.quoteOpen.contains(c)))
                    sentenceStart = true;
                else if (QChar::isLetterOrNumber(c))
                    sentenceStart = false;
                if (!QChar::isSpace(c))
                    afterColon = r.quoteAfter.contains(c);
            }
        }
        out.append(w);
    }
    return out;
}

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'-';
}

bool isClosing(QChar c)
{
    return QStringLiteral(".,;:!?)\u201D\u2019").contains(c);
}

bool isOpening(QChar c)
{
    return c == u'(' || c == u'\u201C' || c == u'\u2018';
}

// Chinese punctuation as Latin text writes it.
QString latinPunctuation(QString text)
{
    text.replace(QStringLiteral("……"), QStringLiteral("..."))
        .replace(QStringLiteral("——"), QStringLiteral("\u2014"));
    static const QHash<QChar, QChar> kMap{
        {u'。', u'.'},      {u'，', u','},      {u'、', u','},      {u'；', u';'},
        {u'：', u':'},      {u'？', u'?'},      {u'！', u'!'},      {u'（', u'('},
        {u'）', u')'},      {u'「', u'\u201C'}, {u'」', u'\u201D'}, {u'『', u'\u2018'},
        {u'』', u'\u2019'}, {u'《', u'\u201C'}, {u'》', u'\u201D'}, {u'〈', u'\u2018'},
        {u'〉', u'\u2019'}, {u'…', u'.'},       {u'～', u'~'},      {u'\u3000', u' '}};
    for (QChar &c : text) c = kMap.value(c, c);
    return text;
}

}  // namespace

QString PinyinOrthography::line(const QList<PinyinWord> &words)
{
    // Tokens: a Chinese word's pinyin, a run of letters or digits, one
    // punctuation mark, or a space.
    QStringList tokens;
    for (const PinyinWord &w : words) {
        if (w.isHan()) {
            tokens << w.marked;
            continue;
        }
        const QString text = latinPunctuation(w.text);
        for (qsizetype i = 0; i < text.size();) {
            qsizetype end = i + 1;
            if (text.at(i).isSpace()) {
                while (end < text.size() && text.at(end).isSpace()) ++end;
                tokens << QStringLiteral(" ");
            } else if (text.at(i).isLetterOrNumber()) {
                while (end < text.size() && isWordCharacter(text.at(end))) ++end;
                tokens << text.mid(i, end - i);
            } else {
                if (text.mid(i, 3) == u"...")
                    end = i + 3;
                tokens << text.mid(i, end - i);
            }
            i = end;
        }
    }
    QString out;
    bool space = false;
    for (const QString &t : std::as_const(tokens)) {
        if (t == u" ") {
            space = true;
            continue;
        }
        if (t.isEmpty())
            continue;
        if (!out.isEmpty()) {
            const QChar before = out.back();
            const QChar after = t.front();
            const bool word = isWordCharacter(after);
            // Never a space before closing punctuation, even where the
            // Chinese had one (发布 。).
            if (!isClosing(after) &&
                (space || (isWordCharacter(before) && (word || isOpening(after))) ||
                 (isClosing(before) && (word || isOpening(after)))))
                out += u' ';
        }
        out += t;
        space = false;
    }
    return out.trimmed();
}

}  // namespace hope::core
