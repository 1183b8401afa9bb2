#pragma once

#include <QtGlobal>

#include <cstdio>
#include <ctime>

// HOPE_STARTUP_TRACE=1 prints, at each mark, the process's CPU time (which
// at the first mark is what the dynamic loader and static initialisers
// cost before main), the wall time since the first mark, and the resident
// memory, to stderr. scripts/bench-startup measures the whole; this says
// where it goes.
namespace hope::app::StartupTrace {

inline double nowMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Resident and peak resident memory in MiB, from /proc (0 elsewhere).
inline void residentMiB(double *now, double *peak)
{
    *now = *peak = 0.0;
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return;
    char line[256];
    long kib = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmRSS: %ld kB", &kib) == 1)
            *now = double(kib) / 1024;
        else if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1)
            *peak = double(kib) / 1024;
    }
    std::fclose(status);
}

inline void mark(const char *stage)
{
    static const bool on = qEnvironmentVariableIntValue("HOPE_STARTUP_TRACE") > 0;
    if (!on)
        return;
    static const double wallStart = nowMs(CLOCK_MONOTONIC);
    static double lastCpu = 0.0;
    static double lastWall = 0.0;
    const double cpu = nowMs(CLOCK_PROCESS_CPUTIME_ID);
    const double wall = nowMs(CLOCK_MONOTONIC) - wallStart;
    double rss = 0.0;
    double peak = 0.0;
    residentMiB(&rss, &peak);
    std::fprintf(stderr,
                 "startup: %-36s cpu %6.1f ms (+%5.1f)  wall %6.1f ms (+%5.1f)  "
                 "rss %5.1f MiB (peak %5.1f)\n",
                 stage, cpu, cpu - lastCpu, wall, wall - lastWall, rss, peak);
    lastCpu = cpu;
    lastWall = wall;
}

}  // namespace hope::app::StartupTrace
