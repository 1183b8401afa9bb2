#include "core/ScriptConverter.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutexLocker>

#include <opencc/opencc.h>

namespace hope::core {

struct ScriptConverter::Api
{
    QLibrary library;
    decltype(&::opencc_open) open = nullptr;
    decltype(&::opencc_close) close = nullptr;
    decltype(&::opencc_convert_utf8) convert = nullptr;
    decltype(&::opencc_convert_utf8_free) free = nullptr;
    decltype(&::opencc_error) error = nullptr;
    opencc_t handle = nullptr;

    ~Api()
    {
        if (handle && close)
            close(handle);
    }
};

namespace {
template <typename Function>
void resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
}

// Where a clause may end: a converted phrase never spans these.
bool endsClause(QChar c)
{
    static const QString marks = QStringLiteral("，。！？；：、,.;:!?　 \n\u2028");
    return marks.contains(c);
}

constexpr qint64 kMaxConfigBytes = 64 * 1024;
}  // namespace

QString ScriptConverter::configFor(ChineseScript to)
{
    switch (to) {
        case ChineseScript::TraditionalTaiwan:
            return QStringLiteral("s2twp.json");
        case ChineseScript::TraditionalHongKong:
            return QStringLiteral("s2hk.json");
        case ChineseScript::Simplified:
            break;
    }
    return QString();
}

ScriptConverter::ScriptConverter(QString config, QString folder)
    : m_config(std::move(config)), m_folder(std::move(folder))
{}

ScriptConverter::~ScriptConverter() = default;

bool ScriptConverter::load() const
{
    QMutexLocker lock(&m_mutex);
    if (m_tried)
        return m_api != nullptr;
    m_tried = true;
    const QString path = QDir(m_folder).filePath(m_config);
    const QFileInfo info(path);
    const auto fail = [this](const QString &message) {
        m_error = message;
        m_api.reset();
        m_loaded = true;
        return false;
    };
    if (m_config.isEmpty())
        return fail(QStringLiteral("no conversion is needed for Simplified Chinese"));
    if (!info.exists())
        return fail(QStringLiteral("%1: not found (the libopencc-data package has it)").arg(path));
    if (!info.isFile() || info.size() > kMaxConfigBytes)
        return fail(QStringLiteral("%1: not an OpenCC configuration file").arg(path));

    auto api = std::make_unique<Api>();
    api->library.setFileNameAndVersion(QStringLiteral("opencc"), QStringLiteral("1.1"));
    if (!api->library.load()) {
        return fail(
            QStringLiteral("%1 (the libopencc1.1 package has it)").arg(api->library.errorString()));
    }
    resolve(api->library, "opencc_open", api->open);
    resolve(api->library, "opencc_close", api->close);
    resolve(api->library, "opencc_convert_utf8", api->convert);
    resolve(api->library, "opencc_convert_utf8_free", api->free);
    resolve(api->library, "opencc_error", api->error);
    if (!api->open || !api->close || !api->convert || !api->free || !api->error)
        return fail(QStringLiteral("%1: not the OpenCC 1.1 library").arg(api->library.fileName()));
    // OpenCC finds the dictionaries a configuration names beside it.
    api->handle = api->open(QFile::encodeName(info.absoluteFilePath()).constData());
    if (api->handle == reinterpret_cast<opencc_t>(-1) || api->handle == nullptr) {
        api->handle = nullptr;
        return fail(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(api->error())));
    }
    m_api = std::move(api);
    QFile corrections(kCorrections);
    if (corrections.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : corrections.read(kMaxConfigBytes).split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (line.startsWith('#') || fields.size() < 3 || fields.at(0) != m_config.toUtf8())
                continue;
            const QString from = QString::fromUtf8(fields.at(1));
            const QString to = QString::fromUtf8(fields.at(2));
            // Anything else would move characters out of their places.
            if (!from.isEmpty() && from.size() == to.size())
                m_corrections.append({from, to});
        }
    }
    m_loaded = true;
    return true;
}

QString ScriptConverter::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QString ScriptConverter::convert(const QString &text) const
{
    if (text.isEmpty() || !load())
        return text;
    QMutexLocker lock(&m_mutex);
    return convertLocked(text);
}

QString ScriptConverter::convertLocked(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    char *out = m_api->convert(m_api->handle, utf8.constData(), size_t(utf8.size()));
    if (!out)
        return text;
    QString converted = QString::fromUtf8(out);
    m_api->free(out);
    return converted;
}

QString ScriptConverter::convertAligned(const QString &text) const
{
    if (text.isEmpty() || !load())
        return text;
    QMutexLocker lock(&m_mutex);
    QString aligned = convertLocked(text);
    if (aligned.size() != text.size())
        aligned = convertByClause(text);
    for (const auto &[from, to] : std::as_const(m_corrections)) {
        for (qsizetype at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.size()))
            aligned.replace(at, to.size(), to);
    }
    return aligned;
}

QString ScriptConverter::convertByClause(const QString &text) const
{
    QString aligned;
    aligned.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !endsClause(text.at(end))) ++end;
        end = std::min(end + 1, text.size());
        const QString clause = text.mid(start, end - start);
        const QString converted = convertLocked(clause);
        if (converted.size() == clause.size()) {
            aligned += converted;
        } else {
            for (qsizetype i = 0; i < clause.size();) {
                const qsizetype n = clause.at(i).isHighSurrogate() && i + 1 < clause.size() ? 2 : 1;
                const QString one = clause.mid(i, n);
                const QString c = convertLocked(one);
                aligned += c.size() == one.size() ? c : one;
                i += n;
            }
        }
        start = end;
    }
    return aligned;
}

}  // namespace hope::core
