// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentcommands.h"

#include "plancommand.h"
#include "store/store.h"

#include <QUndoStack>

namespace annostraat {

namespace AssignmentCommands {

Result<int> apply(QUndoStack &stack, Store &store, const AssignmentPlan &plan, const QString &text,
                  Outcome outcome)
{
    // A plan that changes nothing is no step.
    if (plan.isEmpty())
        return 0;
    return applyAsStep<AssignmentPlan>(stack, store, plan, text, &applyPlan, std::move(outcome));
}

} // namespace AssignmentCommands
} // namespace annostraat
