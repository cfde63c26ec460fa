// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One undo step for a plan the team lead's desk writes in one transaction (an assignment plan,
// assignmentcommands.h; a schema change, schemachangecommands.h; items added to a running task,
// store/additems.h). The plan is written before
// the step is pushed; undo writes its inverse, redo the plan again, each through \a Apply and
// each reported to the outcome (a write refused whole because the store changed meanwhile
// included).

#include "util/result.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace annostraat {

class Store;

template<typename Plan>
class PlanCommand : public QUndoCommand
{
public:
    using Apply = Result<int> (*)(Store &, const Plan &);
    using Outcome = std::function<void(const Plan &written, const Result<int> &result)>;

    PlanCommand(Store &store, Plan plan, const QString &text, Apply apply, Outcome outcome)
        : QUndoCommand(text)
        , m_store(store)
        , m_plan(std::move(plan))
        , m_inverse(m_plan.inverse())
        , m_apply(apply)
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
    void write(const Plan &plan)
    {
        const Result<int> r = m_apply(m_store, plan);
        if (m_outcome)
            m_outcome(plan, r);
    }

    Store &m_store;
    Plan m_plan;
    Plan m_inverse;
    Apply m_apply;
    Outcome m_outcome;
    bool m_skipFirstRedo = true;
};

/// Writes \a plan with \a apply; when that succeeds, pushes one step named \a text on \a stack.
template<typename Plan>
Result<int> applyAsStep(QUndoStack &stack, Store &store, const Plan &plan, const QString &text,
                        typename PlanCommand<Plan>::Apply apply,
                        typename PlanCommand<Plan>::Outcome outcome = {})
{
    const Result<int> written = apply(store, plan);
    if (!written)
        return written;
    stack.push(new PlanCommand<Plan>(store, plan, text, apply, std::move(outcome)));
    return written;
}

} // namespace annostraat
