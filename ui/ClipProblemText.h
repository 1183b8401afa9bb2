#pragma once

#include "core/ClipProblem.h"

#include <QCoreApplication>

namespace hope::ui {

// A clip's problem in the interface language's words. Its strings keep
// the clip panel's translation context, where they have always been.
class ClipProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(hope::ui::ClipPanel)

public:
    // clipName: the clip as a person knows it.
    [[nodiscard]] static QString describe(const core::ClipProblem &problem,
                                          const QString &clipName);
    [[nodiscard]] static QString noAudioDevice();
};

}  // namespace hope::ui
