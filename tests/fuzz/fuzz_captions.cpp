// libFuzzer target: CaptionTrack::parse on arbitrary bytes read as UTF-8 (as
// the loader reads a caption file), then the queries the clip panel makes.
// Besides what the sanitizers catch, it checks what the track promises: cues
// in start order, each ending after it starts.
#include "core/CaptionTrack.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hope::core;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "CaptionTrack: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CaptionTrack::ParseResult r = CaptionTrack::parse(text);
    if (qEnvironmentVariableIsSet("HOPE_FUZZ_VERBOSE")) {
        std::fprintf(stderr, "%lld cues\n%s\n", static_cast<long long>(r.track.cues().size()),
                     qPrintable(r.errors.join(QStringLiteral("\n"))));
    }
    const QList<CaptionCue> &cues = r.track.cues();
    qint64 previousStart = 0;
    for (const CaptionCue &cue : cues) {
        if (cue.startMs < 0 || cue.endMs <= cue.startMs)
            fail("a cue ends before it starts");
        if (cue.startMs < previousStart)
            fail("cues out of start order");
        previousStart = cue.startMs;
        // What the panel asks while playing: around each cue's edges.
        for (const qint64 ms : {cue.startMs - 1, cue.startMs, cue.endMs - 1, cue.endMs}) {
            const QList<CaptionCue> showing = r.track.cuesAt(ms);
            for (const CaptionCue &s : showing) {
                if (ms < s.startMs || ms >= s.endMs)
                    fail("cuesAt() gives a cue not showing");
            }
            (void)r.track.textAt(ms);
            const qint64 next = r.track.nextCueStart(ms);
            if (next != -1 && next <= ms)
                fail("nextCueStart() is not after the time asked");
        }
    }
    return 0;
}
