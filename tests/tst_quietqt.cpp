#include "app/QuietQt.h"

#include <QLoggingCategory>
#include <QTest>

using hope::app::QuietQt;

namespace {
Q_LOGGING_CATEGORY(player, "qt.multimedia.player")
Q_LOGGING_CATEGORY(other, "hope.other")
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
        // No sound server, told by Qt Multimedia (the panel says it itself).
        qWarning("PulseAudioService: pa_context_connect() failed");
        qCWarning(player, "Warning: \"Failed to connect: Connection refused\"");
        qWarning("QRhi* initializeRHI(QRhi*) : No RHI backend. Using CPU conversion.");
        // The same words in another category are not Qt Multimedia's.
        qCWarning(other, "Warning: \"Failed to connect: Connection refused\"");
        qInstallMessageHandler(before);
        QCOMPARE(g_passed,
                 (QStringList{
                     QStringLiteral("QStandardPaths: wrong permissions on runtime "
                                    "directory /tmp/x, 0755 instead of 0700"),
                     QStringLiteral("Cannot write /tmp/out.pdf: File too large."),
                     QStringLiteral("This plugin does not support propagateSizeHints() and more"),
                     QStringLiteral("Warning: \"Failed to connect: Connection refused\"")}));
    }
};

QTEST_GUILESS_MAIN(TestQuietQt)
#include "tst_quietqt.moc"
