#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hope::core {

// The desktop's list of recently used files (the freedesktop.org Desktop
// Bookmark Spec: ~/.local/share/recently-used.xbel), which file managers
// and GNOME's Recent view read: a bundle the reader opened is recorded
// there with the reader as its application. Every other bookmark, and
// every other application's record, is kept as it was; a file that is not
// XBEL is never replaced.
class RecentlyUsedXbel final
{
    Q_DECLARE_TR_FUNCTIONS(RecentlyUsedXbel)

public:
    struct Entry
    {
        QString filePath;  // absolute
        QString mimeType;
        QString appName;
        QString exec;  // "hope-reader %f"
        QDateTime when;
    };

    // Larger is no list of recent files a reader should rewrite.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    // The document with the entry recorded, or nullopt when `existing`
    // (empty for none) is not an XBEL document, with why in *error.
    [[nodiscard]] static std::optional<QByteArray> record(const QByteArray &existing,
                                                          const Entry &entry,
                                                          QString *error = nullptr);
    // Where the desktop keeps the list.
    [[nodiscard]] static QString defaultPath();
    // Reads the file (a regular file, bounded), records, and replaces it
    // whole; an empty string, or why not.
    [[nodiscard]] static QString write(const QString &path, const Entry &entry);
};

}  // namespace hope::core
