#pragma once

#include "core/ClipProblem.h"
#include "core/Language.h"

#include <QCoreApplication>

namespace hope::core {
struct ClipInfo;
}  // namespace hope::core

namespace hope::ui {

// A clip's problem in the interface language's words. Its strings keep
// the clip panel's translation context, where they have always been.
class ClipProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(hope::ui::ClipPanel)

public:
    [[nodiscard]] static QString describe(const core::ClipProblem &problem,
                                          const core::ClipInfo &clip, core::Language language);
    // The clip as a person knows it: its title when it comes with the
    // reader, its file name when it comes from a bundle on disk.
    [[nodiscard]] static QString clipName(const core::ClipInfo &clip, core::Language language);
    [[nodiscard]] static QString noAudioDevice();
};

}  // namespace hope::ui
