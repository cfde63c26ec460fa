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
    return applyAsStep<SchemaChangePlan>(stack, store, plan, text, &applySchemaChange,
                                         std::move(outcome));
}

} // namespace SchemaChangeCommands
} // namespace annostraat
