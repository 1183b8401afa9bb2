#pragma once

#include <QStringList>

namespace hope::ui {

// The GStreamer elements Qt's GStreamer backend builds every pipeline from
// (the source, the decoder, the video and audio branches). Should one not
// be made (a broken or half-removed plugin, an empty plugin path), Qt 6.4's
// backend goes on with a null element and the reader crashes; asked first,
// the panel says what is broken and which package to reinstall.
class PlaybackElements final
{
public:
    // The element names GStreamer's registry cannot make, or why GStreamer
    // does not start at all; empty when all is well. Starts GStreamer.
    [[nodiscard]] static QStringList missing();
};

}  // namespace hope::ui
