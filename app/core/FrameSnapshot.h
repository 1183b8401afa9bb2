#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace hope::core {

// A frame of the clip saved as a PNG, as mpv's screenshot key does: into
// a folder under a name no file there has yet, never over another file.
class FrameSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(FrameSnapshot)

public:
    struct Result
    {
        QString path;   // the file written
        QString error;  // why nothing was, naming the file
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // "hope-clip-0m12.480s.png", then "hope-clip-0m12.480s-2.png" and on
    // while a file of that name is there. The clip's name is kept to
    // letters, digits and - _ .
    [[nodiscard]] static QString freeName(const QString &folder, const QString &clipName,
                                          qint64 ms);
    // The folder is made if missing.
    [[nodiscard]] static Result save(const QImage &frame, const QString &folder,
                                     const QString &clipName, qint64 ms);
    // Where saved frames go: the Pictures folder, else the home folder.
    [[nodiscard]] static QString defaultFolder();

    static constexpr int kMaxTries = 1000;
};

}  // namespace hope::core
