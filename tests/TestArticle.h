#pragma once

#include "BundleLoader.h"

#include <QTest>

// The embedded article, which every test of the reader starts from.
inline Article embeddedArticle()
{
    const BundleLoadResult r = BundleLoader::loadFile(BundleLoader::embeddedBundlePath());
    if (!r.ok())
        qFatal("the embedded bundle does not load: %s", qPrintable(r.errors.join(u'\n')));
    return *r.article;
}
