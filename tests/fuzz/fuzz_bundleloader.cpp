// libFuzzer target: BundleLoader::loadData on arbitrary bytes, with the
// embedded article's folder (":/article") as the bundle's folder, so caption
// files a bundle names are read and parsed too. Besides what AddressSanitizer
// and UndefinedBehaviorSanitizer catch, it checks the loader's promise: a
// whole article and no errors, or no article and at least one error.
#include "core/BundleLoader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hope::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const BundleLoadResult r =
        BundleLoader::loadData(bytes, QStringLiteral("fuzz.json"), QStringLiteral(":/article"));
    if (qEnvironmentVariableIsSet("HOPE_FUZZ_VERBOSE")) {
        std::fprintf(stderr, "%s\n",
                     r.ok() ? "loaded" : qPrintable(r.errors.join(QStringLiteral("\n"))));
    }
    if (r.ok() != r.errors.isEmpty()) {
        std::fprintf(stderr, "BundleLoader: article %s with %lld errors\n",
                     r.ok() ? "given" : "missing", static_cast<long long>(r.errors.size()));
        std::abort();
    }
    return 0;
}
