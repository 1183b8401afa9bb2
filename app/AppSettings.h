#pragma once

#include "app/PanelLayout.h"
#include "core/ChineseScript.h"
#include "core/ClipPreferences.h"
#include "core/Language.h"
#include "core/ReaderPalette.h"
#include "core/ReadingLayout.h"
#include "core/ReadingPosition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace hope::app {

// What the reader remembers between runs. Every getter validates what it
// reads, so a missing, unreadable or garbage file gives the defaults.
//
// The file is read once, when constructed, and only if it is a regular
// file of a sane size: anything else (a FIFO, a device, a huge file) is
// left alone, never read and never written over. Only the keys the reader
// knows are kept, so junk in the file is not carried into the next one.
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    explicit AppSettings(const QString &filePath = defaultFilePath());
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // In the user's config folder (honours QStandardPaths' test mode).
    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const;
    // Why the file was not read or cannot be written, empty when all is
    // well; the same message is also printed as a warning.
    [[nodiscard]] QString problem() const { return m_problem; }

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    [[nodiscard]] std::optional<core::Language> language() const;
    void setLanguage(core::Language language);
    [[nodiscard]] std::optional<core::ReadingLayout> readingLayout() const;
    void setReadingLayout(core::ReadingLayout layout);
    [[nodiscard]] std::optional<core::ChineseScript> script() const;
    void setScript(core::ChineseScript script);
    // Whether the article has the place is the ReadingSession's to say.
    [[nodiscard]] std::optional<core::ReadingPosition> readingPosition() const;
    void setReadingPosition(const core::ReadingPosition &position);

    // Each panel on its own: a garbage value gives that panel's default.
    [[nodiscard]] PanelVisibility panelVisibility() const;
    void setPanelVisibility(const PanelVisibility &visibility);

    // Percent, within TextZoom's range; garbage gives 100.
    [[nodiscard]] int textZoom() const;
    void setTextZoom(int percent);
    // Garbage or nothing gives ReaderTheme::System.
    [[nodiscard]] core::ReaderTheme theme() const;
    void setTheme(core::ReaderTheme theme);
    // F7: the article read with a caret. Off unless set.
    [[nodiscard]] bool caretBrowsing() const;
    void setCaretBrowsing(bool on);

    [[nodiscard]] core::ClipPreferences clipPreferences() const;
    void setClipPreferences(const core::ClipPreferences &preferences);

    // Read aloud: 0.5x to 3x (1x if unknown), and the espeak-ng voice
    // chosen for each language (empty: the default).
    [[nodiscard]] double readAloudSpeed() const;
    void setReadAloudSpeed(double speed);
    [[nodiscard]] QString readAloudVoice(core::Language language) const;
    void setReadAloudVoice(core::Language language, const QString &voice);
    // Which of a pair a bilingual layout reads aloud, in order: Chinese,
    // English, or Chinese then English. Anything else reads as Chinese.
    [[nodiscard]] QList<core::Language> readAloudPairs() const;
    void setReadAloudPairs(const QList<core::Language> &languages);
    // File > Open Recent, newest first (as written; RecentBundles checks).
    [[nodiscard]] QStringList recentBundles() const;
    void setRecentBundles(const QStringList &paths);
    [[nodiscard]] bool pinyinShown() const;
    void setPinyinShown(bool shown);
    // The ruby in Zhuyin (bopomofo) rather than pinyin.
    [[nodiscard]] bool zhuyin() const;
    void setZhuyin(bool on);
    // 一 and 不 in the pinyin as spoken.
    [[nodiscard]] bool spokenTones() const;
    void setSpokenTones(bool on);
    // The pinyin in tone colours.
    [[nodiscard]] bool toneColours() const;
    void setToneColours(bool on);

    // Writes the file (only the known keys) if anything was set, or if
    // junk was dropped when it was read.
    void sync();

private:
    [[nodiscard]] QVariant value(const QString &key) const { return m_values.value(key); }
    void setValue(const QString &key, const QVariant &value);
    [[nodiscard]] QByteArray bytes(const QString &key) const;
    [[nodiscard]] bool flag(const QString &key, bool fallback) const;
    void setFlag(const QString &key, bool on);
    void read();
    [[nodiscard]] bool write();
    void warn(const QString &problem);

    QString m_filePath;
    QVariantMap m_values;
    QString m_problem;
    // What is in the file is not a settings file of ours: never replace it.
    bool m_keepOff = false;
    bool m_dirty = false;
    bool m_droppedKeys = false;
};

}  // namespace hope::app
