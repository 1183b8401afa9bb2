#pragma once

#include "ClipPreferences.h"
#include "Language.h"
#include "ReadingPosition.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

// What the reader remembers between runs. Every getter validates what it
// reads, so a missing, unreadable or garbage file gives the defaults.
class AppSettings final
{
public:
    explicit AppSettings(const QString &filePath = defaultFilePath());
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // In the user's config folder (honours QStandardPaths' test mode).
    [[nodiscard]] static QString defaultFilePath();
    [[nodiscard]] QString filePath() const;

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    [[nodiscard]] std::optional<Language> language() const;
    void setLanguage(Language language);
    [[nodiscard]] std::optional<ReadingPosition> readingPosition() const;
    void setReadingPosition(const ReadingPosition &position);

    [[nodiscard]] ClipPreferences clipPreferences() const;
    void setClipPreferences(const ClipPreferences &preferences);

    void sync();

private:
    [[nodiscard]] QByteArray bytes(const QString &key) const;

    std::unique_ptr<QSettings> m_settings;
};
