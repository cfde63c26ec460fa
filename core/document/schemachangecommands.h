// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A running task's schema change as one undo step on the team lead's desk (issue 14, point 3),
// as assignment plans are (assignmentcommands.h): applying writes the plan in one transaction
// and pushes one step; undo applies its inverse, redo the plan again, each one transaction and
// each refused whole when the schema changed meanwhile (the step then reports it).

#include "store/schemachange.h"

#include <functional>

class QUndoStack;

namespace annostraat {

namespace SchemaChangeCommands {

/// What a step did: the plan it wrote (or its inverse, on undo), or why it wrote nothing.
using Outcome = std::function<void(const SchemaChangePlan &written, const Result<int> &result)>;

/// Applies \a plan to \a store; on success pushes one step named \a text on \a stack.
Result<int> apply(QUndoStack &stack, Store &store, const SchemaChangePlan &plan,
                  const QString &text, Outcome outcome = {});

} // namespace SchemaChangeCommands
} // namespace annostraat
