#include "AppSettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace {
// Saved states are a few hundred bytes; anything far larger is not ours.
constexpr qsizetype kMaxStateSize = 64 * 1024;
}  // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/hope-reader.ini");
}

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

QByteArray AppSettings::bytes(const QString &key) const
{
    const QVariant v = m_settings->value(key);
    if (v.typeId() != QMetaType::QByteArray)
        return {};
    const QByteArray b = v.toByteArray();
    return b.size() <= kMaxStateSize ? b : QByteArray();
}

QByteArray AppSettings::windowGeometry() const
{
    return bytes(QStringLiteral("window/geometry"));
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return bytes(QStringLiteral("window/splitter-") + name);
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/splitter-") + name, state);
}

std::optional<Language> AppSettings::language() const
{
    const QVariant v = m_settings->value(QStringLiteral("reader/language"));
    return v.typeId() == QMetaType::QString ? languageFromCode(v.toString()) : std::nullopt;
}

void AppSettings::setLanguage(Language language)
{
    m_settings->setValue(QStringLiteral("reader/language"), languageCode(language));
}

std::optional<ReadingPosition> AppSettings::readingPosition() const
{
    const QVariant v = m_settings->value(QStringLiteral("reader/position"));
    return v.typeId() == QMetaType::QString ? ReadingPosition::fromString(v.toString())
                                            : std::nullopt;
}

void AppSettings::setReadingPosition(const ReadingPosition &position)
{
    m_settings->setValue(QStringLiteral("reader/position"), position.toString());
}

ClipPreferences AppSettings::clipPreferences() const
{
    ClipPreferences p;
    bool ok = false;
    const double volume = m_settings->value(QStringLiteral("clip/volume")).toDouble(&ok);
    if (ok && volume >= 0.0 && volume <= 1.0)
        p.volume = float(volume);
    const QString muted = m_settings->value(QStringLiteral("clip/muted")).toString();
    if (muted == u"true" || muted == u"false")
        p.muted = muted == u"true";
    const QString captions = m_settings->value(QStringLiteral("clip/captions")).toString();
    if (captions == u"true" || captions == u"false")
        p.captions = captions == u"true";
    const qlonglong position = m_settings->value(QStringLiteral("clip/position")).toLongLong(&ok);
    if (ok && position >= 0 && position < 24LL * 3600 * 1000)
        p.positionMs = position;
    return p;
}

void AppSettings::setClipPreferences(const ClipPreferences &preferences)
{
    m_settings->setValue(QStringLiteral("clip/volume"), double(preferences.volume));
    m_settings->setValue(QStringLiteral("clip/muted"),
                         preferences.muted ? QStringLiteral("true") : QStringLiteral("false"));
    m_settings->setValue(QStringLiteral("clip/captions"),
                         preferences.captions ? QStringLiteral("true") : QStringLiteral("false"));
    m_settings->setValue(QStringLiteral("clip/position"), preferences.positionMs);
}

void AppSettings::sync()
{
    m_settings->sync();
}
