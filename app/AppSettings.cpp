#include "app/AppSettings.h"

#include "app/CommandLine.h"
#include "app/SettingsFile.h"
#include "core/TextZoom.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hope::app {

using namespace core;

namespace {
// Saved states are a few hundred bytes; anything far larger is not ours.
constexpr qsizetype kMaxStateSize = 64 * 1024;

const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitterPrefix = QStringLiteral("window/splitter-");
const QString kLanguage = QStringLiteral("reader/language");
const QString kPosition = QStringLiteral("reader/position");
const QString kLayout = QStringLiteral("reader/layout");
const QString kScript = QStringLiteral("reader/script");
const QString kVolume = QStringLiteral("clip/volume");
const QString kMuted = QStringLiteral("clip/muted");
const QString kCaptions = QStringLiteral("clip/captions");
const QString kCaptionSize = QStringLiteral("clip/caption-size");
const QString kBothLanguages = QStringLiteral("clip/both-languages");
const QString kPauseAfterLine = QStringLiteral("clip/pause-after-line");
const QString kClipPosition = QStringLiteral("clip/position");
const QString kSidebar = QStringLiteral("view/sidebar");
const QString kTimeline = QStringLiteral("view/timeline");
const QString kClipPanel = QStringLiteral("view/clip");
const QString kReadingMode = QStringLiteral("view/reading-mode");
const QString kPinyin = QStringLiteral("view/pinyin");
const QString kZhuyin = QStringLiteral("view/zhuyin");
const QString kSpokenTones = QStringLiteral("view/spokenTones");
const QString kToneColours = QStringLiteral("view/toneColours");
// File > Open Recent: recent/1 (the newest) to recent/10.
const QString kRecentPrefix = QStringLiteral("recent/");
constexpr int kRecentCount = 10;
const QString kSpeed = QStringLiteral("read-aloud/speed");
const QString kVoiceZh = QStringLiteral("read-aloud/voice-zh");
const QString kVoiceEn = QStringLiteral("read-aloud/voice-en");
const QString kPairs = QStringLiteral("read-aloud/pairs");
const QString kTextZoom = QStringLiteral("view/text-zoom");
const QString kTheme = QStringLiteral("view/theme");
const QString kCaretBrowsing = QStringLiteral("view/caret-browsing");

// The main window's splitters. Only these are read back, so that a file
// full of made-up splitter names is not carried over: a new splitter must
// be named here too.
const QStringList kSplitters = {QStringLiteral("main"), QStringLiteral("root")};

bool isKnownKey(const QString &key)
{
    if (key.startsWith(kSplitterPrefix))
        return kSplitters.contains(QStringView(key).mid(kSplitterPrefix.size()));
    if (key.startsWith(kRecentPrefix)) {
        bool number = false;
        const int n = QStringView(key).mid(kRecentPrefix.size()).toInt(&number);
        return number && n >= 1 && n <= kRecentCount && key == kRecentPrefix + QString::number(n);
    }
    return key == kGeometry || key == kLanguage || key == kLayout || key == kScript ||
           key == kPosition || key == kVolume || key == kMuted || key == kCaptions ||
           key == kClipPosition || key == kCaptionSize || key == kBothLanguages ||
           key == kPauseAfterLine || key == kSidebar || key == kTimeline || key == kClipPanel ||
           key == kReadingMode || key == kPinyin || key == kZhuyin || key == kSpokenTones ||
           key == kToneColours || key == kSpeed || key == kVoiceZh || key == kVoiceEn ||
           key == kPairs || key == kTextZoom || key == kTheme || key == kCaretBrowsing;
}

}  // namespace

AppSettings::AppSettings(const QString &filePath) : m_filePath(filePath)
{
    read();
}

AppSettings::~AppSettings()
{
    // As QSettings did: what was set is kept even without a sync().
    if (m_dirty)
        sync();
}

QString AppSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/hope-reader.ini");
}

QString AppSettings::filePath() const
{
    return m_filePath;
}

void AppSettings::warn(const QString &problem)
{
    m_problem = problem;
    qWarning().noquote() << problem;
}

void AppSettings::read()
{
    const SettingsFile::Contents file = SettingsFile::read(m_filePath);
    m_keepOff = file.keepOff;
    if (!file.problem.isEmpty()) {
        warn(file.problem);
        return;
    }
    for (auto it = file.values.cbegin(); it != file.values.cend(); ++it) {
        if (isKnownKey(it.key()))
            m_values.insert(it.key(), it.value());
        else
            m_droppedKeys = true;
    }
    if (!file.refused.isEmpty()) {
        // Written back without them at the next save.
        m_droppedKeys = true;
        QStringList shown = file.refused.mid(0, 5);
        for (QString &key : shown) key = CommandLine::terminalSafe(key.left(40));
        warn(tr("Settings file %1: values not read (not of a kind the reader writes): %2.")
                 .arg(QDir::toNativeSeparators(m_filePath), shown.join(QStringLiteral(", "))));
    }
}

