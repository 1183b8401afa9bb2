#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hope::core {

// The one way the reader opens a file a bundle names (or the bundle file
// itself): a regular file once links are resolved, inside the bundle's
// folder when one is given, no larger than a limit, opened so that a pipe
// or a device can never block or flood the reader, and read with a bound.
// Files inside the reader's own resources (":/...") are trusted as they are.
class BundleFile final
{
    // Its reasons go into messages in the interface's language: a Chinese
    // sentence with an English reason in it read as two programs talking.
    Q_DECLARE_TR_FUNCTIONS(hope::core::BundleFile)

public:
    struct Read
    {
        QByteArray data;
        QString error;  // empty when the file was read
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // Reads the whole file. folder: the bundle's folder the file must lie
    // in, or empty for no such rule.
    [[nodiscard]] static Read read(const QString &path, const QString &folder, qint64 maxBytes);
    // The same checks, for a file handed to someone else to read (an image
    // decoder, GStreamer): empty if it may be opened, else why not.
    [[nodiscard]] static QString check(const QString &path, const QString &folder, qint64 maxBytes);
    // The path to give to that someone: the checked file with every link
    // resolved, so what is read is what was checked.
    [[nodiscard]] static QString resolved(const QString &path);

    // What a bundle's pictures and clip may weigh.
    static constexpr qint64 kMaxImageBytes = 32 * 1024 * 1024;
    static constexpr qint64 kMaxClipBytes = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 kMaxCaptionBytes = 1024 * 1024;
};

}  // namespace hope::core
