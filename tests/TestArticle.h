#pragma once

#include "core/BundleLoader.h"

#include <QTest>

// The embedded article, which every test of the reader starts from.
inline hope::core::Article embeddedArticle()
{
    const hope::core::BundleLoadResult r =
        hope::core::BundleLoader::loadFile(hope::core::BundleLoader::embeddedBundlePath());
    if (!r.ok())
        qFatal("the embedded bundle does not load: %s", qPrintable(r.errors.join(u'\n')));
    return *r.article;
}
