#include "app/PrintDialog.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLibrary>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hope::app;

namespace {
// The libraries a run of the reader initialises, as ld.so reports them.
QStringList librariesLoadedBy(const QStringList &arguments, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOPE_READER_EXE), arguments);
    if (!p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    QStringList libraries;
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    const QString log = QString::fromLocal8Bit(p.readAllStandardError());
    for (auto it = init.globalMatch(log); it.hasNext();) {
        const QString name = QFileInfo(it.next().captured(1)).fileName();
        if (!libraries.contains(name))
            libraries << name;
    }
    return libraries;
}
}  // namespace

class TestPrintDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Qt Print Support pulls in CUPS, GnuTLS, Kerberos and more: a reader
    // that does not print maps none of it, nor does a PDF export.
    void startUp_andPdfExport_mapNoPrintSupport_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("screenshot") << QStringLiteral("--screenshot");
        QTest::newRow("export-pdf") << QStringLiteral("--export-pdf");
    }
    void startUp_andPdfExport_mapNoPrintSupport()
    {
        QFETCH(QString, option);
        QTemporaryDir dir;
        int rc = -1;
        const QStringList libraries =
            librariesLoadedBy({option, dir.filePath(QStringLiteral("out"))}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Gui.so.6")),
                 "LD_DEBUG said nothing: the check would prove nothing");
        for (const QString &name : libraries) {
            QVERIFY2(!name.startsWith(QStringLiteral("libQt6PrintSupport")), qPrintable(name));
            QVERIFY2(!name.startsWith(QStringLiteral("libcups")), qPrintable(name));
            QVERIFY2(name != u"hope-print.so", qPrintable(name));
        }
    }

    void theModule_showsQtsPrintDialog_andCancelPrintsNothing()
    {
        const QString module = PrintDialog::moduleCandidates().first();
        QVERIFY2(QFileInfo(module).isFile(), qPrintable(module));
        QLibrary library(module);
        QVERIFY2(library.resolve("hope_print_dialog"), qPrintable(library.errorString()));

        QWidget parent;
        parent.show();
        QString seen;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&seen] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                seen = QString::fromLatin1(dialog->metaObject()->className());
                dialog->reject();
            }
        });
        closer.start(50);
        int painted = 0;
        const PrintDialog::Result result =
            PrintDialog::run(&parent, [&painted](QPagedPaintDevice *) {
                ++painted;
                return 1;
            });
        QCOMPARE(int(result.outcome), int(PrintDialog::Outcome::Cancelled));
        QCOMPARE(seen, QStringLiteral("QPrintDialog"));
        QCOMPARE(painted, 0);
    }
};

QTEST_MAIN(TestPrintDialog)
#include "tst_printdialog.moc"
