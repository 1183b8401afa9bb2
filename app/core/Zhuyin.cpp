#include "core/Zhuyin.h"

#include <QFile>
#include <QHash>

namespace hope::core {

namespace {
struct Table
{
    QHash<QString, QString> tones;
    QHash<QString, QString> initials;
    QHash<QString, QString> finals;
    QHash<QString, QString> wholes;
};

const Table &table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(Zhuyin::kTable);
        if (!file.open(QIODevice::ReadOnly))
            return t;
        // A few hundred lines of our own: anything past 64 KB is not it.
        const QString text = QString::fromUtf8(file.read(64 * 1024));
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            if (fields.size() != 3)
                continue;
            const QString &kind = fields.at(0);
            QHash<QString, QString> *into = kind == u"tone"      ? &t.tones
                                            : kind == u"initial" ? &t.initials
                                            : kind == u"final"   ? &t.finals
                                            : kind == u"whole"   ? &t.wholes
                                                                 : nullptr;
            if (into)
                into->insert(fields.at(1), fields.at(2));
        }
        return t;
    }();
    return loaded;
}
}  // namespace

QString Zhuyin::fromNumbered(QStringView syllable)
{
    const Table &t = table();
    QString base = syllable.toString().toLower();
    QString tone = QStringLiteral("5");
    if (!base.isEmpty() && base.back().isDigit()) {
        tone = base.back();
        base.chop(1);
    }
    base.replace(QStringLiteral("u:"), QStringLiteral("v")).replace(u'ü', u'v');
    const auto mark = t.tones.constFind(tone);
    if (base.isEmpty() || mark == t.tones.constEnd())
        return {};

    QString sounds = t.wholes.value(base);
    if (sounds.isEmpty()) {
        // The longest initial: zh before z.
        QString initial;
        for (const qsizetype n : {2, 1}) {
            if (base.size() > n && t.initials.contains(base.left(n))) {
                initial = base.left(n);
                break;
            }
        }
        QString final = base.mid(initial.size());
        if ((initial == u"j" || initial == u"q" || initial == u"x") && final.startsWith(u'u'))
            final.replace(0, 1, u'v');
        const auto found = t.finals.constFind(final);
        if (found == t.finals.constEnd())
            return {};
        sounds = t.initials.value(initial) + *found;
    }
    // The neutral tone's dot goes before the syllable, the others after.
    return tone == u"5" ? *mark + sounds : sounds + *mark;
}

QString Zhuyin::word(const QStringList &syllables)
{
    QStringList out;
    for (const QString &s : syllables) out.append(fromNumbered(s));
    return out.join(u' ');
}

}  // namespace hope::core
