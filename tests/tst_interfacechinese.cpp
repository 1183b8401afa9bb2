// The interface's Chinese is set as Chinese: full-width punctuation, never
// the half-width ,:;() of English text (clreq), no ASCII space against
// full-width punctuation, and one term for each concept, as the glossary
// beside the .ts file gives it. Read from the .ts file the translations are
// built from, so a new string is checked as it is added.
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString source;
    QStringList translations;  // one, or a numerus form each
};

QList<Message> readMessages(bool *ok)
{
    QList<Message> messages;
    QFile ts(QStringLiteral(HOPE_SOURCE_DIR "/translations/hope-reader_zh_CN.ts"));
    *ok = ts.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&ts);
    bool numerus = false;
    while (*ok && !xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            messages << Message();
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (!messages.isEmpty() &&
                   ((xml.name() == u"translation" && !numerus) || xml.name() == u"numerusform")) {
            // A plural's forms are read one by one: the element around
            // them holds only the file's indentation.
            const QString text = xml.readElementText();
            if (!text.isEmpty())
                messages.last().translations << text;
        }
    }
    *ok = *ok && !xml.hasError();
    return messages;
}

struct Term
{
    QString english;
    QString chinese;
    QStringList avoid;
};

QList<Term> readGlossary(bool *ok)
{
    QList<Term> terms;
    QFile file(QStringLiteral(HOPE_SOURCE_DIR "/translations/glossary.tsv"));
    *ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
    while (*ok && !file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 2 || columns.size() > 3 || columns.at(0).isEmpty() ||
            columns.at(1).isEmpty()) {
            *ok = false;
            break;
        }
        Term term{columns.at(0), columns.at(1), {}};
        if (columns.size() == 3 && !columns.at(2).isEmpty())
            term.avoid = columns.at(2).split(u',');
        terms << term;
    }
    return terms;
}

}  // namespace

class TestInterfaceChinese : public QObject
{
    Q_OBJECT

private slots:
    void asciiSpace_isNeverNextToFullWidthPunctuation()
    {
        bool ok = false;
        const QList<Message> messages = readMessages(&ok);
        QVERIFY(ok);
        const QRegularExpression spaced(
            QStringLiteral(
                "[。，、；：？！「」『』《》（）“”…] | [。，、；：？！「」『』《》（）“”…]|"
                "\\p{Han} \\p{Han}"),
            QRegularExpression::UseUnicodePropertiesOption);
        QStringList offenders;
        for (const Message &m : messages)
            for (const QString &t : m.translations)
                if (t.contains(spaced))
                    offenders << t;
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    // One term a concept: a message whose English names it says it the
    // glossary's way, and no translation uses a variant it rules out.
    void glossaryTerms_areUsedEverywhere()
    {
        bool ok = false;
        const QList<Message> messages = readMessages(&ok);
        QVERIFY(ok);
        const QList<Term> terms = readGlossary(&ok);
        QVERIFY2(ok, "translations/glossary.tsv is missing or has a malformed line");
        QVERIFY2(terms.size() >= 20, qPrintable(QString::number(terms.size())));
        QStringList offenders;
        int used = 0;
        for (const Term &term : terms) {
            const QRegularExpression named(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(term.english)),
                QRegularExpression::CaseInsensitiveOption);
            for (const Message &m : messages) {
                QString source = m.source;
                source.remove(u'&');
                for (const QString &t : m.translations) {
                    if (source.contains(named)) {
                        ++used;
                        if (!t.contains(term.chinese))
                            offenders << QStringLiteral("%1 → %2 (needs %3)")
                                             .arg(m.source, t, term.chinese);
                    }
                    for (const QString &variant : term.avoid)
                        if (t.contains(variant))
                            offenders << QStringLiteral("%1 (uses %2 for %3)")
                                             .arg(t, variant, term.chinese);
                }
            }
        }
        QVERIFY2(used > 40, qPrintable(QString::number(used)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    // The reader's name is its Chinese name in Chinese.
    void appName_isInChinese()
    {
        bool ok = false;
        const QList<Message> messages = readMessages(&ok);
        QVERIFY(ok);
        int named = 0;
        for (const Message &m : messages) {
            if (!m.source.contains(u"Hope Reader"))
                continue;
            for (const QString &t : m.translations) {
                ++named;
                QVERIFY2(!t.contains(u"Hope Reader") && t.contains(u"希望阅读器"), qPrintable(t));
            }
        }
        QVERIFY(named >= 4);
    }

    void halfWidthPunctuation_isNotUsed()
    {
        QFile ts(QStringLiteral(HOPE_SOURCE_DIR "/translations/hope-reader_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        // What may stay half-width: mnemonics as Chinese desktops write them
        // ("(&I)"), times and the mm:ss a user types, number groups, and a
        // file dialog's filter, which Qt reads only in ASCII parentheses.
        const QRegularExpression allowed(
            QStringLiteral(R"(\(&.\)|\d[:,]\d|分:秒|mm:ss|[A-Za-z]+://| \(\*\.[a-z]+\)$)"));
        const QRegularExpression halfWidth(QStringLiteral("[,;:()]"));
        int checked = 0;
        QStringList offenders;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() ||
                (xml.name() != u"translation" && xml.name() != u"numerusform"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.isEmpty())
                continue;
            ++checked;
            QString rest = text;
            rest.remove(allowed);
            if (rest.contains(halfWidth))
                offenders << text;
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_MAIN(TestInterfaceChinese)
#include "tst_interfacechinese.moc"
