#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QTemporaryFile;

namespace hope::core {

// A file the reader writes for the user (a PDF, a WAV, a screenshot, the
// settings), written so that nothing goes wrong behind the user's back:
//  - the target must be a regular file or a new name in an existing
//    folder; a device, a FIFO, a socket or a folder is refused before
//    anything is opened, so nothing blocks and nothing special is replaced;
//  - the bytes go to a new file beside the target, and every write, the
//    flush and the fsync are checked (a full disk, a file-size limit);
//  - only a complete file is renamed over the target; on any failure the
//    new file is removed and the old one is left as it was.
class SafeOutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(SafeOutputFile)

public:
    enum class Links {
        // A symbolic link to a regular file is written through, as a
        // user who made the link expects (a chosen export path).
        Follow,
        // A symbolic link is refused (a file the reader owns, whose link
        // someone else may have planted).
        Refuse,
    };

    explicit SafeOutputFile(QString path, Links links = Links::Follow);
    ~SafeOutputFile();
    SafeOutputFile(const SafeOutputFile &) = delete;
    SafeOutputFile &operator=(const SafeOutputFile &) = delete;

    // Why this path cannot be written, or empty when it can: checked
    // without opening it.
    [[nodiscard]] static QString targetProblem(const QString &path, Links links = Links::Follow);

    // Checks the target and opens the new file beside it.
    bool open();
    // Where to write, once open; its errors are sticky and are checked at
    // commit, so a writer that ignores write()'s result is still caught,
    // but for one large write cut short: that returns what it wrote and no
    // error. Write whole buffers with writeAll().
    [[nodiscard]] QIODevice *device() const;
    // Writes all of data, again after a short write so that the cause (a
    // full disk, a size limit) is recorded and commit() refuses.
    void writeAll(const QByteArray &data);
    // The new file's name, for a writer that wants a path (closed first).
    [[nodiscard]] QString temporaryPath() const;
    // Flushes, checks, syncs and renames over the target. On failure the
    // target is untouched and the new file gone.
    bool commit();
    // The new file removed; the target untouched.
    void cancel();

    // What went wrong, naming the file; empty if nothing did.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }

private:
    bool fail(const QString &problem);

    QString m_path;
    Links m_links = Links::Follow;
    // The file renamed over: the link's target when a link is followed.
    QString m_target;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_error;
};

}  // namespace hope::core
