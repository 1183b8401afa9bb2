// libFuzzer target: PinyinIndex::open on arbitrary tables, as a damaged or
// planted file in the user's cache folder could hold them. The input is
// what follows the index's header; the target adds the header (its stamp
// "fuzz") and the checksum, so that the fuzzer reaches the tables rather than
// stopping at the checksum. Besides what the sanitizers catch, it checks what
// the index promises once opened: lookups stay inside it and agree.
#include "core/PinyinIndex.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hope::core;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "PinyinIndex: %s\n", what);
    std::abort();
}

void put32(QByteArray &out, quint32 value)
{
    uchar bytes[4];
    qToLittleEndian(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), 4);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray stamp("fuzz");
    QByteArray bytes("HOPEPINYIDX\n");
    put32(bytes, PinyinIndex::kVersion);
    put32(bytes, quint32(stamp.size()));
    bytes += stamp;
    bytes.append(reinterpret_cast<const char *>(data), qsizetype(size));
    bytes += PinyinIndex::checksum(bytes);
    // A fresh copy, as a file read gives: aligned as the index needs.
    const std::optional<PinyinIndex> index =
        PinyinIndex::open(QByteArray(bytes.constData(), bytes.size()), stamp);
    if (!index)
        return 0;
    static const QStringList probes{QString(), QStringLiteral("希望"), QStringLiteral("银行家"),
                                    QStringLiteral("\U00020001x"), QStringLiteral("a")};
    for (const QString &probe : probes) {
        const std::optional<QStringList> word = index->word(probe);
        if (word.has_value() != index->hasWord(probe))
            fail("word and hasWord disagree");
    }
    for (const char32_t c : {char32_t(0), char32_t(0x4e2d), char32_t(0x20001), char32_t(0x10ffff)})
        (void)index->character(c);
    if (index->longestWord() < 0 || index->wordCount() < 0 || index->characterCount() < 0)
        fail("negative counts");
    return 0;
}
