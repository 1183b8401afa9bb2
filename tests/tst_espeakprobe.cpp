#include "speech/EspeakProbe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hope::speech;

// The verdict on espeak-ng's data, row by row, with a stand-in for the
// command that behaves as espeak-ng does on good, damaged or slow data.
class TestEspeakProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &body, bool executable = true)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body + "\n");
        file.close();
        if (executable)
            file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void verdict_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("executable");
        QTest::addColumn<QString>("problemStart");
        QTest::addColumn<bool>("timedOut");
        QTest::newRow("reads it all") << QByteArray("exit 0") << true << QString() << false;
        QTest::newRow("complains of its data")
            << QByteArray("echo 'Bad data in en_dict' >&2; exit 0") << true
            << QStringLiteral("espeak-ng finds the voice \"en-gb\" in ") << false;
        QTest::newRow("crashes") << QByteArray("kill -SEGV $$") << true
                                 << QStringLiteral("espeak-ng crashed reading the voice") << false;
        QTest::newRow("fails") << QByteArray("exit 1") << true
                               << QStringLiteral("espeak-ng cannot read the voice") << false;
        // A loop on damaged data, or a machine too busy: told, and not to
        // be remembered as damage (the synthesizer asks again).
        QTest::newRow("takes too long")
            << QByteArray("exec sleep 30") << true
            << QStringLiteral("espeak-ng did not finish reading its voice data") << true;
        QTest::newRow("not installed") << QByteArray("exit 0") << false << QString() << false;
    }

    void verdict()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, executable);
        QFETCH(QString, problemStart);
        QFETCH(bool, timedOut);
        const QString command = script(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), body, executable);
        QVERIFY(!command.isEmpty());
        QElapsedTimer clock;
        clock.start();
        const EspeakProbe::Verdict v =
            EspeakProbe::check(QStringLiteral("en-gb"), m_dir.path(), command, 500);
        QCOMPARE(v.timedOut, timedOut);
        if (problemStart.isEmpty()) {
            QVERIFY2(v.problem.isEmpty(), qPrintable(v.problem));
        } else {
            QVERIFY2(v.problem.startsWith(problemStart), qPrintable(v.problem));
            // Each says what to do about it.
            QVERIFY2(v.problem.contains(u"espeak-ng-data"), qPrintable(v.problem));
        }
        // The slow one is given up on at the limit, not waited out.
        QVERIFY(clock.elapsed() < 20000);
    }
};

QTEST_GUILESS_MAIN(TestEspeakProbe)
#include "tst_espeakprobe.moc"
