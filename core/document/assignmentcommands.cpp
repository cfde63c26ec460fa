// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentcommands.h"

#include "store/store.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace annostraat {

namespace {

class ApplyPlanCommand : public QUndoCommand
{
public:
    ApplyPlanCommand(Store &store, AssignmentPlan plan, const QString &text,
                     AssignmentCommands::Outcome outcome)
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
    void write(const AssignmentPlan &plan)
    {
        const Result<int> r = applyPlan(m_store, plan);
        if (m_outcome)
            m_outcome(plan, r);
    }

    Store &m_store;
    AssignmentPlan m_plan;
    AssignmentPlan m_inverse;
    AssignmentCommands::Outcome m_outcome;
    bool m_skipFirstRedo = true;
};

} // namespace

namespace AssignmentCommands {

Result<int> apply(QUndoStack &stack, Store &store, const AssignmentPlan &plan, const QString &text,
                  Outcome outcome)
{
    // A plan that changes nothing is no step.
    if (plan.isEmpty())
        return 0;
    const Result<int> written = applyPlan(store, plan);
    if (!written)
        return written;
    stack.push(new ApplyPlanCommand(store, plan, text, std::move(outcome)));
    return written;
}

} // namespace AssignmentCommands
} // namespace annostraat