bool AppSettings::write()
{
    const QString problem = m_keepOff ? SettingsFile::tr("Settings are not saved to %1: %2.")
                                            .arg(QDir::toNativeSeparators(m_filePath),
                                                 SettingsFile::tr("it is not a regular file"))
                                      : SettingsFile::write(m_filePath, m_values);
    if (!problem.isEmpty()) {
        warn(problem);
        return false;
    }
    return true;
}

void AppSettings::sync()
{
    if (!m_dirty && !m_droppedKeys)
        return;
    if (write())
        m_droppedKeys = false;
    // Tried once; a file that cannot be written is not tried again and again.
    m_dirty = false;
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    m_values.insert(key, value);
    m_dirty = true;
}

QByteArray AppSettings::bytes(const QString &key) const
{
    const QVariant v = value(key);
    if (v.typeId() != QMetaType::QByteArray)
        return {};
    const QByteArray b = v.toByteArray();
    return b.size() <= kMaxStateSize ? b : QByteArray();
}

QByteArray AppSettings::windowGeometry() const
{
    return bytes(kGeometry);
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(kGeometry, geometry);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return bytes(kSplitterPrefix + name);
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    Q_ASSERT_X(kSplitters.contains(name), "AppSettings::setSplitterState",
               "a splitter not in kSplitters is saved but never read back");
    setValue(kSplitterPrefix + name, state);
}

std::optional<Language> AppSettings::language() const
{
    const QVariant v = value(kLanguage);
    return v.typeId() == QMetaType::QString ? languageFromCode(v.toString()) : std::nullopt;
}

void AppSettings::setLanguage(Language language)
{
    setValue(kLanguage, languageCode(language));
}

std::optional<ReadingLayout> AppSettings::readingLayout() const
{
    const QVariant v = value(kLayout);
    return v.typeId() == QMetaType::QString ? readingLayoutFromName(v.toString()) : std::nullopt;
}

void AppSettings::setReadingLayout(ReadingLayout layout)
{
    setValue(kLayout, readingLayoutName(layout));
}

std::optional<core::ChineseScript> AppSettings::script() const
{
    const QVariant v = value(kScript);
    return v.typeId() == QMetaType::QString ? core::scriptFromCode(v.toString()) : std::nullopt;
}

void AppSettings::setScript(core::ChineseScript script)
{
    setValue(kScript, core::scriptCode(script));
}

std::optional<ReadingPosition> AppSettings::readingPosition() const
{
    const QVariant v = value(kPosition);
    const auto position =
        v.typeId() == QMetaType::QString ? ReadingPosition::fromString(v.toString()) : std::nullopt;
    return position;
}

void AppSettings::setReadingPosition(const ReadingPosition &position)
{
    setValue(kPosition, position.toString());
}

bool AppSettings::flag(const QString &key, bool fallback) const
{
    const QVariant v = value(key);
    if (v.typeId() != QMetaType::QString)
        return fallback;
    const QString text = v.toString();
    return text == u"true" || text == u"false" ? text == u"true" : fallback;
}

void AppSettings::setFlag(const QString &key, bool on)
{
    setValue(key, on ? QStringLiteral("true") : QStringLiteral("false"));
}

PanelVisibility AppSettings::panelVisibility() const
{
    const PanelVisibility d;
    return {flag(kSidebar, d.sidebar), flag(kTimeline, d.timeline), flag(kClipPanel, d.clip),
            flag(kReadingMode, d.readingMode)};
}

void AppSettings::setPanelVisibility(const PanelVisibility &visibility)
{
    setFlag(kSidebar, visibility.sidebar);
    setFlag(kTimeline, visibility.timeline);
    setFlag(kClipPanel, visibility.clip);
    setFlag(kReadingMode, visibility.readingMode);
}

int AppSettings::textZoom() const
{
    bool ok = false;
    const int percent = value(kTextZoom).toString().toInt(&ok);
    return ok ? TextZoom::clamp(percent) : TextZoom::kDefault;
}

void AppSettings::setTextZoom(int percent)
{
    setValue(kTextZoom, QString::number(TextZoom::clamp(percent)));
}

ReaderTheme AppSettings::theme() const
{
    const QVariant v = value(kTheme);
    const auto theme =
        v.typeId() == QMetaType::QString ? themeFromCode(v.toString()) : std::nullopt;
    return theme.value_or(ReaderTheme::System);
}

