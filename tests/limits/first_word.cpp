// How soon read-aloud's first word is lit after it is asked for, on the
// longest paragraph of a bundle (tests/limits/run gives it one of 100,000
// characters): first_word BUNDLE.json zh|en. Prints the milliseconds and
// the peak memory; the stage decides what is too slow.
#include "core/BundleLoader.h"
#include "core/PinyinConverter.h"
#include "speech/ReadAloudController.h"
#include "speech/SilentPcmOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace hope::core;
using namespace hope::speech;

namespace {

QByteArray peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    }
    return "?";
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(2) != u"zh" && args.at(2) != u"en")) {
        err << "usage: first_word BUNDLE.json zh|en\n";
        return 2;
    }
    const BundleLoadResult loaded = BundleLoader::loadFile(args.at(1));
    if (!loaded.ok()) {
        err << loaded.errors.join(u'\n') << '\n';
        return 2;
    }
    const Language language = args.at(2) == u"zh" ? Language::Chinese : Language::English;
    ReadAloudParagraph longest;
    for (const ArticleSection &s : loaded.article->sections) {
        for (const ArticleBlock &b : s.blocks) {
            if (b.kind == BlockKind::Paragraph && b.text.in(language).size() > longest.text.size())
                longest = {b.id, b.text.in(language), language};
        }
    }
    ReadAloudController controller;
    controller.setOutputFactory([](QString *) -> std::unique_ptr<PcmOutput> {
        return std::make_unique<SilentPcmOutput>();
    });
    // Loaded before the clock starts, as the reader loads it with the
    // article's pinyin.
    auto converter = std::make_shared<PinyinConverter>();
    if (language == Language::Chinese && !converter->load()) {
        err << converter->error() << '\n';
        return 2;
    }
    controller.setConverter(converter);
    controller.setParagraphs({longest});
    QElapsedTimer clock;
    qint64 firstWordMs = -1;
    QObject::connect(&controller, &ReadAloudController::positionChanged, &app,
                     [&](const ReadAloudPosition &p) {
                         if (firstWordMs < 0 && p.wordLength > 0) {
                             firstWordMs = clock.elapsed();
                             // Some seconds of reading on, for the memory.
                             QTimer::singleShot(3000, &app, &QCoreApplication::quit);
                         }
                     });
    QObject::connect(&controller, &ReadAloudController::failed, &app, [&](const QString &why) {
        err << why << '\n';
        app.exit(1);
    });
    QTimer::singleShot(60000, &app, [&] { app.exit(1); });
    clock.start();
    controller.start(longest.blockId, language, 0);
    const int rc = app.exec();
    out << "first word of a " << longest.text.size() << "-character paragraph (" << args.at(2)
        << ") after " << firstWordMs << " ms; peak memory " << peakMemory() << '\n';
    return firstWordMs < 0 ? 1 : rc;
}
