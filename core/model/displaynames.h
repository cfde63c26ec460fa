// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the stable ids of core (statuses, roles, media kinds) read in the user's language.
// Annotation kinds name themselves: AnnotationKinds::get(kind).displayName().

#include "model/kinds.h"

#include "util/message.h"

#include <QCoreApplication>
#include <QString>

namespace annostraat {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::DisplayNames)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::DisplayNames)

public:
    static QString status(SubmissionStatus status);
    /// A short symbol that tells the status without colour: ○ ◐ ✓ ⚑ ↷.
    static QString statusSymbol(SubmissionStatus status);
    static QString role(Role role);
    static QString mediaKind(MediaKind kind);
};

} // namespace annostraat