void AppSettings::setTheme(ReaderTheme theme)
{
    setValue(kTheme, themeCode(theme));
}

ClipPreferences AppSettings::clipPreferences() const
{
    ClipPreferences p;
    bool ok = false;
    const double volume = value(kVolume).toDouble(&ok);
    if (ok && volume >= 0.0 && volume <= 1.0)
        p.volume = float(volume);
    p.muted = flag(kMuted, p.muted);
    p.captions = flag(kCaptions, p.captions);
    const qlonglong position = value(kClipPosition).toLongLong(&ok);
    if (ok && position >= 0 && position < 24LL * 3600 * 1000)
        p.positionMs = position;
    const QVariant size = value(kCaptionSize);
    if (size.typeId() == QMetaType::QString)
        p.captionSize = CaptionLayout::fromCode(size.toString()).value_or(p.captionSize);
    p.bothLanguages = flag(kBothLanguages, p.bothLanguages);
    p.pauseAfterLine = flag(kPauseAfterLine, p.pauseAfterLine);
    return p;
}

void AppSettings::setClipPreferences(const ClipPreferences &preferences)
{
    setValue(kVolume, double(preferences.volume));
    setFlag(kMuted, preferences.muted);
    setFlag(kCaptions, preferences.captions);
    setValue(kClipPosition, preferences.positionMs);
    setValue(kCaptionSize, CaptionLayout::code(preferences.captionSize));
    setFlag(kBothLanguages, preferences.bothLanguages);
    setFlag(kPauseAfterLine, preferences.pauseAfterLine);
}

double AppSettings::readAloudSpeed() const
{
    bool ok = false;
    const double speed = value(kSpeed).toDouble(&ok);
    return ok && speed >= 0.5 && speed <= 3.0 ? speed : 1.0;
}

void AppSettings::setReadAloudSpeed(double speed)
{
    setValue(kSpeed, speed);
}

QString AppSettings::readAloudVoice(Language language) const
{
    // An espeak-ng voice name: a short run of letters, digits and dashes
    // ("en-gb-x-rp"); anything else is not one and gives the default.
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    const QString voice = value(language == Language::Chinese ? kVoiceZh : kVoiceEn).toString();
    return name.match(voice).hasMatch() ? voice : QString();
}

void AppSettings::setReadAloudVoice(Language language, const QString &voice)
{
    setValue(language == Language::Chinese ? kVoiceZh : kVoiceEn, voice);
}

QList<Language> AppSettings::readAloudPairs() const
{
    const QString code = value(kPairs).toString();
    if (code == u"en")
        return {Language::English};
    if (code == u"zh-en")
        return {Language::Chinese, Language::English};
    return {Language::Chinese};
}

void AppSettings::setReadAloudPairs(const QList<Language> &languages)
{
    QStringList codes;
    for (const Language l : languages)
        codes << (l == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    setValue(kPairs, codes.join(u'-'));
}

QStringList AppSettings::recentBundles() const
{
    // Read as text only; RecentBundles leaves out what is no path.
    QStringList paths;
    for (int n = 1; n <= kRecentCount; ++n) {
        const QVariant v = value(kRecentPrefix + QString::number(n));
        if (v.typeId() == QMetaType::QString)
            paths << v.toString();
    }
    return paths;
}

void AppSettings::setRecentBundles(const QStringList &paths)
{
    for (int n = 1; n <= kRecentCount; ++n) {
        const QString key = kRecentPrefix + QString::number(n);
        if (n <= paths.size())
            setValue(key, paths.at(n - 1));
        else if (m_values.remove(key) > 0)
            m_dirty = true;
    }
}

bool AppSettings::pinyinShown() const
{
    return flag(kPinyin, false);
}

void AppSettings::setPinyinShown(bool shown)
{
    setFlag(kPinyin, shown);
}

bool AppSettings::zhuyin() const
{
    return flag(kZhuyin, false);
}

void AppSettings::setZhuyin(bool on)
{
    setFlag(kZhuyin, on);
}

bool AppSettings::spokenTones() const
{
    return flag(kSpokenTones, false);
}

void AppSettings::setSpokenTones(bool on)
{
    setFlag(kSpokenTones, on);
}

bool AppSettings::toneColours() const
{
    return flag(kToneColours, false);
}

void AppSettings::setToneColours(bool on)
{
    setFlag(kToneColours, on);
}

bool AppSettings::caretBrowsing() const
{
    return flag(kCaretBrowsing, false);
}

void AppSettings::setCaretBrowsing(bool on)
{
    setFlag(kCaretBrowsing, on);
}

}  // namespace hope::app
