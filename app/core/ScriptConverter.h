#pragma once

#include "core/ChineseScript.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

namespace hope::core {

// Chinese from one script to another with OpenCC (Debian's libopencc1.1
// and libopencc-data): Simplified to Taiwan's Traditional with its words
// (s2twp: 软件 -> 軟體), to Hong Kong's (s2hk), or any Traditional back to
// Simplified (t2s). The library and its dictionaries are loaded on first
// use, like espeak-ng: a reader who never changes script never maps them.
// Safe to use from several threads; it cannot be copied.
class ScriptConverter final
{
public:
    // OpenCC's configuration files, in its data folder.
    [[nodiscard]] static QString configFor(ChineseScript to);
    static inline const QString kToSimplified = QStringLiteral("t2s.json");
    static inline const QString kDataFolder = QStringLiteral(HOPE_SYSTEM_DATA_DIR "/opencc");
    // Our corrections, where OpenCC's phrases misread the article's words.
    static inline const QString kCorrections = QStringLiteral(":/script/corrections.tsv");

    // A configuration file name in `folder`; tests give another folder.
    explicit ScriptConverter(QString config, QString folder = kDataFolder);
    Q_DISABLE_COPY_MOVE(ScriptConverter)
    ~ScriptConverter();

    // Loads the library and the configuration if that has not been tried;
    // false, with error() naming the file or library and the package that
    // has it, when it cannot be. A failure is not retried.
    bool load() const;
    [[nodiscard]] QString error() const;
    [[nodiscard]] bool isLoaded() const { return m_loaded.load(); }

    // The text as OpenCC converts it, phrases and all; the text unchanged
    // when the converter cannot be loaded.
    [[nodiscard]] QString convert(const QString &text) const;
    // The same, but every character stays where it was (same length in
    // UTF-16), so offsets into the published text hold in the converted
    // one: notes, pinyin, lookup and read-aloud keep working on the
    // Simplified text behind what is shown. Where OpenCC's phrase changes
    // the length (U盘 -> 隨身碟), the clause is converted character by
    // character instead. Our corrections (kCorrections) are applied where
    // the text has their phrases.
    [[nodiscard]] QString convertAligned(const QString &text) const;

private:
    struct Api;
    [[nodiscard]] QString convertLocked(const QString &text) const;
    [[nodiscard]] QString convertByClause(const QString &text) const;

    const QString m_config;
    const QString m_folder;
    mutable QMutex m_mutex;
    mutable bool m_tried = false;
    // OpenCC's functions (declared by its own header) and the open
    // converter, once loaded.
    mutable std::unique_ptr<Api> m_api;
    // Published phrase -> shown phrase, of the same length, for m_config.
    mutable QList<std::pair<QString, QString>> m_corrections;
    mutable QString m_error;
    mutable std::atomic<bool> m_loaded{false};
};

}  // namespace hope::core
