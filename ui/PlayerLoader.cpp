#include "ui/PlayerLoader.h"

#include "ui/ClipPlayback.h"
#include "ui/ModulePlaces.h"
#include "ui/SpeechOutputFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace hope::ui {

namespace {
const QString kModuleName = QStringLiteral("hope-player.so");
}  // namespace

PlayerLoader::PlayerLoader(QStringList candidates) : m_candidates(std::move(candidates))
{}

PlayerLoader::PlayerLoader(const Result &loaded) : m_result(loaded), m_tried(true)
{}

QStringList PlayerLoader::standardCandidates()
{
    return ModulePlaces::candidates(kModuleName);
}

PlayerLoader &PlayerLoader::standard()
{
    static PlayerLoader loader(standardCandidates());
    return loader;
}

const PlayerLoader::Result &PlayerLoader::load()
{
    if (std::exchange(m_tried, true))
        return m_result;
    QStringList tried;
    for (const QString &path : std::as_const(m_candidates)) {
        if (!QFileInfo(path).isAbsolute() || !QFileInfo(path).isFile()) {
            tried << QStringLiteral("%1: not there").arg(path);
            continue;
        }
        // Never unloaded: players made by it may live to the end.
        QPluginLoader loader(path);
        QObject *root = loader.instance();
        auto *factory = qobject_cast<ClipPlayerFactory *>(root);
        if (factory) {
            m_result = {factory, qobject_cast<SpeechOutputFactory *>(root), {}, path};
            return m_result;
        }
        tried << QStringLiteral("%1: %2").arg(
            path, root ? QStringLiteral("not a Hope Reader player") : loader.errorString());
    }
    m_result.error = tried.join(QStringLiteral("; "));
    return m_result;
}

}  // namespace hope::ui
