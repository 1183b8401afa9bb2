#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hope::app {

// The settings file on disk, read and written with the care a file anyone
// can edit or replace needs: read only if it is a regular file of a sane
// size, opened so that nothing blocks, parsed by SettingsIni (no QSettings
// "@Variant" decoding); written to a new file renamed over the old only when
// complete, never through a symbolic link and never over a special file.
// What the values mean is AppSettings' to say.
class SettingsFile final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    // Settings are a few kilobytes; far more is not ours, and reading it
    // would cost time and memory before the reader even starts.
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    struct Contents
    {
        QVariantMap values;
        // Keys whose values were not of a kind the reader writes.
        QStringList refused;
        // Why nothing was read (empty for a missing file: that is fine).
        QString problem;
        // Not a file of ours at all (a FIFO, a device): never replace it.
        bool keepOff = false;
    };

    [[nodiscard]] static Contents read(const QString &path);
    // Empty, or why the settings are not saved (naming the file).
    [[nodiscard]] static QString write(const QString &path, const QVariantMap &values);
};

}  // namespace hope::app
