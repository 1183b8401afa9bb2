// The interface's Chinese is set as Chinese: full-width punctuation, never
// the half-width ,:;() of English text (clreq). Read from the .ts file the
// translations are built from, so a new string is checked as it is added.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestInterfaceChinese : public QObject
{
    Q_OBJECT

private slots:
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
