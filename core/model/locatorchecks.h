// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The calm checks of a broadcaster's locator list (issue 10, point 6): an end before its
// start, parts that overlap where the schema says they may not, and parts left unset when
// the item is marked done. They warn; they never refuse a change or block "done" (a video may
// truly have a recap that starts after the main program, and the person decides).

#include "model/entities.h"
#include "model/schema.h"
#include "util/message.h"

#include <QCoreApplication>
#include <QList>

namespace annostraat {

class LocatorChecks
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::LocatorChecks)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::LocatorChecks)

public:
    /// Warnings about \a annotations (one person's, any kinds; locators are picked out), in
    /// the schema's locator order. \a done adds one warning naming the locators neither set
    /// (start and end) nor skipped.
    static QList<Message> check(const Schema &schema, const QList<Annotation> &annotations, bool done);
};

} // namespace annostraat
