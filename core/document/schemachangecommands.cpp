// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemachangecommands.h"

#include "plancommand.h"
#include "store/store.h"

#include <QUndoStack>

namespace annostraat {

namespace SchemaChangeCommands {

Result<int> apply(QUndoStack &stack, Store &store, const SchemaChangePlan &plan,
                  const QString &text, Outcome outcome)
{
    const Result<int> written = applySchemaChange(store, plan);
    if (!written)
        return written;
    stack.push(new PlanCommand<SchemaChangePlan>(store, plan, text, &applySchemaChange,
                                                 std::move(outcome)));
    return written;
}

} // namespace SchemaChangeCommands
} // namespace annostraat
