// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's assignment plans as undo steps (decision 0026): applying a plan writes it in
// one transaction (store/assignmentplan.h) and pushes one step on the given stack; its undo
// applies the plan's inverse, its redo the plan again, each one transaction. Like every plan,
// an undo or redo is refused whole when the items' assignments changed since (a sync brought
// other ones): the step then reports the failure and the stack moves on, writing nothing.

#include "store/assignmentplan.h"

#include <functional>

class QUndoStack;

namespace annostraat {

class Store;

namespace AssignmentCommands {

/// What a step did: the plan it wrote (the plan itself, or its inverse on undo), or why it
/// wrote nothing.
using Outcome = std::function<void(const AssignmentPlan &written, const Result<int> &result)>;

/// Applies \a plan to \a store; on success pushes one step named \a text on \a stack.
/// \a outcome (optional) hears of every later undo and redo of the step.
Result<int> apply(QUndoStack &stack, Store &store, const AssignmentPlan &plan, const QString &text,
                  Outcome outcome = {});

} // namespace AssignmentCommands
} // namespace annostraat
