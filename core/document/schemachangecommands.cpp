// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemachangecommands.h"

#include "store/store.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace annostraat {

namespace {

class SchemaChangeCommand : public QUndoCommand
{
public:
    SchemaChangeCommand(Store &store, SchemaChangePlan plan, const QString &text,
                        SchemaChangeCommands::Outcome outcome)
        : QUndoCommand(text)
        , m_store(store)
        , m_plan(std::move(plan))
        , m_inverse(m_plan.inverse())
        , m_outcome(std::move(outcome))
    {}

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false; // applied before it was pushed
            return;
        }
        write(m_plan);
    }
    void undo() override { write(m_inverse); }

private:
    void write(const SchemaChangePlan &plan)
    {
        const Result<int> r = applySchemaChange(m_store, plan);
        if (m_outcome)
            m_outcome(plan, r);
    }

    Store &m_store;
    SchemaChangePlan m_plan;
    SchemaChangePlan m_inverse;
    SchemaChangeCommands::Outcome m_outcome;
    bool m_skipFirstRedo = true;
};

} // namespace

namespace SchemaChangeCommands {

Result<int> apply(QUndoStack &stack, Store &store, const SchemaChangePlan &plan,
                  const QString &text, Outcome outcome)
{
    const Result<int> written = applySchemaChange(store, plan);
    if (!written)
        return written;
    stack.push(new SchemaChangeCommand(store, plan, text, std::move(outcome)));
    return written;
}

} // namespace SchemaChangeCommands
} // namespace annostraat
