#pragma once

// What the reader hands the print module to finish a PDF with (the
// document information, its language and its outline), as plain C so that
// the module and the reader agree whatever compiler built each.
#include <cstddef>

extern "C" {

struct HopePdfEntry
{
    const char *title;  // UTF-8
    int page;           // 0-based
    double top;         // points below the page's top edge
};

struct HopePdfDetails
{
    // UTF-8; null or empty: not set.
    const char *title;
    const char *author;
    const char *subject;
    const char *creator;
    const char *language;  // BCP 47, "zh-CN"
    const HopePdfEntry *outline;
    int outlineCount;
};

// 1: the finished PDF was handed to write(); 0: error holds why (UTF-8).
typedef int (*HopePdfFinish)(const char *pdf, std::size_t size, const HopePdfDetails *details,
                             void (*write)(void *context, const char *data, std::size_t size),
                             void *context, char *error, std::size_t errorSize);
}
