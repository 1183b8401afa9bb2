#include "app/QuietQt.h"

#include <QTest>

using hope::app::QuietQt;

namespace {
QStringList g_passed;
void record(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_passed << message;
}
}  // namespace

class TestQuietQt : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheNoiseIsKeptBack()
    {
        // What was there before goes on receiving everything else.
        const QtMessageHandler before = qInstallMessageHandler(&record);
        QuietQt::install();
        qWarning("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'");
        qWarning("This plugin does not support propagateSizeHints()");
        qWarning(
            "QStandardPaths: wrong permissions on runtime directory /tmp/x, 0755 instead of 0700");
        qWarning("Cannot write /tmp/out.pdf: File too large.");
        qInfo("This plugin does not support propagateSizeHints() and more");
        qInstallMessageHandler(before);
        QCOMPARE(g_passed,
                 (QStringList{QStringLiteral("QStandardPaths: wrong permissions on runtime "
                                             "directory /tmp/x, 0755 instead of 0700"),
                              QStringLiteral("Cannot write /tmp/out.pdf: File too large."),
                              QStringLiteral(
                                  "This plugin does not support propagateSizeHints() and more")}));
    }
};

QTEST_GUILESS_MAIN(TestQuietQt)
#include "tst_quietqt.moc"
